import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from '../../../renderer/api/desk-client';

type FetchArguments = [input: string, init: RequestInit];

function recordFetch() {
  const calls: FetchArguments[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
    calls.push([input, init]);
    return new Response(JSON.stringify({ ok: true, value: {} }), { headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

const save = (text: string) => ({ id: 'd1', content: { headline: text }, explicit: false });

describe('httpTransport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a save made while leaving as keepalive, so the browser finishes it after the page is gone', async () => {
    const calls = recordFetch();
    await httpTransport('drafts:save', save('最後一句'), { leaving: true });
    expect(calls[0]?.[0]).toBe('desk/drafts/save');
    expect(calls[0]?.[1]).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin', body: JSON.stringify(save('最後一句')) });
  });

  it('sends ordinary saves, and leaving saves too large for keepalive, normally', async () => {
    const calls = recordFetch();
    await httpTransport('drafts:save', save('typing'));
    await httpTransport('drafts:save', save('長'.repeat(25_000)), { leaving: true });
    expect(calls.map(([, init]) => init.keepalive)).toEqual([false, false]);
    expect(calls[1]?.[1].body).toBe(JSON.stringify(save('長'.repeat(25_000))));
  });
});
