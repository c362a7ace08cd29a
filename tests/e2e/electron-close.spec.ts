import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const skipReason =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline install): the close flow is covered by tests/electron/main/close-flow.test.ts and, for the page, through web mode.';

test.describe('desktop app (Electron): closing right after typing', () => {
  test.skip(!binary, skipReason);
  if (!binary) console.log(`SKIPPED Electron close test: ${skipReason}`);

  test('quitting the moment typing stops keeps every character, and the app does quit', async () => {
    const build = spawnSync('npx', ['tsx', 'scripts/build-electron.ts'], { stdio: 'inherit' });
    expect(build.status).toBe(0);
    const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-electron-close-'));
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
      await page.getByLabel('Headline').fill('Last words before quitting');
      await page.getByRole('textbox', { name: 'Article body' }).click();
      const typed = '最後一句 typed just before quitting.';
      await page.keyboard.type(typed);
      // No wait for "Saved": the body editor and autosave still hold the text back.
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await page.getByRole('link', { name: 'Last words before quitting' }).click();
      await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText(typed);
      await app.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
