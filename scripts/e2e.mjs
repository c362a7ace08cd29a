// `npm run test:e2e`: finds a Chromium, then runs Playwright against web mode.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const chromium = findChromium() ?? (await playwrightChromium());
if (!chromium) {
  console.error(
    [
      'End-to-end tests need Chromium, and none was found.',
      'Install one of these, then run `npm test` again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  or:            npx playwright install chromium',
      '  or point CHROMIUM_PATH at a Chrome/Chromium executable.',
    ].join('\n'),
  );
  process.exit(1);
}

const args = ['playwright', 'test', ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(result.status ?? 1);
