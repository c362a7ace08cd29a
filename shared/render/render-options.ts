import type { Article, ArticleContent } from '../article';

/**
 * What the renderer needs: the editable content, plus whatever is known of the stored article
 * (a draft in the preview has no publish time yet; the server's published copy has all of it).
 */
export type RenderableArticle = ArticleContent &
  Partial<Pick<Article, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'author'>>;

/** How the page around the article is wired; the preview passes none, the public site all. */
export interface RenderOptions {
  /** Absolute site origin, e.g. `https://news.example.hk/`: relative media and links resolve against it in JSON-LD and ninjs. */
  siteUrl?: string;
  /** Prefix for our relative `media/…` image paths, e.g. `/` on the public site. Empty in the preview. */
  mediaBase?: string;
  /** Canonical address of this article's public page. */
  canonicalUrl?: string;
  /** The outlet's name, for the page title, JSON-LD publisher and ninjs copyright holder. */
  siteName?: string;
  /** Where a tag, a topic, or an internal related article links to; no link when absent. */
  tagUrl?: (tag: string) => string;
  topicUrl?: (topic: string) => string;
  articleUrl?: (articleId: string) => string;
  /**
   * The article's section as readers see it: its name in the page's language (the article
   * stores only the slug) and, on the site, the address of its listing. Absent: no section shown.
   */
  section?: { name: string; url?: string };
  /** Shows a comment-area placeholder (the site config decides). */
  commentsEnabled?: boolean;
}
