import type { Kysely } from 'kysely';
import type { PublicSiteDatabase } from '../db/public-site-tables';
import type { PublicSiteConfig } from '../public-site-config';

/** What the public routes need: the database (with the public tables), config and a clock. */
export interface PublicContext {
  db: Kysely<PublicSiteDatabase>;
  config: PublicSiteConfig;
  now: () => Date;
}
