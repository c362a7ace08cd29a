import type { ArticleContent, DocNode } from '../article';

/** The article fields a comparison line can show; the UI names each in the reader's language. */
export const blockFields = ['headline', 'standfirst', 'byline', 'dateline', 'section', 'tags', 'topics', 'leadImage', 'case', 'image', 'related'] as const;
export type BlockField = (typeof blockFields)[number];

/** One readable line: indented under its list or case, labelled when it is a field, not body text. */
export interface BlockLine {
  indent: string;
  field: BlockField | null;
  text: string;
}

/**
 * An article as a list of readable lines, one per block: the fields a reporter edits, then each
 * body block with a marker for its kind. This is what the History panel compares, so a change
 * reads as "this paragraph changed" rather than as a JSON difference. Field names are keys, not
 * words: the desk does not know the reader's language.
 */
export function articleBlocks(content: ArticleContent): BlockLine[] {
  const lines: BlockLine[] = [];
  addField(lines, 'headline', content.headline);
  addField(lines, 'standfirst', content.standfirst);
  addField(lines, 'byline', content.byline);
  addField(lines, 'dateline', content.dateline);
  addField(lines, 'section', content.section);
  addField(lines, 'tags', content.tags.join(', '));
  addField(lines, 'topics', content.topics.join(', '));
  if (content.leadImage) lines.push({ indent: '', field: 'leadImage', text: imageLine(content.leadImage) });
  for (const node of content.body.content) addBlock(lines, node, '');
  for (const link of content.relatedLinks) lines.push({ indent: '', field: 'related', text: `${link.title} ${link.url ?? link.articleId ?? ''}`.trim() });
  return lines;
}

/** The words a reporter wrote, without labels: for word and character counts. */
export function articlePlainText(content: ArticleContent): string {
  const texts = [content.headline, content.standfirst];
  for (const node of content.body.content) texts.push(nodeText(node));
  return texts.join('\n');
}

/** The plain text of a document node and everything inside it. */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(nodeText).join('');
}

function addField(lines: BlockLine[], field: BlockField, value: string): void {
  if (value.trim() !== '') lines.push({ indent: '', field, text: value });
}

function addBlock(lines: BlockLine[], node: DocNode, prefix: string): void {
  const line = (text: string, field: BlockField | null = null) => lines.push({ indent: prefix, field, text });
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'heading':
      line(`${'#'.repeat(Number(attrs.level ?? 2))} ${nodeText(node)}`);
      return;
    case 'bulletList':
    case 'orderedList':
      (node.content ?? []).forEach((item, index) => {
        const marker = node.type === 'bulletList' ? '•' : `${index + 1}.`;
        const [first, ...rest] = item.content ?? [];
        line(`${marker} ${first ? nodeText(first) : ''}`);
        for (const child of rest) addBlock(lines, child, `${prefix}  `);
      });
      return;
    case 'blockquote':
      for (const child of node.content ?? []) addBlock(lines, child, `${prefix}> `);
      return;
    case 'caseSection':
      line(String(attrs.title ?? ''), 'case');
      for (const child of node.content ?? []) addBlock(lines, child, `${prefix}  `);
      return;
    case 'figure':
      line(imageLine(attrs), 'image');
      return;
    case 'horizontalRule':
      line('———');
      return;
    default: {
      const text = nodeText(node);
      if (text.trim() !== '') line(text);
    }
  }
}

function imageLine(image: Record<string, unknown> | { caption: string; credit: string }): string {
  const caption = 'caption' in image ? String(image.caption ?? '') : '';
  const credit = 'credit' in image ? String(image.credit ?? '') : '';
  return [caption, credit].filter((part) => part !== '').join(' ');
}
