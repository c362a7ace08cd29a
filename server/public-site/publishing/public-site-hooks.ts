import type { ServerArticle } from '../../../shared/server-api';
import type { PublicationHooks } from '../../publishing/publication-hooks';
import { publicDb } from '../db/public-site-tables';
import type { PublicDb } from '../db/public-site-tables';
import { storePublicPage } from '../db/store-public-pages';
import type { PublicSiteConfig } from '../public-site-config';
import { renderGonePage } from '../render/render-article-page';
import type { Correction } from '../render/render-article-page';
import { allocateDocId } from './allocate-doc-id';
import { pageEtag } from './page-etag';
import { renderPublicRecord } from './render-public-record';
import { resolvePublicSlug } from './resolve-public-slug';

/** Corrections made since the article last went live, oldest first, for the correction note. */
async function correctionsSincePublish(db: PublicDb, article: ServerArticle): Promise<Correction[]> {
  const rows = await db
    .selectFrom('article_events')
    .select(['at', 'note'])
    .where('article_id', '=', article.id)
    .where('action', '=', 'correct')
    .where('at', '>=', article.publishedAt ?? '')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ at: row.at, note: row.note ?? '' }));
}

/**
 * The public side of the workflow. Runs inside the workflow's transaction, so the stored
 * page, listings, search index and feeds change together with the article's state — or not
 * at all. Everything lives in the database: any server process serves the same pages.
 */
export function publicSiteHooks(config: PublicSiteConfig): PublicationHooks {
  return {
    async published(article, trx) {
      const db = publicDb(trx);
      const slug = await resolvePublicSlug(db, article.id, article.slug);
      const docId = await allocateDocId(db, article.publishedAt ?? article.updatedAt);
      await storePublicPage(db, await renderPublicRecord(db, config, article, { slug, docId, corrections: [] }));
    },
    async corrected(article, trx) {
      const db = publicDb(trx);
      const current = await db.selectFrom('public_pages').select(['slug', 'doc_id']).where('article_id', '=', article.id).executeTakeFirst();
      const slug = current?.slug ?? (await resolvePublicSlug(db, article.id, article.slug));
      const docId = current ? Number(current.doc_id) : await allocateDocId(db, article.publishedAt ?? article.updatedAt);
      const corrections = await correctionsSincePublish(db, article);
      await storePublicPage(db, await renderPublicRecord(db, config, article, { slug, docId, corrections }));
    },
    async unpublished(article, trx) {
      const db = publicDb(trx);
      const current = await db.selectFrom('public_pages').selectAll().where('article_id', '=', article.id).executeTakeFirst();
      if (!current) return;
      const html = renderGonePage(article.language);
      await storePublicPage(db, {
        articleId: article.id,
        docId: Number(current.doc_id),
        slug: current.slug,
        state: 'gone',
        language: article.language,
        section: current.section,
        headline: '',
        standfirst: '',
        bodyText: '',
        tags: [],
        topics: [],
        image: null,
        publishedAt: current.published_at,
        modifiedAt: article.updatedAt,
        html,
        ninjs: '',
        etag: pageEtag(html),
        mediaIds: [],
        terms: null,
      });
    },
  };
}
