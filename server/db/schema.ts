/**
 * Table types for Kysely. Timestamps are ISO-8601 UTC strings (`toISOString()`), so they sort
 * and compare the same way on SQLite and PostgreSQL; booleans are 0/1 integers for the same reason;
 * row ids are ULIDs (sortable, made in the process) rather than database-specific sequences.
 */
import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the bearer token: a leaked database does not leak usable tokens. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** What became of a sign-in attempt; `pending` while its password is being checked. */
export type LoginOutcome = 'pending' | 'failed' | 'succeeded' | 'refused' | 'forgiven';

export interface LoginAttemptsTable {
  id: string;
  username: string;
  address: string;
  at: string;
  outcome: LoginOutcome;
}

export interface ArticlesTable {
  id: string;
  slug: string;
  language: string;
  section: string;
  headline: string;
  status: string;
  /** Content revision: bumped by every edit; approvals are bound to it. */
  revision: number;
  /** Row version: bumped by every write (edit or transition), for optimistic concurrency. */
  version: number;
  author_id: string;
  assignee_id: string | null;
  needs_photos: number;
  publish_at: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  /** The ArticleContent as JSON. */
  content: string;
  /** Lower-cased headline, standfirst and body text for the `q` filter. */
  search_text: string;
}

export interface ApprovalsTable {
  id: string;
  article_id: string;
  revision: number;
  user_id: string;
  at: string;
}

export interface ArticleEventsTable {
  id: string;
  article_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  from_status: string | null;
  to_status: string;
  revision: number;
  note: string | null;
  /** Added by migration 0007: the person the event is addressed to (a lock holder taken over). */
  subject_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A soft lock: one lease per article, so every server process sees who is editing. */
export interface ArticleLocksTable {
  article_id: string;
  /** Random per acquisition: renewing or releasing needs it, so a second desk of the same person cannot. */
  lock_id: string;
  holder_id: string;
  taken_at: string;
  expires_at: string;
}

export interface MediaTable {
  id: string;
  uploaded_by: string;
  created_at: string;
  original_name: string;
  source_type: string;
  width: number;
  height: number;
  byte_size: number;
  caption: string;
  credit: string;
  byline: string;
  copyright: string;
  /** JSON: the renditions made, { name: { key, width, height, contentType, byteSize } }. */
  renditions: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  idempotency_key: string;
  request_hash: string;
  /** null while the first request is still running. */
  status_code: number | null;
  content_type: string | null;
  response_body: string | null;
  created_at: string;
}

/** The newsroom's sections (migration 0005): an article's `section` holds one of these slugs. */
export interface SectionsTable {
  slug: string;
  name_en: string;
  name_zh_hant: string;
  position: number;
  updated_at: string;
}

/** Every revision of every article (migration 0008), written with each create and update. */
export interface ArticleRevisionsTable {
  article_id: string;
  revision: number;
  content: string;
  author_id: string;
  created_at: string;
}

/** One row per event and recipient (migration 0009); `seq` orders the event stream. */
export interface NotificationsTable {
  seq: ColumnType<number, never, never>;
  event_id: string;
  recipient_id: string;
  article_id: string;
  action: string;
  actor_id: string | null;
  revision: number;
  note: string | null;
  at: string;
  read_at: string | null;
}

/** Account changes made through the API (migration 0009). */
export interface PeopleAuditTable {
  id: string;
  at: string;
  actor_id: string;
  action: string;
  username: string;
  detail: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  articles: ArticlesTable;
  approvals: ApprovalsTable;
  article_events: ArticleEventsTable;
  media: MediaTable;
  idempotency_keys: IdempotencyKeysTable;
  article_locks: ArticleLocksTable;
  sections: SectionsTable;
  article_revisions: ArticleRevisionsTable;
  notifications: NotificationsTable;
  people_audit: PeopleAuditTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type MediaRow = Selectable<MediaTable>;
