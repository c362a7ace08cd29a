import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import { DataFolderLock } from '../../../electron/desk/lock/data-folder-lock';
import { DeskError } from '../../../shared/result';
import { temporaryDataDir } from '../drafts/draft-fixtures';

const appInfo = { name: 'Copydesk', version: '0', mode: 'electron' as const, platform: 'linux' };

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('one writer per data folder', () => {
  let dataDir: string;
  const desks: Desk[] = [];

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
  });

  afterEach(async () => {
    for (const desk of desks.splice(0)) await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second desk on the same folder with a message naming the holder', async () => {
    desks.push(await createDesk({ dataDir, appInfo }));
    const second = createDesk({ dataDir, appInfo: { ...appInfo, mode: 'web' } });
    await expect(second).rejects.toBeInstanceOf(DeskError);
    await expect(second).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining(`process ${process.pid}`) });
  });

  it('lets the next desk in once the first one closed', async () => {
    const first = await createDesk({ dataDir, appInfo });
    await first.close();
    await expect(readFile(join(dataDir, 'desk.lock'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    desks.push(await createDesk({ dataDir, appInfo: { ...appInfo, mode: 'web' } }));
    expect(JSON.parse(await readFile(join(dataDir, 'desk.lock'), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'web' });
  });

  it('takes over a lock left by a process that crashed', async () => {
    const pid = deadPid();
    await writeFile(join(dataDir, 'desk.lock'), JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', mode: 'web' }));
    desks.push(await createDesk({ dataDir, appInfo }));
    const lock = JSON.parse(await readFile(join(dataDir, 'desk.lock'), 'utf8'));
    expect(lock.pid).toBe(process.pid);
  });

  it('takes over a lock file that a crash left half-written', async () => {
    await writeFile(join(dataDir, 'desk.lock'), '{"pid":12');
    desks.push(await createDesk({ dataDir, appInfo }));
    expect(JSON.parse(await readFile(join(dataDir, 'desk.lock'), 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname(), mode: 'electron' });
  });

  it('of many desks starting at once on a stale lock, exactly one takes it over', async () => {
    // Before, each desk read the stale lock, checked it again and deleted it: a slower desk
    // could delete the lock a faster one had just written, and both went on as its owner.
    const stale = JSON.stringify({ pid: deadPid(), hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', mode: 'web' });
    for (let round = 0; round < 15; round += 1) {
      await writeFile(join(dataDir, 'desk.lock'), stale);
      const locks = Array.from({ length: 6 }, (_, index) => new DataFolderLock(dataDir, `desk-${index}`));
      const outcomes = await Promise.allSettled(locks.map((lock) => lock.acquire()));
      const holders = locks.filter((_, index) => outcomes[index]?.status === 'fulfilled');
      expect(`round ${round}: ${holders.length} holder(s)`).toBe(`round ${round}: 1 holder(s)`);
      for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'locked' });
      const onDisk = JSON.parse(await readFile(join(dataDir, 'desk.lock'), 'utf8'));
      expect(onDisk.mode).toBe(holders[0] ? `desk-${locks.indexOf(holders[0])}` : 'none');
      for (const lock of holders) await lock.release();
      expect((await readdir(dataDir)).filter((name) => name.startsWith('desk.lock'))).toEqual([]);
    }
  });

  it('refuses when a live process holds the lock', async () => {
    // Our parent (the test runner's process tree) is alive and is not us.
    await writeFile(join(dataDir, 'desk.lock'), JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', mode: 'web' }));
    await expect(createDesk({ dataDir, appInfo })).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('web mode') });
  });
});

