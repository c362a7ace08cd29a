import sharp from 'sharp';
import { sampleDocx } from '../electron/drafts/docx-fixture';
import { expect, openApp, test } from './fixtures/web-mode';

test('a Word file imports as a new draft, and a drawing the desk cannot take is left out and said', async ({ page, webMode }) => {
  await openApp(page, webMode);
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#4060a0' } }).png().toBuffer();
  const emf = Buffer.from('0100000084000000000000000000000064000000640000000000000000000000', 'hex');
  const docx = sampleDocx(png, { extension: 'emf', contentType: 'image/x-emf', data: emf });

  await page.getByLabel('Import a draft (.docx or Copydesk export)').setInputFiles({ name: 'ferry.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
  await expect(page.getByText('Imported “渡輪加價” as a new draft. 1 image was left out: only JPEG, PNG, WebP and GIF images up to 30 MB can be imported.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('drafts-after-import.png') });

  await page.getByRole('link', { name: '渡輪加價' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Fares rise by 3.5% from January.');
  await expect(body.getByRole('img', { name: 'A ferry at the pier' })).toBeVisible();
  await expect(body.getByRole('img', { name: 'A fare chart' })).toHaveCount(0);

  // Not a draft file at all: one clear sentence, nothing created.
  await page.getByRole('button', { name: /Back to drafts/ }).click();
  await page.getByLabel('Import a draft (.docx or Copydesk export)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('This file type is not supported.');
  await expect(page.getByRole('link', { name: /./ }).filter({ hasText: '渡輪加價' })).toHaveCount(1);
});
