import { mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeTime, monotonicFactory } from 'ulid';
import { z } from 'zod';
import { articleContentSchema, type ArticleContent } from '../../../shared/article';
import { DeskError } from '../../../shared/result';
import { textCounts } from '../../../shared/diff/text-counts';
import { articlePlainText } from '../../../shared/diff/article-blocks';
import { isMissingFile, writeFileDurably } from '../storage/durable-json-file';

export const revisionReasons = ['explicit', 'interval', 'before-restore', 'restore', 'import', 'before-import', 'recovered', 'before-newsroom', 'newsroom'] as const;
export type RevisionReason = (typeof revisionReasons)[number];

export interface RevisionInfo {
  id: string;
  revision: number;
  takenAt: string;
  reason: RevisionReason;
  words: number;
  characters: number;
}

export interface HistoryPolicy {
  keepCount: number;
  keepDays: number;
}
export const defaultHistoryPolicy: HistoryPolicy = { keepCount: 100, keepDays: 30 };

const revisionFileSchema = z.object({ revision: z.number().int(), reason: z.enum(revisionReasons), content: articleContentSchema });
const nextRevisionId = monotonicFactory();
// <ulid>.<revision>.<reason>.<words>.<characters>.json: the list needs no file opened.
const namePattern = /^([0-9A-HJKMNP-TV-Z]{26})\.(\d+)\.([a-z-]+)\.(\d+)\.(\d+)\.json$/;

/**
 * Revisions of each draft under `<data>/history/<draft id>/`, one durable file per revision.
 * A revision is dropped only when it is both beyond the newest `keepCount` and older than
 * `keepDays` ("the last 100 or 30 days", whichever keeps more).
 */
export class HistoryStore {
  readonly folder: string;
  private readonly now: () => Date;
  private readonly policy: HistoryPolicy;

  constructor(dataDir: string, now: () => Date, policy: HistoryPolicy = defaultHistoryPolicy) {
    this.folder = join(dataDir, 'history');
    this.now = now;
    this.policy = policy;
  }

  async take(draftId: string, revision: number, reason: RevisionReason, content: ArticleContent): Promise<RevisionInfo> {
    const folder = join(this.folder, draftId);
    await mkdir(folder, { recursive: true });
    const takenAt = this.now();
    const counts = textCounts(articlePlainText(content));
    const id = nextRevisionId(takenAt.getTime());
    const name = `${id}.${revision}.${reason}.${counts.words}.${counts.characters}.json`;
    await writeFileDurably(join(folder, name), JSON.stringify({ revision, reason, content }));
    await this.prune(draftId);
    return { id, revision, takenAt: takenAt.toISOString(), reason, ...counts };
  }

  /** Newest first. */
  async list(draftId: string): Promise<RevisionInfo[]> {
    const infos: RevisionInfo[] = [];
    for (const name of await this.names(draftId)) {
      const info = parseName(name);
      if (info) infos.push(info);
    }
    return infos.sort((a, b) => b.id.localeCompare(a.id));
  }

  async latest(draftId: string): Promise<RevisionInfo | null> {
    return (await this.list(draftId))[0] ?? null;
  }

  async content(draftId: string, revisionId: string): Promise<{ info: RevisionInfo; content: ArticleContent }> {
    const name = (await this.names(draftId)).find((candidate) => candidate.startsWith(`${revisionId}.`));
    const info = name ? parseName(name) : null;
    if (!name || !info) throw new DeskError('not_found', 'That revision no longer exists. Open History again to see the revisions kept.');
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(this.folder, draftId, name), 'utf8'));
    } catch (error) {
      if (error instanceof SyntaxError) throw new DeskError('corrupt', `The revision from ${info.takenAt} is damaged and cannot be restored. Choose another revision.`);
      throw error;
    }
    const parsed = revisionFileSchema.safeParse(data);
    if (!parsed.success) throw new DeskError('corrupt', `The revision from ${info.takenAt} is damaged and cannot be restored. Choose another revision.`);
    return { info, content: parsed.data.content };
  }

  async removeAll(draftId: string): Promise<void> {
    await rm(join(this.folder, draftId), { recursive: true, force: true });
  }

  private async prune(draftId: string): Promise<void> {
    const oldest = this.now().getTime() - this.policy.keepDays * 24 * 60 * 60 * 1000;
    const infos = await this.list(draftId);
    for (const info of infos.slice(this.policy.keepCount)) {
      if (Date.parse(info.takenAt) >= oldest) continue;
      const name = `${info.id}.${info.revision}.${info.reason}.${info.words}.${info.characters}.json`;
      await unlink(join(this.folder, draftId, name)).catch(() => {});
    }
  }

  private async names(draftId: string): Promise<string[]> {
    try {
      return await readdir(join(this.folder, draftId));
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
  }
}

function parseName(name: string): RevisionInfo | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, id = '', revision = '0', reason = '', words = '0', characters = '0'] = match;
  const knownReason = revisionReasons.find((candidate) => candidate === reason);
  if (!knownReason) return null;
  return {
    id,
    revision: Number(revision),
    takenAt: new Date(decodeTime(id)).toISOString(),
    reason: knownReason,
    words: Number(words),
    characters: Number(characters),
  };
}
