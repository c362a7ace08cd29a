import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs } from './tests/e2e/fixtures/chromium';

// scripts/e2e.mjs finds a Chromium and passes it in CHROMIUM_PATH (npx playwright install cannot
// download here, so the system's browser is used).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/fixtures/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    locale: 'en-US',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: chromiumLaunchArgs },
    trace: 'retain-on-failure',
  },
});
