import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DeskError } from '../../../shared/result';

const lockFileSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  mode: z.string(),
});
type LockFile = z.infer<typeof lockFileSchema>;

export const lockFileName = 'desk.lock';

/**
 * One writer per data folder. The lock file names its owner (pid, host, mode); a lock whose
 * process no longer runs on this machine — the app crashed or was killed — is stale and is
 * taken over, so a crash never locks a reporter out of their drafts.
 */
export class DataFolderLock {
  readonly filename: string;
  private readonly mode: string;
  private held: string | null = null;
  /** True when the previous owner did not shut down cleanly (its lock was taken over). */
  tookOverStaleLock = false;

  constructor(dataDir: string, mode: string) {
    this.filename = join(dataDir, lockFileName);
    this.mode = mode;
  }

  async acquire(): Promise<void> {
    const mine: LockFile = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), mode: this.mode };
    const text = JSON.stringify(mine);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await writeFile(this.filename, text, { flag: 'wx', mode: 0o600 });
        this.held = text;
        return;
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw openError(error, this.filename);
      }
      const existingText = await readFile(this.filename, 'utf8').catch(() => '');
      const existing = parseLock(existingText);
      if (existing && isHeldByLiveProcess(existing)) throw lockedError(existing, this.filename);
      // Stale (its process is gone) or unreadable (the crash interrupted writing it): take over,
      // unless someone else replaced it in between.
      const again = await readFile(this.filename, 'utf8').catch(() => '');
      if (again !== existingText) continue;
      await unlink(this.filename).catch(() => {});
      this.tookOverStaleLock = true;
    }
    throw new DeskError('locked', `Another Copydesk is opening the data folder at the same time. Wait a moment and start again.`);
  }

  async release(): Promise<void> {
    if (this.held === null) return;
    const current = await readFile(this.filename, 'utf8').catch(() => '');
    if (current === this.held) await unlink(this.filename).catch(() => {});
    this.held = null;
  }
}

function openError(error: unknown, filename: string): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DeskError('read_only', `Copydesk cannot write to its data folder (${dirname(filename)}): it is read-only. Make it writable or choose another folder, then start again.`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DeskError('disk_full', `The disk holding the data folder (${dirname(filename)}) is full. Free some space, then start Copydesk again.`);
  }
  return error;
}

function parseLock(text: string): LockFile | null {
  try {
    const parsed = lockFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isHeldByLiveProcess(lock: LockFile): boolean {
  // On another machine (a shared folder) we cannot check the process: assume it is alive.
  if (lock.hostname !== hostname()) return true;
  if (lock.pid === process.pid) return true;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function lockedError(lock: LockFile, filename: string): DeskError {
  const who = lock.mode === 'web' ? 'Copydesk in web mode' : 'another Copydesk window';
  return new DeskError(
    'locked',
    `The data folder is in use by ${who} (process ${lock.pid} on ${lock.hostname}, since ${lock.startedAt}). ` +
      `Only one Copydesk may write to it at a time: close the other one and start again. ` +
      `If that process is gone, delete ${filename}.`,
  );
}
