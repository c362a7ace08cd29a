import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SectionCatalog } from '../../../electron/desk/sections/section-catalog';
import { defaultSections } from '../../../shared/sections/default-sections';

const newsroom = [
  { slug: 'hong-kong', names: { en: 'Hong Kong', 'zh-Hant': '港聞' }, position: 0 },
  { slug: 'property', names: { en: 'Property', 'zh-Hant': '地產' }, position: 1 },
];

let dataDir: string;
let requested: string[];
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-sections-'));
  requested = [];
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function answering(body: unknown, status = 200): typeof fetch {
  return async (input) => {
    requested.push(String(input));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}
const offline: typeof fetch = async () => {
  throw new TypeError('fetch failed');
};

describe('the desk\'s section list', () => {
  it('asks the newsroom server and keeps its answer in the data folder', async () => {
    const catalog = new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: answering({ items: newsroom }) });
    expect(await catalog.list()).toEqual({ sections: newsroom, source: 'server' });
    expect(requested).toEqual(['http://127.0.0.1:4310/api/sections']);
    expect(JSON.parse(readFileSync(join(dataDir, 'sections.json'), 'utf8')).sections).toEqual(newsroom);
  });

  it('offline, uses the list kept from the last answer', async () => {
    await new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: answering({ items: newsroom }) }).list();
    const catalog = new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: offline });
    expect(await catalog.list()).toEqual({ sections: newsroom, source: 'cache' });
  });

  it('falls back to the default list with no server, no cache, or a damaged cache', async () => {
    expect(await new SectionCatalog(dataDir, { serverUrl: () => undefined }).list()).toEqual({ sections: [...defaultSections], source: 'default' });
    writeFileSync(join(dataDir, 'sections.json'), '{"sections": [{"slug": "Not A Slug"}]');
    expect(await new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: offline }).list()).toEqual({ sections: [...defaultSections], source: 'default' });
  });

  it('does not trust a server answer that does not fit the contract, or an error status', async () => {
    await new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: answering({ items: newsroom }) }).list();
    const wrongShape = new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: answering({ items: [{ slug: 'x' }] }) });
    expect((await wrongShape.list()).source).toBe('cache');
    const failing = new SectionCatalog(dataDir, { serverUrl: () => 'http://127.0.0.1:4310/', fetch: answering({ error: {} }, 503) });
    expect(await failing.list()).toEqual({ sections: newsroom, source: 'cache' });
  });
});
