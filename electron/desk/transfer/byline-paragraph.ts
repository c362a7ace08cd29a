import type { ArticleBody, DocNode } from '../../../shared/article';
import { limits } from '../../../shared/limits';
import { nodeText } from '../../../shared/diff/article-blocks';

// "By Chan Mei", "By Chan Mei and Lee Ka-ho": "By" is how the page prints a byline, so only the
// names are kept. Each name is two to four capitalised words.
// Case matters (no i flag): with it, \p{Lu} would match any letter and "By Monday fares rise"
// would read as a name.
const englishBy = /^(?:By|BY|by)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:(?:,|and|&)\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})*)$/u;
// "Staff Reporter", "Our Correspondent": the desk's own credit, kept as written.
const englishRole = /^(?:By\s+)?((?:[Oo]ur|[Ss]taff|[Ss]pecial|[Ss]enior)\s+(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent)s?)$/u;
// "記者 陳美", "本報記者 陳美、李家豪": the role is part of a Chinese byline, so all of it is kept.
const chineseReporter = /^((?:本報|本台|特約|實習)?(?:記者|通訊員|特派員)\s*[\p{Script=Han}·]{2,5}(?:[、及和]\s*[\p{Script=Han}·]{2,5})*)$/u;
// "本報記者" alone, the Chinese "Staff Reporter".
const chineseRoleOnly = /^((?:本報|本台)(?:記者|特派員))$/u;
// "文：陳美", "撰文／陳美": "文" says "words by", so only the names are kept.
const chineseWordsBy = /^(?:撰?文|採訪)\s*[：:／/]\s*([\p{Script=Han}·]{2,5}(?:[、及和]\s*[\p{Script=Han}·]{2,5})*)$/u;

/** The byline in a paragraph that is nothing but a byline, or null when it is not clearly one. */
export function bylineOf(text: string): string | null {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line === '' || line.length > limits.bylineMax) return null;
  for (const pattern of [englishRole, englishBy, chineseReporter, chineseRoleOnly, chineseWordsBy]) {
    const match = pattern.exec(line);
    const byline = match?.[1]?.trim();
    // A sentence that happens to start with "By" ("By Monday, fares will …") is not a byline.
    if (byline && !/[.,;:!?。，；！？]$/u.test(byline)) return byline;
  }
  return null;
}

// Only where a byline stands: under the headline and standfirst, before the story starts.
const bylineWindow = 3;

/**
 * Takes the first paragraph near the top of an imported body that is clearly a byline, and
 * removes it from the body; when none is clear, the body is left as it is.
 */
export function takeBylineParagraph(body: ArticleBody): { byline: string; body: ArticleBody } {
  const blocks = body.content;
  for (const [index, block] of blocks.slice(0, bylineWindow).entries()) {
    if (block.type !== 'paragraph') return { byline: '', body };
    const byline = isPlainText(block) ? bylineOf(nodeText(block)) : null;
    if (byline === null) continue;
    const rest = blocks.filter((_, position) => position !== index);
    return { byline, body: { type: 'doc', content: rest.length > 0 ? rest : [{ type: 'paragraph' }] } };
  }
  return { byline: '', body };
}

/** Links and line breaks make a paragraph more than a byline. */
function isPlainText(paragraph: DocNode): boolean {
  return (paragraph.content ?? []).every((child) => child.type === 'text' && !(child.marks ?? []).some((mark) => mark.type === 'link'));
}
