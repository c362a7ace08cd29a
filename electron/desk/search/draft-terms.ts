import type { ArticleContent, DocNode } from '../../../shared/article';
import { nodeText } from '../../../shared/diff/article-blocks';
import { addSearchTokens } from '../../../shared/text/search-tokens';

/** The index terms of one draft, per field a search can be scoped to. */
export interface DraftTerms {
  title: string[];
  body: string[];
  keyword: string[];
}

const memoLimit = 20_000;

/**
 * Computes a draft's terms, remembering the terms of each text block: an autosave usually changes
 * one paragraph, so only that paragraph is segmented again (segmentation is the slow part).
 */
export class DraftTermsCalculator {
  private memo = new Map<string, string[]>();

  termsOf(content: ArticleContent): DraftTerms {
    const body = new Set<string>();
    for (const text of bodyTexts(content)) for (const term of this.blockTerms(text)) body.add(term);
    const keyword = new Set<string>();
    for (const text of [...content.tags, ...content.topics]) addSearchTokens(text, keyword);
    return { title: [...this.blockTerms(content.headline)], body: [...body], keyword: [...keyword] };
  }

  private blockTerms(text: string): string[] {
    const known = this.memo.get(text);
    if (known) return known;
    const terms = new Set<string>();
    addSearchTokens(text, terms);
    const list = [...terms];
    if (this.memo.size >= memoLimit) this.memo = new Map();
    this.memo.set(text, list);
    return list;
  }
}

/** Every text a "Content" search looks at besides the headline: standfirst, body, captions. */
export function bodyTexts(content: ArticleContent): string[] {
  const texts = [content.standfirst];
  if (content.leadImage) texts.push(content.leadImage.caption, content.leadImage.credit);
  for (const node of content.body.content) collectTexts(node, texts);
  return texts.filter((text) => text.trim() !== '');
}

function collectTexts(node: DocNode, texts: string[]): void {
  const attrs = node.attrs ?? {};
  if (node.type === 'caseSection' && typeof attrs.title === 'string') texts.push(attrs.title);
  if (node.type === 'figure') {
    for (const key of ['caption', 'credit', 'alt']) {
      const value = attrs[key];
      if (typeof value === 'string') texts.push(value);
    }
    return;
  }
  const blockChildren = (node.content ?? []).some((child) => child.type !== 'text' && child.type !== 'hardBreak');
  if (!blockChildren) {
    texts.push(nodeText(node));
    return;
  }
  for (const child of node.content ?? []) collectTexts(child, texts);
}
