import { describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../shared/article';
import { deskApi, deskChannels, isDeskChannel, splitChannel } from '../../shared/desk-api';
import { dispatchDeskCall } from '../../shared/desk-dispatch';
import { DeskError } from '../../shared/result';

describe('DeskApi contract', () => {
  it('names every channel area:verb, once', () => {
    for (const channel of deskChannels) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(new Set(deskChannels.map((channel) => splitChannel(channel).join('/'))).size).toBe(deskChannels.length);
  });

  it('knows its own channels and nothing else', () => {
    expect(isDeskChannel('drafts:save')).toBe(true);
    expect(isDeskChannel('constructor')).toBe(false);
    expect(isDeskChannel('__proto__')).toBe(false);
  });

  it('parses a good save request and refuses a bad one', () => {
    const good = { id: '01ABC', content: emptyArticleContent('en') };
    expect(deskApi['drafts:save'].request.safeParse(good).success).toBe(true);
    expect(deskApi['drafts:save'].request.safeParse({ ...good, content: { ...good.content, language: 'fr' } }).success).toBe(false);
    expect(deskApi['drafts:save'].request.safeParse({ id: '' }).success).toBe(false);
  });
});

describe('dispatchDeskCall', () => {
  const handlers = new Proxy({} as Parameters<typeof dispatchDeskCall>[0], {
    get: (_target, channel) => async () => {
      if (channel === 'drafts:get') throw new DeskError('not_found', 'No draft with id x.');
      if (channel === 'drafts:list') throw new Error('disk exploded at /secret/path');
      return { name: 'Copydesk', version: '1', mode: 'web', platform: 'linux' };
    },
  });

  it('turns expected failures into their code and message', async () => {
    expect(await dispatchDeskCall(handlers, 'drafts:get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No draft with id x.' },
    });
  });

  it('hides unexpected failures behind a generic message', async () => {
    const logged: string[] = [];
    const result = await dispatchDeskCall(handlers, 'drafts:list', {}, (message) => logged.push(message));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(logged).toEqual(['desk method drafts:list failed']);
  });

  it('returns the value of a good call', async () => {
    expect(await dispatchDeskCall(handlers, 'app:info', {})).toMatchObject({ ok: true, value: { name: 'Copydesk' } });
  });
});
