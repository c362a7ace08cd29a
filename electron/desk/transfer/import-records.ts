import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isMissingFile, writeFileDurably } from '../storage/durable-json-file';

const recordSchema = z.object({
  drafts: z.array(z.object({ id: z.string(), fileName: z.string(), importedAt: z.string() })),
});
export type ImportedDraft = z.infer<typeof recordSchema>['drafts'][number];

/**
 * Which drafts each imported file became, by the SHA-256 of the file's bytes: the same file
 * imported again is the same hash whatever it is called. One small file per hash under
 * `<data>/imports/`, so remembering an import never rewrites a growing list.
 */
export class ImportRecords {
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'imports');
  }

  /** Oldest first. A damaged record reads as none: the worst outcome is not being asked. */
  async draftsFrom(hash: string): Promise<ImportedDraft[]> {
    let text: string;
    try {
      text = await readFile(this.file(hash), 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
    try {
      const parsed = recordSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.drafts : [];
    } catch {
      return [];
    }
  }

  async remember(hash: string, draft: ImportedDraft): Promise<void> {
    const drafts = (await this.draftsFrom(hash)).filter((known) => known.id !== draft.id);
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(this.file(hash), JSON.stringify({ drafts: [...drafts, draft] }));
  }

  private file(hash: string): string {
    return join(this.folder, `${hash}.json`);
  }
}
