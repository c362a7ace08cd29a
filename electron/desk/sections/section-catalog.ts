import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultSections } from '../../../shared/sections/default-sections';
import { sectionListSchema, type Section } from '../../../shared/sections/section-schema';
import { sectionListResponseSchema, serverRoutes } from '../../../shared/server-api';
import { writeFileDurably } from '../storage/durable-json-file';

/** Long enough for a slow newsroom link, short enough that opening an article never waits on it. */
const fetchTimeoutMs = 3000;

const cacheFileSchema = z.object({ fetchedAt: z.string(), from: z.string(), sections: sectionListSchema });

export type SectionSource = 'server' | 'cache' | 'default';
export interface SectionList {
  sections: Section[];
  /** Where the list came from: the newsroom now, the copy kept from the last time, or the defaults. */
  source: SectionSource;
}

export interface SectionCatalogOptions {
  /** The newsroom server's address, when the desk knows one (it may be learnt after start). */
  serverUrl: () => string | undefined;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}

/**
 * The newsroom's sections for the article screen: asked of the server, kept in
 * `<data>/sections.json` so the select still works offline, and the shared default list when
 * the desk has never reached a server. A broken answer or cache is ignored, never trusted.
 */
export class SectionCatalog {
  private readonly file: string;
  private readonly fetch: typeof globalThis.fetch;
  private readonly now: () => Date;

  constructor(dataDir: string, private readonly options: SectionCatalogOptions) {
    this.file = join(dataDir, 'sections.json');
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? (() => new Date());
  }

  async list(): Promise<SectionList> {
    const fetched = await this.fromServer();
    if (fetched) return { sections: fetched, source: 'server' };
    const cached = await this.fromCache();
    if (cached) return { sections: cached, source: 'cache' };
    return { sections: [...defaultSections], source: 'default' };
  }

  private async fromServer(): Promise<Section[] | null> {
    const base = this.options.serverUrl();
    if (!base) return null;
    try {
      const response = await this.fetch(new URL(serverRoutes['sections:list'].url, base), { signal: AbortSignal.timeout(fetchTimeoutMs) });
      if (!response.ok) return null;
      const parsed = sectionListResponseSchema.safeParse(await response.json());
      if (!parsed.success) return null;
      await writeFileDurably(this.file, JSON.stringify({ fetchedAt: this.now().toISOString(), from: base, sections: parsed.data.items })).catch(() => {});
      return parsed.data.items;
    } catch {
      return null;
    }
  }

  private async fromCache(): Promise<Section[] | null> {
    try {
      const parsed = cacheFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.sections : null;
    } catch {
      return null;
    }
  }
}
