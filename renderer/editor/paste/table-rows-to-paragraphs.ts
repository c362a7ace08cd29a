/**
 * Between the cells of a pasted table row. Visible and the same in both languages; a tab would
 * not survive: ProseMirror collapses it to a space when it parses a paste, and so does HTML.
 * The Word import uses the same separator (electron/desk/transfer/html-to-doc.ts).
 */
export const tableCellSeparator = ' | ';

const blockTags = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'BR', 'SECTION', 'FIGURE']);

/** A cell's words as inline content: its paragraphs (and line breaks) run together with spaces. */
function inlineContent(cell: Element): Node[] {
  const document = cell.ownerDocument;
  const parts: Node[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && blockTags.has(node.tagName)) {
      if (parts.length > 0) parts.push(document.createTextNode(' '));
      for (const child of Array.from(node.childNodes)) visit(child);
      return;
    }
    parts.push(node);
  };
  for (const child of Array.from(cell.childNodes)) visit(child);
  return parts;
}

/**
 * The article body has no tables, and a table's cells pasted as they are run together ("cell
 * Acell B"). Each row becomes one paragraph with its cells in order, so a fare table or a
 * result list stays readable and can be rebuilt by hand. Nested tables go first, so an inner
 * table's rows end up as text inside the outer cell.
 */
export function tableRowsToParagraphs(body: HTMLElement): void {
  const document = body.ownerDocument;
  for (const table of Array.from(body.querySelectorAll('table')).reverse()) {
    if (!(table instanceof HTMLTableElement)) continue;
    const paragraphs = Array.from(table.rows).map((row) => {
      const paragraph = document.createElement('p');
      Array.from(row.cells).forEach((cell, index) => {
        if (index > 0) paragraph.append(tableCellSeparator);
        paragraph.append(...inlineContent(cell));
      });
      return paragraph;
    });
    table.replaceWith(...paragraphs);
  }
}
