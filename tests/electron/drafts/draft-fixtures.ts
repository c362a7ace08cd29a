import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Desk } from '../../../electron/desk/create-desk';
import { emptyArticleContent, type ArticleContent, type Language } from '../../../shared/article';
import type { AppInfo } from '../../../shared/desk-api';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';

export function temporaryDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'copydesk-drafts-'));
}

export function contentWith(fields: {
  headline?: string;
  paragraphs?: string[];
  tags?: string[];
  topics?: string[];
  language?: Language;
}): ArticleContent {
  return {
    ...emptyArticleContent(fields.language ?? 'zh-Hant'),
    headline: fields.headline ?? '',
    tags: fields.tags ?? [],
    topics: fields.topics ?? [],
    body: {
      type: 'doc',
      content: (fields.paragraphs ?? []).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-01T09:00:00.000Z'): { now: () => Date; advance: (ms: number) => void } {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms) => (time += ms) };
}

export const minute = 60 * 1000;
export const day = 24 * 60 * minute;

export const testAppInfo: AppInfo = { name: 'Copydesk', version: '0', mode: 'web', platform: 'linux' };

/** Calls a desk method through the contract, as the UI does, and unwraps its value; a failure throws its code and details. */
export async function deskValue<T>(desk: Desk, channel: string, request: unknown): Promise<T> {
  const result = await dispatchDeskCall(desk.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message} ${result.error.details?.join('; ') ?? ''}`.trim());
  return result.value as T;
}
