import { articleContentSchema } from '../../../shared/article';
import type { ArticleContent } from '../../../shared/article';
import { stableKey } from '../../../shared/merge/stable-key';

/**
 * Whether the server's article holds exactly this content (key order and workflow fields aside):
 * how a replayed update recognises that its first attempt already arrived.
 */
export function sameArticleContent(serverArticle: unknown, content: ArticleContent): boolean {
  const parsed = articleContentSchema.safeParse(serverArticle);
  if (!parsed.success) return false;
  return stableKey(parsed.data) === stableKey(articleContentSchema.parse(content));
}
