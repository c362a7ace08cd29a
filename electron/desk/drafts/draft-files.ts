import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { articleSchema, type Article } from '../../../shared/article';
import { DeskError } from '../../../shared/result';
import { toDiskError } from '../storage/disk-error';
import { DurableJsonFile, isMissingFile, syncFolder } from '../storage/durable-json-file';

const draftIdPattern = /^[0-9A-Za-z_-]{1,100}$/;
export type DraftPlace = 'drafts' | 'trash';

/** Thrown when a draft file exists but cannot be parsed as an article. */
export class DamagedDraftError extends Error {
  readonly id: string;
  readonly place: DraftPlace;
  constructor(id: string, place: DraftPlace) {
    super(`Draft ${id} is damaged`);
    this.id = id;
    this.place = place;
  }
}

/**
 * Where drafts live on disk: `drafts/<id>.json` (one lowdb file each, written durably),
 * `trash/<id>.json`, `quarantine/<id>.<time>.json` for damaged files, `index/` for derived data.
 */
export class DraftFiles {
  readonly dataDir: string;
  readonly folders: Record<DraftPlace | 'quarantine' | 'index', string>;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.folders = {
      drafts: join(dataDir, 'drafts'),
      trash: join(dataDir, 'trash'),
      quarantine: join(dataDir, 'quarantine'),
      index: join(dataDir, 'index'),
    };
  }

  async create(): Promise<void> {
    for (const folder of Object.values(this.folders)) await mkdir(folder, { recursive: true });
  }

  path(id: string, place: DraftPlace): string {
    if (!draftIdPattern.test(id)) throw new DeskError('bad_request', `"${id.slice(0, 40)}" is not a draft id.`);
    return join(this.folders[place], `${id}.json`);
  }

  /** The article, or null when there is no such file; DamagedDraftError when it does not parse. */
  async read(id: string, place: DraftPlace): Promise<Article | null> {
    const db = new Low<unknown>(new DurableJsonFile<unknown>(this.path(id, place)), null);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof SyntaxError) throw new DamagedDraftError(id, place);
      throw error;
    }
    if (db.data === null) return null;
    const parsed = articleSchema.safeParse(db.data);
    if (!parsed.success) throw new DamagedDraftError(id, place);
    return parsed.data;
  }

  async write(article: Article, place: DraftPlace = 'drafts'): Promise<void> {
    const db = new Low<unknown>(new DurableJsonFile<unknown>(this.path(article.id, place)), article);
    try {
      await db.write();
    } catch (error) {
      throw toDiskError(error, `the draft "${article.headline || article.id}"`);
    }
  }

  /** Moves a draft between drafts/ and trash/ atomically and durably. */
  async move(id: string, from: DraftPlace, to: DraftPlace): Promise<void> {
    try {
      await rename(this.path(id, from), this.path(id, to));
      await syncFolder(this.folders[from]);
      await syncFolder(this.folders[to]);
    } catch (error) {
      if (isMissingFile(error)) throw new DeskError('not_found', `No draft with id ${id}. It may have been deleted.`);
      throw toDiskError(error, 'the change');
    }
  }

  async remove(id: string, place: DraftPlace): Promise<void> {
    await unlink(this.path(id, place)).catch((error: unknown) => {
      if (!isMissingFile(error)) throw error;
    });
  }

  /** Moves a damaged file aside (never deletes it) and returns its new name. */
  async quarantine(id: string, place: DraftPlace, at: Date): Promise<string> {
    const name = `${id}.${at.getTime()}.json`;
    await rename(this.path(id, place), join(this.folders.quarantine, name));
    await syncFolder(this.folders[place]);
    return name;
  }

  /**
   * The drafts in a folder, read once at start; it also removes temporary files a crash left
   * mid-write (this process holds the folder lock, so none of them is live).
   */
  async idsAtStart(place: DraftPlace): Promise<string[]> {
    const ids: string[] = [];
    for (const name of await readdir(this.folders[place])) {
      if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(this.folders[place], name)).catch(() => {});
      else if (name.endsWith('.json') && !name.startsWith('.')) ids.push(name.slice(0, -'.json'.length));
    }
    return ids;
  }

  async modifiedAt(file: string): Promise<number | null> {
    try {
      return (await stat(file)).mtimeMs;
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
  }
}
