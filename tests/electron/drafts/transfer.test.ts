import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../../electron/desk/create-desk';
import type { Article, DocNode } from '../../../shared/article';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import { documentProblems } from '../../../shared/editor/validate-document';
import { sampleDocx } from './docx-fixture';
import { contentWith, deskValue, temporaryDataDir, testAppInfo } from './draft-fixtures';

// A real 1×1 PNG.
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5f0000000049454e44ae426082',
  'hex',
);

describe('export and import', () => {
  let dataDir: string;
  let desk: Desk;
  const call = <T>(channel: string, request: unknown) => deskValue<T>(desk, channel, request);

  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    desk = await createDesk({ dataDir, appInfo: testAppInfo });
  });

  afterEach(async () => {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exports a draft with its images as one file and imports it back as a new draft', async () => {
    await mkdir(join(dataDir, 'media', 'm_lead'), { recursive: true });
    await writeFile(join(dataDir, 'media', 'm_lead', 'original.png'), png);
    const { id } = await call<{ id: string }>('drafts:create', {});
    const content = contentWith({ headline: '渡輪加價', paragraphs: ['天星小輪宣布加價。'], tags: ['交通'] });
    content.leadImage = { mediaId: 'm_lead', src: 'media/m_lead/original.png', caption: '天星小輪', credit: '(資料圖片)', alt: 'Star Ferry' };
    content.body.content.push({ type: 'figure', attrs: { mediaId: 'm_lead', src: 'media/m_lead/original.png', caption: 'Pier', credit: 'Staff', alt: 'Pier' } });
    await call('drafts:save', { id, content });

    const exported = await call<{ fileName: string; text: string }>('drafts:export', { id });
    expect(exported.fileName).toBe('渡輪加價.copydesk.json');
    // Self-contained: the image travels inside the file.
    await rm(join(dataDir, 'media', 'm_lead'), { recursive: true });

    const imported = await call<Article>('drafts:import', { fileName: exported.fileName, data: Buffer.from(exported.text).toString('base64') });
    expect(imported.id).not.toBe(id);
    expect(imported).toMatchObject({ headline: '渡輪加價', tags: ['交通'], leadImage: { caption: '天星小輪', credit: '(資料圖片)' } });
    const leadSrc = imported.leadImage?.src ?? '';
    expect(await readFile(join(dataDir, leadSrc))).toEqual(png);
    const figure = imported.body.content.find((node) => node.type === 'figure');
    expect(figure?.attrs).toMatchObject({ src: leadSrc, caption: 'Pier' });
    expect(JSON.stringify(imported.body)).toContain('天星小輪宣布加價。');
    expect(await call('drafts:history', { id: imported.id })).toHaveLength(1);
  });

  it('imports a .docx keeping headings, lists, bold, italic, links and images', async () => {
    const docx = sampleDocx(png);
    const article = await call<Article>('drafts:import', { fileName: 'ferry.docx', data: docx.toString('base64') });
    expect(article.headline).toBe('渡輪加價');
    expect(documentProblems(article.body)).toEqual([]);
    const [lead, heading, bullets, numbers, link, figure] = article.body.content;
    const texts = (node: DocNode | undefined) => JSON.stringify(node);
    expect(lead?.content).toEqual([
      { type: 'text', text: 'Fares rise by ' },
      { type: 'text', text: '3.5%', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' from ' },
      { type: 'text', text: 'January', marks: [{ type: 'italic' }] },
      { type: 'text', text: '.' },
    ]);
    expect(heading).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(bullets?.type).toBe('bulletList');
    expect(bullets?.content).toHaveLength(2);
    expect(texts(bullets)).toContain('Staff wages');
    expect(numbers?.type).toBe('orderedList');
    expect(link?.content?.[0]).toMatchObject({ text: 'Transport Department', marks: [{ type: 'link', attrs: { href: 'https://www.td.gov.hk/' } }] });
    expect(figure).toMatchObject({ type: 'figure', attrs: { alt: 'A ferry at the pier' } });
    const src = String(figure?.attrs?.src);
    expect(await readFile(join(dataDir, src))).toEqual(png);
  });

  it('refuses a file that is neither an export nor a Word document', async () => {
    const result = await dispatchDeskCall(desk.handlers, 'drafts:import', { fileName: 'notes.txt', data: Buffer.from('hello').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported_media' } });
    const broken = await dispatchDeskCall(desk.handlers, 'drafts:import', { fileName: 'x.docx', data: Buffer.from('PK not a zip').toString('base64') });
    expect(broken).toMatchObject({ ok: false, error: { code: 'unsupported_media' } });
  });
});
