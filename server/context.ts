import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { MediaStorage } from './media/media-storage';
import type { PublicationHooks } from './publishing/publication-hooks';

/** What every command needs: the database, the publishing hooks, media storage and a clock. */
export interface DeskContext {
  db: Kysely<Database>;
  hooks: PublicationHooks;
  media: MediaStorage;
  /** Injected so tests can move time (schedules, session expiry) without waiting. */
  now: () => Date;
}
