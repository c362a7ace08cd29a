import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
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
    desks.push(await createDesk({ dataDir, appInfo }));
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
  });

  it('refuses when a live process holds the lock', async () => {
    // Our parent (the test runner's process tree) is alive and is not us.
    await writeFile(join(dataDir, 'desk.lock'), JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', mode: 'web' }));
    await expect(createDesk({ dataDir, appInfo })).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('web mode') });
  });
});

