import type { ArticleBody, DocNode } from '../../../shared/article';
import { isAllowedLink } from '../../../shared/editor/document-extensions';
import { articleFieldClasses, type ArticleFieldClass } from './word-style-map';

type Mark = NonNullable<DocNode['marks']>[number];
type Container = { node: DocNode; kind: 'doc' | 'list' | 'item' };

export interface ConvertedHtml {
  /** Word's Title paragraph, else the first level-1 heading (the body keeps levels 2 and 3 only). */
  headline: string;
  /** Word's Subtitle paragraph. */
  standfirst: string;
  /** A paragraph in the template's Byline style (a byline typed as text is found later). */
  byline: string;
  body: ArticleBody;
}

/** Between the cells of a table row kept as one paragraph, as on paste (table-rows-to-paragraphs.ts). */
export const tableCellSeparator = ' | ';

const tokenPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/g;
const attributePattern = /([a-zA-Z-]+)="([^"]*)"/g;
const markTags: Record<string, string> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', del: 'strike', strike: 'strike' };

/**
 * Turns the simple, well-formed HTML that mammoth writes for a .docx into an article body:
 * headings, paragraphs, bullet and numbered lists (nested), bold, italic, underline, strike,
 * links (http, https, mailto only) and images. `images` maps an <img src> to the figure it
 * becomes. The first paragraph of each article field style (see `wordStyleMap`) fills that field
 * instead of the body. A table row becomes one paragraph, its cells joined by " | ".
 */
