import type { PublicDb } from '../db/public-site-tables';
import { sitePaths } from '../render/site-paths';
import { siteIconPaths } from '../http/site-icon-routes';
import { articleAddresses, wholeListingPlan, mediaAddresses } from './export-plan';
import type { ExportPlan, PlanSettings } from './export-plan';
import { sitemapDayFiles } from '../feeds/sitemap-files';
import { siteSitemapFile, sitemapFileName } from '../feeds/sitemap-partitions';

/** Files that depend on no article: written at every start (a new version may change them) and by export-site. */
export const siteAssetAddresses: string[] = [sitePaths.robots, sitePaths.stylesheet, ...siteIconPaths, sitePaths.sitemap(siteSitemapFile)];

/** Everything the public site serves from storage, for `export-site`. */
export async function fullSitePlan(db: PublicDb, settings: PlanSettings): Promise<ExportPlan> {
  const pages = await db.selectFrom('public_pages').select('slug').orderBy('doc_id').execute();
  const sections = await db.selectFrom('public_pages').select('section').distinct().where('state', '=', 'live').where('section', '<>', '').orderBy('section').execute();
  const labels = await db.selectFrom('public_labels').select(['kind', 'label_key']).distinct().orderBy('kind').orderBy('label_key').execute();
  const media = await db.selectFrom('public_media').select('media_id').distinct().orderBy('media_id').execute();
  const sitemapFiles = await sitemapDayFiles(db, settings.sitemapSize);

  const listings = [await wholeListingPlan(db, { kind: 'home' }, sitePaths.home, settings)];
  for (const { section } of sections) listings.push(await wholeListingPlan(db, { kind: 'section', section }, sitePaths.section(section), settings));
  for (const { kind, label_key: key } of labels) {
    if (kind === 'tag') listings.push(await wholeListingPlan(db, { kind: 'tag', label: key }, sitePaths.tag(key), settings));
    if (kind === 'topic') listings.push(await wholeListingPlan(db, { kind: 'topic', label: key }, sitePaths.topic(key), settings));
  }
  return {
    addresses: [
      ...pages.flatMap((page) => articleAddresses(page.slug)),
      sitePaths.feed,
      ...sections.map((row) => sitePaths.sectionFeed(row.section)),
      sitePaths.sitemapIndex,
      ...sitemapFiles.map((file) => sitePaths.sitemap(sitemapFileName(file))),
      sitePaths.newsSitemap,
      ...media.flatMap((row) => mediaAddresses(row.media_id)),
    ],
    listings,
  };
}
