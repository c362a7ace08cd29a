/**
 * Word puts list items on the clipboard as paragraphs: `<p style="mso-list:l0 level2 lfo1">`
 * with the bullet or number as text inside `<span style="mso-list:Ignore">`. This rebuilds real
 * nested `<ul>`/`<ol>` from each run of such paragraphs, so a pasted list stays a list.
 */
const orderedMarker = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$/;

function isWordListParagraph(node: Node): node is HTMLElement {
  if (!(node instanceof HTMLElement) || node.tagName !== 'P') return false;
  const style = node.getAttribute('style') ?? '';
  return /mso-list:\s*l\d+/i.test(style) || /^MsoListParagraph/i.test(node.className);
}

function listLevel(paragraph: HTMLElement): number {
  const match = /level(\d+)/i.exec(paragraph.getAttribute('style') ?? '');
  const level = match?.[1] === undefined ? 1 : Number(match[1]);
  return Math.min(Math.max(level, 1), 9);
}

/** Removes the typed bullet/number and reports whether it was a number. */
function takeMarker(paragraph: HTMLElement): boolean {
  const markers = Array.from(paragraph.querySelectorAll('span')).filter((span) => /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''));
  const text = markers.map((span) => span.textContent ?? '').join('').replace(/\u00a0/g, ' ').trim();
  for (const marker of markers) marker.remove();
  return orderedMarker.test(text);
}

function isBlank(node: Node): boolean {
  return node.nodeType === 3 ? (node.textContent ?? '').trim() === '' : node.nodeType === 8;
}

function buildList(run: HTMLElement[], document: Document): HTMLElement {
  const stack: HTMLElement[] = [];
  let root: HTMLElement | null = null;
  for (const paragraph of run) {
    const level = listLevel(paragraph);
    const ordered = takeMarker(paragraph);
    while (stack.length > level) stack.pop();
    while (stack.length < level) {
      const list = document.createElement(ordered ? 'ol' : 'ul');
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        root = list;
      } else {
        let lastItem = parent.lastElementChild;
        if (lastItem === null) {
          lastItem = document.createElement('li');
          parent.append(lastItem);
        }
        lastItem.append(list);
      }
      stack.push(list);
    }
    const item = document.createElement('li');
    const content = document.createElement('p');
    content.append(...Array.from(paragraph.childNodes));
    item.append(content);
    stack[stack.length - 1]?.append(item);
  }
  return root ?? document.createElement('ul');
}

export function convertWordLists(body: HTMLElement): void {
  const document = body.ownerDocument;
  const paragraphs = Array.from(body.querySelectorAll('p')).filter(isWordListParagraph);
  const done = new Set<HTMLElement>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: HTMLElement[] = [first];
    let next = first.nextSibling;
    while (next !== null && (isBlank(next) || isWordListParagraph(next))) {
      if (isWordListParagraph(next)) run.push(next);
      next = next.nextSibling;
    }
    for (const paragraph of run) done.add(paragraph);
    const list = buildList(run, document);
    first.before(list);
    for (const paragraph of run) paragraph.remove();
  }
}
