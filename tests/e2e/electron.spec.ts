import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';

// Never `require('electron')` here: Electron 45's package would try to download its binary.
const binary = electronBinary();
const skipReason =
  'Electron binary not installed (Electron fetches it at first use; offline it cannot): the desktop flow is covered through web mode instead.';

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, skipReason);
  if (!binary) console.log(`SKIPPED Electron end-to-end test: ${skipReason}`);

  test('a new draft survives closing and reopening the app', async () => {
    const build = spawnSync('npx', ['tsx', 'scripts/build-electron.ts'], { stdio: 'inherit' });
    expect(build.status).toBe(0);
    const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
    const launch = () =>
      electron.launch({
        executablePath: binary ?? undefined,
        args: ['dist-electron/main.cjs'],
        env: { ...process.env, COPYDESK_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
      });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      await page.getByLabel('Interface language').selectOption('en');
      await page.getByRole('button', { name: 'New article' }).click();
      await page.getByLabel('Headline').fill('Typhoon signal No. 8 hoisted');
      await page.getByRole('textbox', { name: 'Article body' }).click();
      await page.keyboard.press('ControlOrMeta+b');
      await page.keyboard.type('Schools closed');
      await expect(page.getByRole('status')).toHaveText('Saved');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await page.getByRole('link', { name: 'Typhoon signal No. 8 hoisted' }).click();
      await expect(page.getByRole('textbox', { name: 'Article body' }).locator('strong')).toHaveText('Schools closed');
      await app.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
