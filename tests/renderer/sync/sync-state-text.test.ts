import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/i18n';
import { safePublicUrl, syncStateText } from '../../../renderer/sync/sync-state-text';
import type { SyncState } from '../../../shared/desk-api-sync';

const states: [SyncState, string, string][] = [
  [{ state: 'local_only' }, 'Only on this computer', '只在這部電腦上'],
  [{ state: 'waiting', next: 'create', pending: 2, reason: 'offline', retryAt: null, lastError: 'x' }, 'Waiting to send (the article): the newsroom cannot be reached', '等待送出（稿件）：無法連接編輯部'],
  [{ state: 'waiting', next: 'upload', pending: 3, reason: 'signed_out', retryAt: null, lastError: null }, 'Waiting to send (images): sign in to the newsroom', '等待送出（圖片）：請登入編輯部'],
  [{ state: 'sending', next: 'transition', pending: 1, progress: null }, 'Sending (the workflow step)…', '正在送出（流程步驟）…'],
  [{ state: 'stopped', message: 'Headline too long.', status: 400 }, 'The newsroom refused it: Headline too long.', '編輯部拒絕了：Headline too long.'],
  [{ state: 'sent', serverId: 's1', revision: 4 }, 'Sent, at revision 4', '已送出，修訂版 4'],
  [{ state: 'changed_on_server', serverId: 's1', revision: 4, serverRevision: 6 }, 'Changed on the newsroom since (revision 6)', '編輯部其後有修改（修訂版 6）'],
  [{ state: 'conflict', serverId: 's1', revision: 4, serverRevision: 6, conflicts: 2 }, 'Changed here and on the newsroom: 2 to settle', '這裡和編輯部都有修改：有 2 處待處理'],
  [{ state: 'returned', serverId: 's1', revision: 5, note: 'Add a quote' }, 'Returned by the editor: “Add a quote”', '編輯已退回：「Add a quote」'],
  [{ state: 'returned', serverId: 's1', revision: 5, note: null }, 'Returned by the editor', '編輯已退回'],
  [{ state: 'approved', serverId: 's1', revision: 5 }, 'Approved', '已批核'],
  [{ state: 'published', serverId: 's1', revision: 5, publicUrl: 'https://news.example.hk/a' }, 'Published', '已發佈'],
];

describe('each sync state is one sentence in either language', () => {
  it.each(states)('%j', async (state, english, chinese) => {
    const en = await createI18n('en');
    const zh = await createI18n('zh-Hant');
    expect(syncStateText(en.getFixedT('en', 'sync'), state, 'en')).toBe(english);
    expect(syncStateText(zh.getFixedT('zh-Hant', 'sync'), state, 'zh-Hant')).toBe(chinese);
  });

  it('a scheduled time is Hong Kong time, named, whatever the computer’s zone', async () => {
    const en = await createI18n('en');
    const text = syncStateText(en.getFixedT('en', 'sync'), { state: 'scheduled', serverId: 's1', revision: 5, publishAt: '2026-12-24T01:30:00.000Z' }, 'en');
    expect(text).toMatch(/^Scheduled for Dec 24, 2026, 9:30\sAM GMT\+8$/);
  });

  it('a retry time is shown, and a public link opens only when it is http(s)', async () => {
    const en = await createI18n('en');
    expect(syncStateText(en.getFixedT('en', 'sync'), { state: 'waiting', next: 'update', pending: 1, reason: 'retrying', retryAt: '2026-12-02T10:00:00.000Z', lastError: '503' }, 'en')).toMatch(/^Waiting to send \(the changes\): trying again at \d/);
    expect(safePublicUrl('https://news.example.hk/a?b=1')).toBe('https://news.example.hk/a?b=1');
    expect(safePublicUrl('javascript:alert(1)')).toBeNull();
    expect(safePublicUrl('not a url')).toBeNull();
    expect(safePublicUrl(null)).toBeNull();
  });
});
