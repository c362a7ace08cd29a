import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { ulid } from 'ulid';
import { articleSchema, emptyArticleContent, type Article, type ArticleContent, type Language } from '../../../shared/article';
import type { DraftSummary, SavedDraft } from '../../../shared/desk-api';
import { DeskError } from '../../../shared/result';
import { DurableJsonFile, isMissingFile } from '../storage/durable-json-file';

const draftIdPattern = /^[0-9A-Za-z_-]{1,100}$/;

/** Drafts on the reporter's own machine: one lowdb JSON file per draft under `<data>/drafts`. */
export class DraftStore {
  readonly folder: string;
  private readonly now: () => Date;

  constructor(dataDir: string, now: () => Date = () => new Date()) {
    this.folder = join(dataDir, 'drafts');
    this.now = now;
  }

  async open(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
  }

  async create(language: Language = 'zh-Hant'): Promise<Article> {
    const at = this.now().toISOString();
    const article: Article = {
      id: ulid(),
      ...emptyArticleContent(language),
      status: 'draft',
      revision: 1,
      createdAt: at,
      updatedAt: at,
      approvals: [],
      notes: [],
    };
    await this.write(article);
    return article;
  }

  async get(id: string): Promise<Article> {
    const data = await this.read(id);
    if (data === null) throw new DeskError('not_found', `No draft with id ${id}. It may have been deleted.`);
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) throw new DeskError('corrupt', `Draft ${id} could not be read: its file is damaged.`);
    return parsed.data;
  }

  async save(id: string, content: ArticleContent): Promise<SavedDraft> {
    const current = await this.get(id);
    const updated: Article = { ...current, ...content, revision: current.revision + 1, updatedAt: this.now().toISOString() };
    await this.write(updated);
    return { id, revision: updated.revision, updatedAt: updated.updatedAt };
  }

  async list(): Promise<DraftSummary[]> {
    const names = (await readdir(this.folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    const summaries: DraftSummary[] = [];
    for (const name of names) {
      try {
        summaries.push(summarize(await this.get(name.slice(0, -'.json'.length))));
      } catch (error) {
        if (!(error instanceof DeskError)) throw error;
      }
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async delete(id: string): Promise<{ id: string }> {
    try {
      await unlink(this.fileFor(id).filename);
    } catch (error) {
      if (isMissingFile(error)) throw new DeskError('not_found', `No draft with id ${id}. It may have been deleted.`);
      throw error;
    }
    return { id };
  }

  private async read(id: string): Promise<unknown> {
    const db = new Low<unknown>(this.fileFor(id), null);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof SyntaxError) throw new DeskError('corrupt', `Draft ${id} could not be read: its file is damaged.`);
      throw error;
    }
    return db.data;
  }

  private async write(article: Article): Promise<void> {
    const db = new Low<unknown>(this.fileFor(article.id), article);
    await db.write();
  }

  private fileFor(id: string): DurableJsonFile<unknown> {
    if (!draftIdPattern.test(id)) throw new DeskError('bad_request', `"${id.slice(0, 40)}" is not a draft id.`);
    return new DurableJsonFile<unknown>(join(this.folder, `${id}.json`));
  }
}

export function summarize(article: Article): DraftSummary {
  return {
    id: article.id,
    headline: article.headline,
    language: article.language,
    status: article.status,
    revision: article.revision,
    updatedAt: article.updatedAt,
    createdAt: article.createdAt,
  };
}
