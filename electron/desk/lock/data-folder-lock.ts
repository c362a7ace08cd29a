import { link, open, readFile, unlink, writeFile } from 'node:fs/promises';
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
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (await createComplete(this.filename, text)) {
        this.held = text;
        return;
      }
      const existingText = await readText(this.filename);
      const existing = parseLock(existingText);
      if (existing && isHeldByLiveProcess(existing)) throw lockedError(existing, this.filename);
      // Stale (its process is gone) or unreadable (damaged): removed under a second, short-lived
      // lock, so of several desks starting at once exactly one removes it, and never a lock a
      // faster desk has just taken in its place.
      await this.removeStaleLock(existingText, text);
    }
    throw new DeskError('locked', `Another Copydesk is opening the data folder at the same time. Wait a moment and start again.`);
  }

  private async removeStaleLock(staleText: string, mine: string): Promise<void> {
    const guard = `${this.filename}.takeover`;
    if (!(await createComplete(guard, mine))) {
      const holder = parseLock(await readText(guard));
      // A desk that died while taking over left its guard behind; anyone may clear it.
      if (!holder || !isHeldByLiveProcess(holder)) await unlink(guard).catch(() => {});
      return;
    }
    try {
      if ((await readText(this.filename)) === staleText) {
        await unlink(this.filename).catch(() => {});
        this.tookOverStaleLock = true;
      }
    } finally {
      await unlink(guard).catch(() => {});
    }
  }

  async release(): Promise<void> {
    if (this.held === null) return;
    const current = await readFile(this.filename, 'utf8').catch(() => '');
    if (current === this.held) await unlink(this.filename).catch(() => {});
    this.held = null;
  }
}

let temporaryCounter = 0;

/**
 * Creates `filename` holding `text`, or answers false when it exists. The text is written and
 * fsynced under a unique name first and then hard-linked into place: `link()` fails when the
 * target exists, and the file never appears half-written (with `open(..., 'wx')` a desk reading
 * in between would see an empty lock, judge it damaged and remove it).
 */
async function createComplete(filename: string, text: string): Promise<boolean> {
  temporaryCounter += 1;
  const temporary = `${filename}.${process.pid}.${temporaryCounter}.tmp`;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temporary, filename).catch(async (error: unknown) => {
      // A file system without hard links (FAT on a USB stick): the exclusive create is still
      // atomic, only the content may briefly be missing to a reader.
      if (!(error instanceof Error && 'code' in error && (error.code === 'ENOTSUP' || error.code === 'EOPNOTSUPP' || error.code === 'ENOSYS'))) throw error;
      await writeFile(filename, text, { flag: 'wx', mode: 0o600 });
    });
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw openError(error, filename);
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

async function readText(filename: string): Promise<string> {
  return readFile(filename, 'utf8').catch(() => '');
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
