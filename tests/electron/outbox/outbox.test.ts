import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../electron/desk/outbox/outbox';
import type { TransportResult } from '../../../electron/desk/outbox/outbox-transport';
import { emptyArticleContent } from '../../../shared/article';
import { FakeClock } from './fake-clock';
import { FakeTransport, serverArticle } from './fake-transport';

const offline: TransportResult = { ok: false, error: { kind: 'retryable', code: 'offline', message: 'connect ECONNREFUSED' } };
const content = (headline: string) => ({ ...emptyArticleContent('zh-Hant'), headline });

describe('outbox', () => {
  let folder: string;
  let clock: FakeClock;
  const opened: Outbox[] = [];

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'copydesk-outbox-'));
    clock = new FakeClock();
  });
  afterEach(async () => {
    for (const outbox of opened.splice(0)) await outbox.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function openOutbox(transport: FakeTransport, random = () => 0.5): Promise<Outbox> {
    const outbox = new Outbox({ folder, transport, clock, random, retry: { baseDelayMs: 1_000, maxDelayMs: 30_000 } });
    opened.push(outbox);
    await outbox.open();
    outbox.start();
    return outbox;
  }

  /** Fires timers one by one, letting each attempt finish, until `times` timers have fired. */
  async function runTimers(outbox: Outbox, times: number): Promise<void> {
    await outbox.settled();
    for (let fired = 0; fired < times && clock.fireNext(); fired += 1) await outbox.settled();
  }

  it('writes a job to disk before trying it, with its Idempotency-Key', async () => {
    const onDisk: string[] = [];
    const transport = new FakeTransport(clock, async (call) => {
      onDisk.push(await readFile(join(folder, 'a1.json'), 'utf8'));
      return { ok: true, value: serverArticle('srv-1', call.request.body && content('渡輪加價')) };
    });
    const outbox = await openOutbox(transport);
    const job = await outbox.enqueue('a1', { kind: 'create', content: content('渡輪加價') });
    await outbox.settled();
    expect(transport.calls).toHaveLength(1);
    expect(transport.calls[0]?.request.headers.idempotencyKey).toBe(job.idempotencyKey);
    expect(onDisk[0]).toContain(job.idempotencyKey);
    expect(onDisk[0]).toContain('渡輪加價');
    expect(outbox.state('a1')).toEqual({ state: 'idle', serverId: 'srv-1', revision: expect.any(Number) });
  });

  it('backs off exponentially with jitter, capped at 30 s, and keeps the same key', async () => {
    const transport = new FakeTransport(clock, () => offline);
    const outbox = await openOutbox(transport, () => 0.5);
    await outbox.enqueue('a1', { kind: 'create', content: content('Ferry fares') });
    await runTimers(outbox, 8);
    const gaps = transport.calls.slice(1).map((call, index) => call.at - (transport.calls[index]?.at ?? 0));
    // Half of each ceiling (random = 0.5): 1 s, 2 s, 4 s … doubling, then held at half of 30 s.
    expect(gaps).toEqual([500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
    expect(new Set(transport.calls.map((call) => call.request.headers.idempotencyKey)).size).toBe(1);
    expect(outbox.state('a1')).toMatchObject({ state: 'waiting', lastError: { code: 'offline' }, retryAt: clock.now() + 15_000 });
  });

  it("waits as long as the server's Retry-After says", async () => {
    const transport = new FakeTransport(clock, (_call, index) =>
      index === 0 ? { ok: false, error: { kind: 'retryable', code: 'rate_limited', message: 'Too many requests', retryAfterMs: 20_000 } } : { ok: true, value: serverArticle('srv-1', content('x')) },
    );
    const outbox = await openOutbox(transport, () => 0.1);
    await outbox.enqueue('a1', { kind: 'create', content: content('x') });
    await runTimers(outbox, 1);
    expect(transport.calls.map((call) => call.at)).toEqual([0, 20_000]);
  });

  it("sends one article's jobs in order while other articles go on independently", async () => {
    let releaseCreate: (() => void) | undefined;
    const transport = new FakeTransport(clock, async (call, index): Promise<TransportResult> => {
      if (call.route === 'articles:create' && call.request.body && JSON.stringify(call.request.body).includes('slow')) {
        await new Promise<void>((resolve) => (releaseCreate = resolve));
        return { ok: true, value: serverArticle('srv-slow', content('slow'), 1) };
      }
      return { ok: true, value: serverArticle(call.request.params?.id ?? 'srv-fast', content('fast'), 2 + index) };
    });
    const outbox = await openOutbox(transport);
    await outbox.enqueue('slow', { kind: 'create', content: content('slow') });
    await outbox.enqueue('slow', { kind: 'update', content: content('slow, edited') });
    await outbox.enqueue('slow', { kind: 'transition', action: 'submit' });
    await outbox.enqueue('fast', { kind: 'create', content: content('fast') });
    await outbox.enqueue('fast', { kind: 'transition', action: 'submit' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The fast article is done while the slow one's create is still out.
    expect(transport.calls.map((call) => `${call.route}`)).toEqual(['articles:create', 'articles:create', 'articles:transition']);
    releaseCreate?.();
    await outbox.settled();
    const slow = transport.calls.filter((call) => call.request.params?.id === 'srv-slow' || JSON.stringify(call.request.body).includes('slow'));
    expect(slow.map((call) => call.route)).toEqual(['articles:create', 'articles:update', 'articles:transition']);
    // The update names the revision the create returned, and the transition the one after it.
    expect(slow[1]?.request.headers.ifMatch).toBe(1);
    expect(outbox.state('slow')).toMatchObject({ state: 'idle', serverId: 'srv-slow' });
  });

  it("stops an article's queue on a refusal with the server's words, and never loops", async () => {
    const refusal = "You cannot edit this article while it is approved.";
    const transport = new FakeTransport(clock, (call) =>
      call.route === 'articles:update' ? { ok: false, error: { kind: 'refused', status: 403, code: 'forbidden', message: refusal } } : { ok: true, value: serverArticle('srv-1', content('a'), 4) },
    );
    const outbox = await openOutbox(transport);
    await outbox.enqueue('a1', { kind: 'update', content: content('a') }, { serverId: 'srv-1', revision: 3 });
    const transition = await outbox.enqueue('a1', { kind: 'transition', action: 'submit' });
    await runTimers(outbox, 10);
    expect(transport.calls.map((call) => call.route)).toEqual(['articles:update']);
    expect(clock.nextTimerAt()).toBeUndefined();
    expect(outbox.state('a1')).toMatchObject({ state: 'stopped', status: 403, code: 'forbidden', message: refusal, pending: 2 });

    // Restarting does not resend a refused job either: it waits for the person.
    await outbox.close();
    const again = await openOutbox(transport);
    await again.settled();
    expect(transport.calls).toHaveLength(1);
    expect(again.state('a1')).toMatchObject({ state: 'stopped', message: refusal });

    await again.retry('a1');
    await again.settled();
    expect(transport.calls.map((call) => call.route)).toEqual(['articles:update', 'articles:update']);
    const stopped = again.state('a1');
    if (stopped.state !== 'stopped') throw new Error('expected the queue to stop again');
    await again.discard('a1', stopped.jobId);
    await again.settled();
    expect(transport.calls.map((call) => call.route)).toEqual(['articles:update', 'articles:update', 'articles:transition']);
    expect(transport.calls[2]?.request.headers.idempotencyKey).toBe(transition.idempotencyKey);
  });

  it('pauses every article on 401 until sign-in, then resumes where it stopped', async () => {
    let signedIn = false;
    const transport = new FakeTransport(clock, (call, index): TransportResult =>
      signedIn ? { ok: true, value: serverArticle(call.request.params?.id ?? `srv-${index}`, content('x'), index + 1) } : { ok: false, error: { kind: 'needs_sign_in', code: 'unauthorized', message: 'Sign in first.' } },
    );
    const outbox = await openOutbox(transport);
    await outbox.enqueue('a1', { kind: 'create', content: content('one') });
    await outbox.settled();
    await outbox.enqueue('a2', { kind: 'create', content: content('two') });
    await runTimers(outbox, 5);
    expect(transport.calls).toHaveLength(1);
    expect(outbox.signedOut).toBe(true);
    expect(outbox.state('a2')).toEqual({ state: 'signed_out', pending: 1, next: 'create' });

    signedIn = true;
    outbox.signedIn();
    await outbox.settled();
    expect(transport.calls).toHaveLength(3);
    expect(transport.calls[1]?.request.headers.idempotencyKey).toBe(transport.calls[0]?.request.headers.idempotencyKey);
    expect(outbox.state('a1')).toMatchObject({ state: 'idle' });
    expect(outbox.state('a2')).toMatchObject({ state: 'idle' });
  });

  it('picks up after a restart with the same jobs and keys', async () => {
    const first = await openOutbox(new FakeTransport(clock, () => offline));
    const job = await first.enqueue('a1', { kind: 'create', content: content('留言') });
    await first.close();
    const transport = new FakeTransport(clock, () => ({ ok: true, value: serverArticle('srv-9', content('留言'), 1) }));
    clock.time += 60_000;
    const second = await openOutbox(transport);
    await second.settled();
    expect(transport.calls).toHaveLength(1);
    expect(transport.calls[0]?.request.headers.idempotencyKey).toBe(job.idempotencyKey);
    expect(second.state('a1')).toEqual({ state: 'idle', serverId: 'srv-9', revision: 1 });
  });

  it('treats a replayed update that already arrived as delivered, and a different one as a conflict', async () => {
    const mine = content('我的版本');
    const theirs = content('他們的版本');
    let onServer: unknown = serverArticle('srv-1', mine, 4);
    const transport = new FakeTransport(clock, (call) => {
      if (call.route === 'articles:get') return { ok: true, value: onServer };
      if (call.route === 'articles:update') return { ok: false, error: { kind: 'refused', status: 409, code: 'conflict', message: 'The article has changed (now at revision 4).', currentRevision: 4 } };
      return { ok: true, value: serverArticle('srv-1', mine, 4) };
    });
    const outbox = await openOutbox(transport);
    await outbox.enqueue('a1', { kind: 'update', content: mine }, { serverId: 'srv-1', revision: 3 });
    await outbox.settled();
    expect(outbox.state('a1')).toEqual({ state: 'idle', serverId: 'srv-1', revision: 4 });

    onServer = serverArticle('srv-1', theirs, 4);
    await outbox.enqueue('a2', { kind: 'update', content: mine }, { serverId: 'srv-1', revision: 3 });
    await outbox.settled();
    expect(outbox.state('a2')).toMatchObject({ state: 'stopped', status: 409, code: 'conflict' });
  });

  it('sends a merged update in place of the one refused as a conflict, against the revision merged with', async () => {
    const transport = new FakeTransport(clock, (_call, index) =>
      index === 0
        ? { ok: false, error: { kind: 'refused', status: 409, code: 'conflict', message: 'The article has changed since you loaded it (now at revision 7).', currentRevision: 7 } }
        : { ok: true, value: serverArticle('srv-1', content('mine and theirs'), 8) },
    );
    const outbox = await openOutbox(transport);
    const refused = await outbox.enqueue('a1', { kind: 'update', content: content('mine') }, { serverId: 'srv-1', revision: 5 });
    await outbox.enqueue('a1', { kind: 'transition', action: 'submit' });
    await outbox.settled();
    expect(outbox.state('a1')).toMatchObject({ state: 'stopped', code: 'conflict', pending: 2 });
    await outbox.replaceStoppedUpdate('a1', content('mine and theirs'), 7);
    await outbox.settled();
    expect(transport.calls.map((call) => [call.route, call.request.headers.ifMatch])).toEqual([['articles:update', 5], ['articles:update', 7], ['articles:transition', 8]]);
    expect(JSON.stringify(transport.calls[1]?.request.body)).toContain('mine and theirs');
    expect(transport.calls[1]?.request.headers.idempotencyKey).not.toBe(refused.idempotencyKey);
    expect(outbox.state('a1')).toMatchObject({ state: 'idle', revision: 8 });
  });

  it('maps uploaded images to the server ids in later jobs', async () => {
    const rendition = { url: '/media/srv-m1/large', width: 10, height: 10, contentType: 'image/jpeg' };
    const transport = new FakeTransport(clock, (call) =>
      call.route === 'media:upload'
        ? { ok: true, value: { id: 'srv-m1', width: 10, height: 10, sourceType: 'image/jpeg', caption: '', credit: '', byline: '', copyright: '', renditions: { large: rendition, medium: rendition, thumb: rendition } } }
        : { ok: true, value: serverArticle('srv-1', content('x'), 1) },
    );
    const outbox = await openOutbox(transport);
    const lead = { mediaId: 'local-m1', src: 'desk://m1', caption: '天星小輪', credit: '(資料圖片)', alt: '渡輪' };
    const figure = { type: 'figure', attrs: { ...lead } };
    await outbox.enqueue('a1', { kind: 'upload', localMediaId: 'local-m1', file: '/tmp/m1.jpg', fields: {} });
    await outbox.enqueue('a1', { kind: 'create', content: { ...content('x'), leadImage: lead, body: { type: 'doc', content: [figure] } } });
    await outbox.settled();
    const sent = JSON.stringify(transport.calls[1]?.request.body);
    expect(sent).toContain('"mediaId":"srv-m1"');
    expect(sent).not.toContain('local-m1');
  });

  it('sets an unreadable queue file aside instead of failing or deleting it', async () => {
    await writeFile(join(folder, 'broken.json'), '{"version":1,');
    const outbox = await openOutbox(new FakeTransport(clock, () => offline));
    expect(outbox.setAside).toEqual([join(folder, 'broken.json.unreadable')]);
    expect(await readdir(folder)).toEqual(['broken.json.unreadable']);
  });
});
