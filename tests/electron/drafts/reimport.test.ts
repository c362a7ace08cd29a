import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article';
import type { ImportResult, RevisionSummary } from '../../../shared/desk-api-drafts';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import { nodeText } from '../../../shared/diff/article-blocks';
import { styledDocx, wordStyles } from './docx-fixture';
import { contentWith, deskValue } from './draft-fixtures';
import { useTemporaryDesk } from './temporary-desk';

const firstVersion = styledDocx([{ text: 'Ferry fares', style: wordStyles.title }, { text: 'Fares rise.' }]);
const secondVersion = styledDocx([{ text: 'Ferry fares rise', style: wordStyles.title }, { text: 'Fares rise by 3.5%.' }]);
const base64 = (bytes: Buffer) => bytes.toString('base64');
const bodyText = (article: Article) => article.body.content.map(nodeText).join('\n');

describe('importing the same file again', () => {
  const desk = useTemporaryDesk();
  const call = <T>(channel: string, request: unknown) => deskValue<T>(desk.current, channel, request);
  const importFile = (fileName: string, bytes: Buffer, choice?: unknown) =>
    call<ImportResult>('drafts:import', { fileName, data: base64(bytes), ...(choice ? { choice } : {}) });
  const imported = async (fileName: string, bytes: Buffer, choice?: unknown) => {
    const result = await importFile(fileName, bytes, choice);
    if (result.outcome !== 'imported') throw new Error(`expected an import, got ${result.outcome}`);
    return result;
  };
  const draftCount = async () => (await call<unknown[]>('drafts:list', {})).length;

  it('asks instead of making a silent duplicate, whatever the file is called', async () => {
    const { article } = await imported('ferry.docx', firstVersion);
    const again = await importFile('ferry (1).docx', firstVersion);
    expect(again).toMatchObject({ outcome: 'seen-before', existing: { id: article.id, headline: 'Ferry fares' } });
    expect(await draftCount()).toBe(1);
    // A different file is simply imported.
    expect((await importFile('ferry-v2.docx', secondVersion)).outcome).toBe('imported');
    expect(await draftCount()).toBe(2);
  });

  it('imports it as a new draft when asked to, and asks about the newest next time', async () => {
    const { article: first } = await imported('ferry.docx', firstVersion);
    const { article: second } = await imported('ferry.docx', firstVersion, { kind: 'new' });
    expect(second.id).not.toBe(first.id);
    expect(await draftCount()).toBe(2);
    expect(await importFile('ferry.docx', firstVersion)).toMatchObject({ outcome: 'seen-before', existing: { id: second.id } });
  });

  it('replaces the draft it became, keeping the text it replaced in History and what was added on the desk', async () => {
    const { article } = await imported('ferry.docx', firstVersion);
    await call('drafts:save', { id: article.id, content: { ...contentWith({ headline: 'Ferry fares', paragraphs: ['Edited on the desk.'] }), tags: ['transport'], section: 'hong-kong' } });
    await imported('ferry.docx', firstVersion, { kind: 'replace', id: article.id });
    const replaced = await call<Article>('drafts:get', { id: article.id });
    expect(bodyText(replaced)).toBe('Fares rise.');
    expect(await draftCount()).toBe(1);
    // A Word file has no tags or section: those added on the desk stay.
    expect(replaced).toMatchObject({ tags: ['transport'], section: 'hong-kong' });
    const [, beforeImport] = await call<RevisionSummary[]>('drafts:history', { id: article.id });
    expect(beforeImport?.reason).toBe('before-import');
    // Undoable: restoring the revision before the import brings the desk's edits back.
    await call('drafts:restore', { id: article.id, revisionId: beforeImport?.id });
    expect(bodyText(await call<Article>('drafts:get', { id: article.id }))).toBe('Edited on the desk.');
  });

  it('refuses to replace a draft the file did not become, and asks no more once that draft is in the trash', async () => {
    const { article } = await imported('ferry.docx', firstVersion);
    const other = await call<Article>('drafts:create', {});
    const refused = await dispatchDeskCall(desk.current.handlers, 'drafts:import', { fileName: 'ferry.docx', data: base64(firstVersion), choice: { kind: 'replace', id: other.id } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(bodyText(await call<Article>('drafts:get', { id: other.id }))).toBe('');

    await call('drafts:trash', { id: article.id });
    expect((await importFile('ferry.docx', firstVersion)).outcome).toBe('imported');
  });

  it('remembers imports across a restart of the desk', async () => {
    await imported('ferry.docx', firstVersion);
    await desk.restart();
    expect((await importFile('ferry.docx', firstVersion)).outcome).toBe('seen-before');
  });
});
