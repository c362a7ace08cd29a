import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpdateController, type PendingWork } from '../../../electron/main/update-controller';
import { updateFeedUrl } from '../../../electron/main/update-feed-url';
import { registerUpdateFeed } from '../../../server/updates/register-update-feed';
import { FeedUpdater } from './feed-updater';

class FakeClock {
  readonly intervals: { callback: () => void; milliseconds: number }[] = [];
  setInterval(callback: () => void, milliseconds: number): void {
    this.intervals.push({ callback, milliseconds });
  }
  /** Runs every interval that would have fired in `milliseconds`. */
  advance(milliseconds: number): void {
    for (const interval of this.intervals) for (let elapsed = interval.milliseconds; elapsed <= milliseconds; elapsed += interval.milliseconds) interval.callback();
  }
}

const day = 24 * 60 * 60 * 1000;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1) await settle();
}

describe('auto-update against a generic feed the newsroom server serves at /updates/', () => {
  let folder: string;
  let server: FastifyInstance;
  let feed: string;
  let clock: FakeClock;
  let updater: FeedUpdater;
  let pending: PendingWork;
  let announced: string[];

  async function publish(version: string): Promise<void> {
    const installer = randomBytes(4096);
    const path = `Copydesk-${version}.AppImage`;
    await writeFile(join(folder, path), installer);
    const sha512 = createHash('sha512').update(installer).digest('base64');
    await writeFile(join(folder, 'latest-linux.yml'), `version: ${version}\npath: ${path}\nsha512: ${sha512}\nreleaseDate: '2026-12-01T00:00:00.000Z'\n`);
  }

  function controller(feedUrl: string | null = feed): UpdateController {
    return new UpdateController({ updater, clock, feedUrl, pendingWork: async () => pending, announceReady: (version) => announced.push(version) });
  }

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-updates-'));
    server = Fastify();
    await registerUpdateFeed(server, folder);
    const address = await server.listen({ host: '127.0.0.1', port: 0 });
    feed = `${address}/updates/`;
    clock = new FakeClock();
    updater = new FeedUpdater('0.1.0');
    pending = { unsavedDrafts: 0, outboxJobs: 0 };
    announced = [];
    await publish('0.1.0');
  });

  afterEach(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('checks at start, on the feed it was given, and downloads in the background', async () => {
    const updates = controller();
    updates.start();
    await until(() => updates.current().state === 'idle');
    expect(updater.feed).toBe(feed);
    expect(updater.autoDownload).toBe(true);
    expect(updater.checks).toBe(1);
    expect(updates.current()).toEqual({ state: 'idle' });
    expect(announced).toEqual([]);
  });

  it('checks again daily, and offers the new version once it is downloaded', async () => {
    const updates = controller();
    updates.start();
    await until(() => updater.checks === 1 && updates.current().state === 'idle');
    expect(clock.intervals.map((interval) => interval.milliseconds)).toEqual([86_400_000]);
    await publish('0.2.0');
    clock.advance(day - 1);
    expect(updater.checks).toBe(1);
    clock.advance(day);
    await until(() => updates.current().state === 'ready');
    expect(updater.checks).toBe(2);
    expect(updates.current()).toEqual({ state: 'ready', version: '0.2.0' });
    expect(announced).toEqual(['0.2.0']);
    // A downloaded update waits for its restart: later days do not check or download again.
    clock.advance(day);
    await settle();
    expect(updater.checks).toBe(2);
  });

  it('never restarts while a draft is being written or outbox jobs wait; does once both are done', async () => {
    await publish('0.2.0');
    const updates = controller();
    updates.start();
    await until(() => updates.current().state === 'ready');

    pending = { unsavedDrafts: 1, outboxJobs: 0 };
    await expect(updates.restart()).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/still being saved/) });
    pending = { unsavedDrafts: 0, outboxJobs: 2 };
    await expect(updates.restart()).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/waiting to be sent/) });
    expect(updater.installs).toBe(0);

    pending = { unsavedDrafts: 0, outboxJobs: 0 };
    await expect(updates.restart()).resolves.toEqual({ restarting: true });
    expect(updater.installs).toBe(1);
  });

  it('refuses "Restart to update" before anything is downloaded', async () => {
    const updates = controller();
    updates.start();
    await until(() => updates.current().state === 'idle');
    await expect(updates.restart()).rejects.toMatchObject({ code: 'bad_request' });
    expect(updater.installs).toBe(0);
  });

  it('reports a damaged download as failed, offers nothing, and tries again the next day', async () => {
    await publish('0.2.0');
    await writeFile(join(folder, 'Copydesk-0.2.0.AppImage'), randomBytes(4096));
    const updates = controller();
    updates.start();
    await until(() => updates.current().state === 'failed');
    expect(announced).toEqual([]);
    await publish('0.2.0');
    clock.advance(day);
    await until(() => updates.current().state === 'ready');
    expect(announced).toEqual(['0.2.0']);
  });

  it('without a feed address, does not check at all', async () => {
    const updates = controller(null);
    updates.start();
    await settle();
    expect(updates.current()).toEqual({ state: 'unavailable' });
    expect(updater.checks).toBe(0);
    expect(clock.intervals).toEqual([]);
  });

  it('the feed serves files only: no folder listing, no dotfiles', async () => {
    await writeFile(join(folder, '.env'), 'SECRET=1');
    const listing = await fetch(feed);
    expect(listing.status).toBeGreaterThanOrEqual(400);
    expect(await listing.text()).not.toContain('latest-linux.yml');
    const dotfile = await fetch(`${feed}.env`);
    expect(dotfile.status).toBeGreaterThanOrEqual(400);
    expect(await dotfile.text()).not.toContain('SECRET');
    expect((await fetch(`${feed}latest-linux.yml`)).status).toBe(200);
  });
});

describe('the feed address', () => {
  it('is the newsroom server’s /updates/ folder unless the newsroom names another', () => {
    expect(updateFeedUrl({ COPYDESK_SERVER_URL: 'https://newsroom.example.hk' })).toBe('https://newsroom.example.hk/updates/');
    expect(updateFeedUrl({ COPYDESK_SERVER_URL: 'http://127.0.0.1:4310/' })).toBe('http://127.0.0.1:4310/updates/');
    expect(updateFeedUrl({ COPYDESK_UPDATE_URL: 'https://downloads.example.hk/copydesk', COPYDESK_SERVER_URL: 'https://newsroom.example.hk' })).toBe(
      'https://downloads.example.hk/copydesk/',
    );
  });

  it('is none without an address, or for anything but http(s)', () => {
    expect(updateFeedUrl({})).toBeNull();
    expect(updateFeedUrl({ COPYDESK_UPDATE_URL: 'file:///etc/' })).toBeNull();
    expect(updateFeedUrl({ COPYDESK_UPDATE_URL: 'not a url' })).toBeNull();
  });
});
