import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/i18n';
import { imageRefusalMessage } from '../../../renderer/media/image-refusal-message';

const megabyte = 1024 * 1024;
const tooLarge = { code: 'too_large' as const, message: 'This file is too large.' };

describe('image refusal messages', () => {
  it('name the file, its size and the limit in MB, in English', async () => {
    const i18n = await createI18n('en');
    const message = imageRefusalMessage(i18n.t, 'en', { name: 'harbour.jpg', size: 42.25 * megabyte }, tooLarge);
    expect(message).toBe('“harbour.jpg” was not added: it is 42.3 MB and images may be at most 30 MB. Export a smaller JPEG and try again.');
  });

  it('name the file, its size and the limit in MB, in Traditional Chinese', async () => {
    const i18n = await createI18n('zh-Hant');
    const message = imageRefusalMessage(i18n.t, 'zh-Hant', { name: '維港.jpg', size: 1536 * megabyte }, tooLarge);
    expect(message).toBe('未能加入「維港.jpg」：檔案大小為 1,536 MB，圖片上限為 30 MB。請匯出較小的 JPEG 檔後再試。');
  });

  it('a file within the byte limit but too large in pixels names the pixel limit', async () => {
    const i18n = await createI18n('en');
    const message = imageRefusalMessage(i18n.t, 'en', { name: 'panorama.jpg', size: 12 * megabyte }, tooLarge);
    expect(message).toBe('“panorama.jpg” was not added: images may have at most 80 megapixels. Resize it and try again.');
  });

  it('other refusals keep the desk\'s reason', async () => {
    const i18n = await createI18n('en');
    const message = imageRefusalMessage(i18n.t, 'en', { name: 'notes.txt', size: 10 }, { code: 'unsupported_media', message: 'Not an image.' });
    expect(message).toContain('“notes.txt” was not added');
  });
});
