import { articleNinjs } from '../../../shared/render/ninjs';
import { sectionName } from '../../../shared/sections/section-name';
import type { ServerArticle } from '../../../shared/server-api';
import { documentText } from '../../../shared/text/document-text';
import type { PublicPageRecord } from '../db/public-page-record';
import type { PublicDb } from '../db/public-site-tables';
import type { PublicSiteConfig } from '../public-site-config';
import { renderArticlePage } from '../render/render-article-page';
import type { Correction } from '../render/render-article-page';
import { mediaIds, prepareResponsiveImages } from '../render/responsive-images';
import { siteLabels } from '../render/site-labels';
import { sitePaths } from '../render/site-paths';
import { articleSearchTerms } from '../search/article-search-terms';
import { presentSection } from '../../sections/present-section';
import { pageEtag } from './page-etag';

export interface PublicRecordPlacement {
  slug: string;
  docId: number;
  corrections: Correction[];
}

async function relatedSlugs(db: PublicDb, article: ServerArticle): Promise<Map<string, string>> {
  const ids = article.relatedLinks.flatMap((link) => (link.articleId ? [link.articleId] : []));
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('public_pages').select(['article_id', 'slug']).where('article_id', 'in', ids).where('state', '=', 'live').execute();
  return new Map(rows.map((row) => [row.article_id, row.slug]));
}

/** The article's section named in its own language, linking to the section's listing. */
async function sectionOf(db: PublicDb, article: ServerArticle): Promise<{ name: string; url: string } | undefined> {
  if (article.section === '') return undefined;
  const row = await db.selectFrom('sections').select(['slug', 'name_en', 'name_zh_hant', 'position']).where('slug', '=', article.section).executeTakeFirst();
  return row ? { name: sectionName(presentSection(row), article.language), url: sitePaths.section(row.slug) } : undefined;
}

/** Renders an article's public page and ninjs once, and gathers what listings and search need. */
export async function renderPublicRecord(db: PublicDb, config: PublicSiteConfig, article: ServerArticle, placement: PublicRecordPlacement): Promise<PublicPageRecord> {
  const images = await prepareResponsiveImages(db, article);
  const slugs = await relatedSlugs(db, article);
  const section = await sectionOf(db, article);
  const options = {
    ...(section ? { section } : {}),
    siteUrl: config.siteUrl,
    mediaBase: '/',
    canonicalUrl: sitePaths.article(placement.slug),
    siteName: siteLabels(article.language).siteName,
    tagUrl: sitePaths.tag,
    topicUrl: sitePaths.topic,
    articleUrl: (id: string) => {
      const slug = slugs.get(id);
      return slug === undefined ? sitePaths.articleById(id) : sitePaths.article(slug);
    },
    commentsEnabled: config.commentsEnabled,
  };
  const html = renderArticlePage({ images, corrections: placement.corrections, options });
  const ninjs = JSON.stringify(articleNinjs(images.article, options));
  const bodyText = documentText(article.body).replace(/\s+/gu, ' ').trim();
  const publishedAt = article.publishedAt ?? article.updatedAt;
  return {
    articleId: article.id,
    docId: placement.docId,
    slug: placement.slug,
    state: 'live',
    language: article.language,
    section: article.section,
    headline: article.headline,
    standfirst: article.standfirst,
    bodyText,
    tags: article.tags,
    topics: article.topics,
    image: images.lead ? { src: `/${images.lead.src}`, width: images.lead.width, height: images.lead.height } : null,
    publishedAt,
    modifiedAt: article.updatedAt,
    html,
    ninjs,
    etag: pageEtag(html),
    mediaIds: mediaIds(article),
    terms: articleSearchTerms({ headline: article.headline, standfirst: article.standfirst, bodyText, tags: article.tags, topics: article.topics }),
  };
}
