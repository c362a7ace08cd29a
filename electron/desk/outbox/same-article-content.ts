import { articleContentSchema } from '../../../shared/article';
import type { ArticleContent } from '../../../shared/article';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entry]) => [key, canonical(entry)]));
  }
  return value;
}

/**
 * Whether the server's article holds exactly this content (key order and workflow fields aside):
 * how a replayed update recognises that its first attempt already arrived.
 */
export function sameArticleContent(serverArticle: unknown, content: ArticleContent): boolean {
  const parsed = articleContentSchema.safeParse(serverArticle);
  if (!parsed.success) return false;
  return JSON.stringify(canonical(parsed.data)) === JSON.stringify(canonical(articleContentSchema.parse(content)));
}