export function htmlToDoc(html: string, images: (src: string, alt: string) => DocNode | null): ConvertedHtml {
  const doc: DocNode = { type: 'doc', content: [] };
  const containers: Container[] = [{ node: doc, kind: 'doc' }];
  const marks: { tag: string; mark: Mark | null }[] = [];
  let inline: DocNode | null = null;
  const fields: Record<ArticleFieldClass, string> = { headline: '', standfirst: '', byline: '' };
  const taken = new Set<ArticleFieldClass>();
  let capturing: ArticleFieldClass | null = null;
  // With a Title paragraph, a Heading 1 is a heading of the body, not the headline.
  const hasTitle = html.includes(`class="${articleFieldClasses.headline}"`);
  // Inside a table row: cells and their paragraphs are run together into one paragraph.
  let rowCells = -1;

  const container = () => containers[containers.length - 1] ?? { node: doc, kind: 'doc' as const };
  const append = (parent: DocNode, child: DocNode) => {
    parent.content ??= [];
    parent.content.push(child);
  };
  /**
   * Appends a block where it is allowed: a list holds only list items, so a paragraph or a list
   * met directly inside one (`<ul>text`, `<ul><ul>`, which fuzzing found) gets an item of its own
   * rather than making a body the editor would refuse.
   */
  const place = (child: DocNode) => {
    const parent = container();
    if (parent.kind !== 'list') return append(parent.node, child);
    append(parent.node, { type: 'listItem', content: child.type === 'paragraph' ? [child] : [{ type: 'paragraph' }, child] });
  };
  const closeInline = () => {
    if (inline && (inline.content?.length ?? 0) > 0) place(inline);
    else if (inline && container().kind === 'item' && (container().node.content?.length ?? 0) === 0) append(container().node, inline);
    inline = null;
  };
  const openInline = (): DocNode => {
    inline ??= { type: 'paragraph', content: [] };
    return inline;
  };

  for (const match of html.matchAll(tokenPattern)) {
    const [, closing = '', rawTag = '', rawAttributes = '', , text] = match;
    if (text !== undefined) {
      const value = decodeEntities(text);
      if (capturing) {
        fields[capturing] += value;
        continue;
      }
      if (value.trim() === '' && inline === null) continue;
      const activeMarks = marks.map((entry) => entry.mark).filter((mark): mark is Mark => mark !== null);
      append(openInline(), activeMarks.length > 0 ? { type: 'text', text: value, marks: dedupeMarks(activeMarks) } : { type: 'text', text: value });
      continue;
    }
    const tag = rawTag.toLowerCase();
    const attributes = Object.fromEntries([...rawAttributes.matchAll(attributePattern)].map(([, name = '', value = '']) => [name.toLowerCase(), decodeEntities(value)]));
    if (closing) {
      if (tag === 'p' || /^h[1-6]$/.test(tag)) {
        if (capturing) capturing = null;
        else if (rowCells < 0) closeInline();
      } else if (tag === 'tr') {
        closeInline();
        rowCells = -1;
      } else if (tag === 'li') {
        closeInline();
        if (container().kind === 'item') containers.pop();
      } else if (tag === 'ul' || tag === 'ol') {
        closeInline();
        if (container().kind === 'list') {
          const list = containers.pop();
          if (list && (list.node.content?.length ?? 0) > 0) place(list.node);
        }
      } else if ((tag === 'td' || tag === 'th') && rowCells < 0) {
        closeInline();
      } else if (markTags[tag] || tag === 'a') {
        const index = marks.map((entry) => entry.tag).lastIndexOf(tag);
        if (index !== -1) marks.splice(index, 1);
      }
      continue;
    }
    const field = fieldOf(attributes.class ?? '');
    if (field && !taken.has(field) && containers.length === 1 && rowCells < 0) {
      // The first paragraph in a field's style fills it; later ones stay in the body.
      closeInline();
      taken.add(field);
      capturing = field;
    } else if (tag === 'tr') {
      closeInline();
      openInline();
      rowCells = 0;
    } else if ((tag === 'td' || tag === 'th') && rowCells >= 0) {
      if (rowCells > 0) append(openInline(), { type: 'text', text: tableCellSeparator });
      rowCells += 1;
    } else if (tag === 'p' && rowCells >= 0) {
      // A second paragraph in one cell: a space, so its words do not run into the first's.
      const last = inline?.content?.at(-1);
      if (last?.type === 'text' && last.text !== tableCellSeparator) append(openInline(), { type: 'text', text: ' ' });
    } else if (tag === 'p') {
      closeInline();
      openInline();
    } else if (/^h[1-6]$/.test(tag)) {
      closeInline();
      const level = Number(tag.slice(1));
      if (level === 1 && !hasTitle && !taken.has('headline') && containers.length === 1) {
        taken.add('headline');
        capturing = 'headline';
      } else inline = { type: 'heading', attrs: { level: level <= 2 ? 2 : 3 }, content: [] };
    } else if (tag === 'ul' || tag === 'ol') {
      closeInline();
      containers.push({ node: { type: tag === 'ul' ? 'bulletList' : 'orderedList', content: [] }, kind: 'list' });
    } else if (tag === 'li') {
      closeInline();
      // An item outside any list (fuzzing found its text dropped): it opens a bullet list.
      if (container().kind !== 'list') containers.push({ node: { type: 'bulletList', content: [] }, kind: 'list' });
      const item: DocNode = { type: 'listItem', content: [] };
      if (container().kind === 'list') append(container().node, item);
      containers.push({ node: item, kind: 'item' });
    } else if (tag === 'br' && capturing) {
      fields[capturing] += ' ';
    } else if (tag === 'br') {
      append(openInline(), { type: 'hardBreak' });
    } else if (tag === 'img') {
      const figure = images(attributes.src ?? '', attributes.alt ?? '');
      if (!figure) continue;
      closeInline();
      if (container().kind === 'item' && (container().node.content?.length ?? 0) === 0) append(container().node, { type: 'paragraph' });
      append(container().kind === 'list' ? doc : container().node, figure);
    } else if (markTags[tag]) {
      marks.push({ tag, mark: { type: markTags[tag] ?? 'bold' } });
    } else if (tag === 'a') {
      const href = attributes.href ?? '';
      marks.push({ tag, mark: href !== '' && isAllowedLink(href) ? { type: 'link', attrs: { href } } : null });
    }
  }
  closeInline();
  while (containers.length > 1) {
    const open = containers.pop();
    if (open?.kind === 'list' && (open.node.content?.length ?? 0) > 0) place(open.node);
  }
  startItemsWithParagraphs(doc);
  const content = (doc.content ?? []).filter((node) => node.type !== 'paragraph' || (node.content?.length ?? 0) > 0);
  return {
    headline: fields.headline.trim(),
    standfirst: fields.standfirst.trim(),
    byline: fields.byline.trim(),
    body: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
  };
}

const fieldNames: ArticleFieldClass[] = ['headline', 'standfirst', 'byline'];

function fieldOf(className: string): ArticleFieldClass | null {
  const names = className.split(/\s+/);
  return fieldNames.find((field) => names.includes(articleFieldClasses[field])) ?? null;
}

/** A list item opens with a paragraph in the editor's schema; an empty or figure-first item gets one. */
function startItemsWithParagraphs(node: DocNode): void {
  for (const child of node.content ?? []) startItemsWithParagraphs(child);
  if (node.type === 'listItem' && node.content?.[0]?.type !== 'paragraph') node.content = [{ type: 'paragraph' }, ...(node.content ?? [])];
}

function dedupeMarks(marks: Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.filter((mark) => (seen.has(mark.type) ? false : (seen.add(mark.type), true)));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|nbsp);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[entity] ?? '';
  });
}
