import type { ArticleContent, DocNode } from '../article';

/**
 * An article as a list of readable lines, one per block: the fields a reporter edits, then each
 * body block with a marker for its kind. This is what the History panel compares, so a change
 * reads as "this paragraph changed" rather than as a JSON difference.
 */
export function articleBlocks(content: ArticleContent): string[] {
  const lines: string[] = [];
  addField(lines, 'Headline', content.headline);
  addField(lines, 'Standfirst', content.standfirst);
  addField(lines, 'Byline', content.byline);
  addField(lines, 'Dateline', content.dateline);
  addField(lines, 'Section', content.section);
  if (content.tags.length > 0) lines.push(`Tags: ${content.tags.join(', ')}`);
  if (content.topics.length > 0) lines.push(`Topics: ${content.topics.join(', ')}`);
  if (content.leadImage) lines.push(`Lead image: ${imageLine(content.leadImage)}`);
  for (const node of content.body.content) addBlock(lines, node, '');
  for (const link of content.relatedLinks) lines.push(`Related: ${link.title} ${link.url ?? link.articleId ?? ''}`.trim());
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

function addField(lines: string[], label: string, value: string): void {
  if (value.trim() !== '') lines.push(`${label}: ${value}`);
}

function addBlock(lines: string[], node: DocNode, prefix: string): void {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'heading':
      lines.push(`${prefix}${'#'.repeat(Number(attrs.level ?? 2))} ${nodeText(node)}`);
      return;
    case 'bulletList':
    case 'orderedList':
      (node.content ?? []).forEach((item, index) => {
        const marker = node.type === 'bulletList' ? '•' : `${index + 1}.`;
        const [first, ...rest] = item.content ?? [];
        lines.push(`${prefix}${marker} ${first ? nodeText(first) : ''}`);
        for (const child of rest) addBlock(lines, child, `${prefix}  `);
      });
      return;
    case 'blockquote':
      for (const child of node.content ?? []) addBlock(lines, child, `${prefix}> `);
      return;
    case 'caseSection':
      lines.push(`${prefix}Case: ${String(attrs.title ?? '')}`);
      for (const child of node.content ?? []) addBlock(lines, child, `${prefix}  `);
      return;
    case 'figure':
      lines.push(`${prefix}Image: ${imageLine(attrs)}`);
      return;
    case 'horizontalRule':
      lines.push(`${prefix}———`);
      return;
    default: {
      const text = nodeText(node);
      if (text.trim() !== '') lines.push(`${prefix}${text}`);
    }
  }
}

function imageLine(image: Record<string, unknown> | { caption: string; credit: string }): string {
  const caption = 'caption' in image ? String(image.caption ?? '') : '';
  const credit = 'credit' in image ? String(image.credit ?? '') : '';
  return [caption, credit].filter((part) => part !== '').join(' ');
}
