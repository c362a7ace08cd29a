import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Article, DocNode } from '../../../shared/article';
import { dispatchDeskCall } from '../../../shared/desk-dispatch';
import { documentProblems } from '../../../shared/editor/validate-document';
import { testJpeg } from '../../server/helpers/test-images';
import { sampleDocx } from './docx-fixture';
import { contentWith, deskValue } from './draft-fixtures';
import { useTemporaryDesk } from './temporary-desk';

// A real PNG, as sharp writes it.
const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#4060a0' } }).png().toBuffer();

interface ImportResult {
  outcome: 'imported';
  article: Article;
  skippedImages: number;
}

/** A picture the desk took in: a WebP rendition in the data folder's media library, of the original's size. */
async function expectTakenIn(dataDir: string, src: string, width: number): Promise<void> {
  expect(src).toMatch(/^media\/m_[0-9A-Z]+\/[0-9a-z-]+\.webp$/);
  expect(await sharp(join(dataDir, src)).metadata()).toMatchObject({ format: 'webp', width });
  await access(join(dataDir, src, '..', 'media.json'));
}

describe('export and import', () => {
  const desk = useTemporaryDesk();
  const call = <T>(channel: string, request: unknown) => deskValue<T>(desk.current, channel, request);
  const importFile = (fileName: string, data: Buffer | string) => call<ImportResult>('drafts:import', { fileName, data: Buffer.from(data).toString('base64') });

  it('exports a draft with its images as one file and imports it back as a new draft', async () => {
    await mkdir(join(desk.dataDir, 'media', 'm_lead'), { recursive: true });
    await writeFile(join(desk.dataDir, 'media', 'm_lead', 'original.png'), png);
    const { id } = await call<{ id: string }>('drafts:create', {});
    const content = contentWith({ headline: '渡輪加價', paragraphs: ['天星小輪宣布加價。'], tags: ['交通'] });
    content.leadImage = { mediaId: 'm_lead', src: 'media/m_lead/original.png', caption: '天星小輪', credit: '(資料圖片)', alt: 'Star Ferry' };
    content.body.content.push({ type: 'figure', attrs: { mediaId: 'm_lead', src: 'media/m_lead/original.png', caption: 'Pier', credit: 'Staff', alt: 'Pier' } });
    await call('drafts:save', { id, content });

    const exported = await call<{ fileName: string; text: string }>('drafts:export', { id });
    expect(exported.fileName).toBe('渡輪加價.copydesk.json');
    // Self-contained: the image travels inside the file.
    await rm(join(desk.dataDir, 'media', 'm_lead'), { recursive: true });

    const { article: imported, skippedImages } = await importFile(exported.fileName, exported.text);
    expect(skippedImages).toBe(0);
    expect(imported.id).not.toBe(id);
    expect(imported).toMatchObject({ headline: '渡輪加價', tags: ['交通'], leadImage: { caption: '天星小輪', credit: '(資料圖片)' } });
    const leadSrc = imported.leadImage?.src ?? '';
    await expectTakenIn(desk.dataDir, leadSrc, 40);
    const figure = imported.body.content.find((node) => node.type === 'figure');
    expect(figure?.attrs).toMatchObject({ src: leadSrc, caption: 'Pier' });
    expect(JSON.stringify(imported.body)).toContain('天星小輪宣布加價。');
    expect(await call('drafts:history', { id: imported.id })).toHaveLength(1);
  });

  it('imports a .docx keeping headings, lists, bold, italic, links and images', async () => {
    const docx = sampleDocx(png);
    const { article, skippedImages } = await importFile('ferry.docx', docx);
    expect(skippedImages).toBe(0);
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
    await expectTakenIn(desk.dataDir, String(figure?.attrs?.src), 40);
  });

  it('imports the text of a .docx whose drawing the desk cannot take (EMF), and counts the image left out', async () => {
    // The start of an EMF record: what Word stores for a pasted chart or drawing.
    const emf = Buffer.from('0100000084000000000000000000000064000000640000000000000000000000', 'hex');
    const { article, skippedImages } = await importFile('chart.docx', sampleDocx(png, { extension: 'emf', contentType: 'image/x-emf', data: emf }));
    expect(skippedImages).toBe(1);
    expect(article.headline).toBe('渡輪加價');
    const figures = article.body.content.filter((node) => node.type === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.attrs).toMatchObject({ alt: 'A ferry at the pier' });
    expect(JSON.stringify(article.body)).not.toContain('A fare chart');
  });

  it('fills in the caption and credit of a .docx picture from its own IPTC data, as the photo picker does', async () => {
    const jpeg = await testJpeg({ width: 64, height: 48, iptc: { caption: '渡輪在中環碼頭泊岸。', credit: '（資料圖片）' } });
    const { article, skippedImages } = await importFile('captioned.docx', sampleDocx(png, { extension: 'jpeg', contentType: 'image/jpeg', data: jpeg }));
    expect(skippedImages).toBe(0);
    const figures = article.body.content.filter((node) => node.type === 'figure');
    expect(figures.map((node) => [node.attrs?.alt, node.attrs?.caption, node.attrs?.credit])).toEqual([
      ['A ferry at the pier', '', ''],
      ['A fare chart', '渡輪在中環碼頭泊岸。', '（資料圖片）'],
    ]);
    await expectTakenIn(desk.dataDir, String(figures[1]?.attrs?.src), 64);
  });

  it('leaves out of an export the figures whose image the desk refuses, keeping the rest', async () => {
    const { id } = await call<{ id: string }>('drafts:create', {});
    const content = contentWith({ headline: 'Two pictures', paragraphs: ['Text stays.'] });
    content.body.content.push(
      { type: 'figure', attrs: { mediaId: 'm_good', src: 'media/m_good/original.png', caption: 'Good', credit: 'Staff', alt: 'Good' } },
      { type: 'figure', attrs: { mediaId: 'm_bad', src: 'media/m_bad/original.png', caption: 'Bad', credit: 'Staff', alt: 'Bad' } },
    );
    await call('drafts:save', { id, content });
    const file = JSON.parse((await call<{ text: string }>('drafts:export', { id })).text);
    file.images = [
      { src: 'media/m_good/original.png', mimeType: 'image/png', data: png.toString('base64') },
      { src: 'media/m_bad/original.png', mimeType: 'image/png', data: Buffer.from('not an image at all').toString('base64') },
    ];
    const { article, skippedImages } = await importFile('two.copydesk.json', JSON.stringify(file));
    expect(skippedImages).toBe(1);
    const figures = article.body.content.filter((node) => node.type === 'figure');
    expect(figures.map((node) => node.attrs?.caption)).toEqual(['Good']);
    await expectTakenIn(desk.dataDir, String(figures[0]?.attrs?.src), 40);
    expect(JSON.stringify(article.body)).toContain('Text stays.');
  });

  it('refuses a file that is neither an export nor a Word document', async () => {
    const result = await dispatchDeskCall(desk.current.handlers, 'drafts:import', { fileName: 'notes.txt', data: Buffer.from('hello').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported_media' } });
    const broken = await dispatchDeskCall(desk.current.handlers, 'drafts:import', { fileName: 'x.docx', data: Buffer.from('PK not a zip').toString('base64') });
    expect(broken).toMatchObject({ ok: false, error: { code: 'unsupported_media' } });
  });
});
