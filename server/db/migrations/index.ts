/**
 * Every migration, in order. Kysely runs them by name (sorted), so append new ones with a
 * larger number prefix; never rename or edit one that has shipped.
 */
import type { Migration } from 'kysely/migration';
import { newsroomMigration } from './0001-newsroom';
import { loginFailureAddressMigration } from './0003-login-failure-address';
import { publicMediaMigration } from './0004-public-media';
import { sectionsMigration } from './0005-sections';
import { loginAttemptsMigration } from './0006-login-attempts';
import { articleLocksMigration } from './0007-article-locks';
import { articleRevisionsMigration } from './0008-article-revisions';
import { eventsMigration } from './0009-events';
import { staticExportMigration } from './0010-static-export';
import { sitemapDaysMigration } from './0011-sitemap-days';
import { listingCountsMigration } from './0012-listing-counts';
import { publicSiteMigration } from '../../public-site/db/public-site-migration';

export const migrations: Record<string, Migration> = {
  '0001-newsroom': newsroomMigration,
  '0002-public-site': publicSiteMigration,
  '0003-login-failure-address': loginFailureAddressMigration,
  '0004-public-media': publicMediaMigration,
  '0005-sections': sectionsMigration,
  '0006-login-attempts': loginAttemptsMigration,
  '0007-article-locks': articleLocksMigration,
  '0008-article-revisions': articleRevisionsMigration,
  '0009-events': eventsMigration,
  '0010-static-export': staticExportMigration,
  '0011-sitemap-days': sitemapDaysMigration,
  '0012-listing-counts': listingCountsMigration,
};
