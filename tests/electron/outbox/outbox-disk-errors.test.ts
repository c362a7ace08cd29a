import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyArticleContent } from '../../../shared/article';
import { DeskError } from '../../../shared/result';

// Writes of temporary queue files fail with the code the test chooses, as a full disk would.
const failure = vi.hoisted(() => ({ code: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withSimulatedFailures } = await import('../drafts/simulated-disk-failure');
  return withSimulatedFailures(await importOriginal<typeof fsPromises>(), failure, (call, path) => call === 'open' && path.endsWith('.tmp'));
});

const { Outbox } = await import('../../../electron/desk/outbox/outbox');
const { FakeClock } = await import('./fake-clock');
const { FakeTransport, serverArticle } = await import('./fake-transport');

describe('the outbox on a full disk', () => {
  let folder: string;
  beforeEach(async () => {
    failure.code = '';
    folder = await mkdtemp(join(tmpdir(), 'copydesk-outbox-disk-'));
  });
  afterEach(async () => {
    failure.code = '';
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a job it cannot write down, says why, and sends nothing', async () => {
    const clock = new FakeClock();
    const transport = new FakeTransport(clock, () => ({ ok: true, value: serverArticle('srv-1', emptyArticleContent(), 1) }));
    const outbox = new Outbox({ folder, transport, clock });
    await outbox.open();
    outbox.start();
    failure.code = 'ENOSPC';
    const refused = await outbox.enqueue('a1', { kind: 'create', content: emptyArticleContent() }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DeskError);
    expect(refused instanceof DeskError && refused.code).toBe('disk_full');
    await outbox.settled();
    expect(transport.calls).toEqual([]);
    expect(outbox.state('a1')).toEqual({ state: 'idle', serverId: null, revision: null });
    expect(await readdir(folder)).toEqual([]);

    failure.code = '';
    await outbox.enqueue('a1', { kind: 'create', content: emptyArticleContent() });
    await outbox.settled();
    expect(transport.calls).toHaveLength(1);
    await outbox.close();
  });
});
