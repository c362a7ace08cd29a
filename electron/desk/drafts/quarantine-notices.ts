import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const noticeSchema = z.object({
  id: z.string(),
  headline: z.string(),
  file: z.string(),
  quarantinedAt: z.string(),
});
export type QuarantineNotice = z.infer<typeof noticeSchema>;

const suffix = '.notice.json';

/**
 * What the person must be told about damaged drafts: one small notice file beside each
 * quarantined draft file, until the person recovers the draft or dismisses the notice (the
 * damaged file itself always stays in `quarantine/`).
 */
export class QuarantineNotices {
  private readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  async add(notice: QuarantineNotice): Promise<void> {
    await writeFile(join(this.folder, `${notice.file}${suffix}`), JSON.stringify(notice), { mode: 0o600 });
  }

  async list(): Promise<QuarantineNotice[]> {
    const notices: QuarantineNotice[] = [];
    for (const name of await readdir(this.folder)) {
      if (!name.endsWith(suffix)) continue;
      try {
        const parsed = noticeSchema.safeParse(JSON.parse(await readFile(join(this.folder, name), 'utf8')));
        if (parsed.success) notices.push(parsed.data);
      } catch {
        // A notice we cannot read is not worth failing the start over; the damaged file stays.
      }
    }
    return notices.sort((a, b) => b.quarantinedAt.localeCompare(a.quarantinedAt));
  }

  /** Marks every notice of a draft as handled. */
  async resolve(id: string): Promise<void> {
    for (const notice of await this.list()) {
      if (notice.id !== id) continue;
      await rename(join(this.folder, `${notice.file}${suffix}`), join(this.folder, `${notice.file}.resolved.json`));
    }
  }
}
