/**
 * One desk process for the drafts benchmark: started fresh on a data folder, it reports (as one
 * JSON line) the time from process start to the first page of the drafts list, then search and
 * save timings and its peak memory. Run by drafts.bench.ts, not on its own.
 */
import { performance } from 'node:perf_hooks';
import { createDesk, type Desk } from '../../electron/desk/create-desk';
import type { ArticleContent } from '../../shared/article';
import { reindexInChildProcess } from '../../electron/desk/search/reindex-process';
import { contentOf } from '../../electron/desk/transfer/draft-transfer';
import { seededRandom } from './drafts-corpus';

const [dataDir = '', searchRounds = '0', savesWanted = 'saves', reindexWorker = ''] = process.argv.slice(2);
const chineseQueries = ['香港', '渡輪', '政府', '票價', '加價', '房屋', '醫院', '天文台', '港', '價', '運輸署', '大灣區', '颱風', '法院', '樓價'];
const englishQueries = ['ferry', 'Harbour', 'fares rise', 'government', 'typhoon', 'hospital', 'court', 'subsidy', 'investors', 'Housing'];

async function timeSearches(desk: Desk, queries: string[], seed: number): Promise<number[]> {
  const random = seededRandom(seed);
  const samples: number[] = [];
  for (let round = 0; round < Number(searchRounds); round += 1) {
    const query = random.pick(queries);
    const scope = random.pick(['content', 'content', 'title', 'keyword'] as const);
    const sort = random.pick(['newest', 'oldest', 'relevance'] as const);
    const start = performance.now();
    await desk.handlers['drafts:search']({ query, scope, sort, offset: 0, limit: 20 });
    samples.push(performance.now() - start);
  }
  return samples;
}

// Autosaves of the ten oldest drafts (the same ten in the 10- and 10,000-draft folders): each is
// saved once untimed (its first save of a session keeps a revision), then typed into 20 times.
async function timeSaves(desk: Desk): Promise<number[]> {
  const samples: number[] = [];
  for (const summary of desk.drafts.list().slice(-10)) {
    let content: ArticleContent = contentOf(await desk.drafts.get(summary.id));
    await desk.handlers['drafts:save']({ id: summary.id, content });
    for (let keystroke = 0; keystroke < 20; keystroke += 1) {
      const last = content.body.content.length - 1;
      const body = content.body.content.map((node, index) => (index === last ? { ...node, content: [{ type: 'text', text: `${node.content?.[0]?.text ?? ''}字` }] } : node));
      content = { ...content, body: { type: 'doc', content: body } };
      const start = performance.now();
      await desk.handlers['drafts:save']({ id: summary.id, content });
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const openStart = performance.now();
  const desk = await createDesk({
    dataDir,
    appInfo: { name: 'Copydesk', version: 'bench', mode: 'web', platform: process.platform },
    // As the app does: a start without snapshot rebuilds it in the helper process.
    drafts: { index: { reindex: reindexInChildProcess(reindexWorker) } },
  });
  const firstPage = await desk.handlers['drafts:search']({ query: '', scope: 'content', sort: 'newest', offset: 0, limit: 50 });
  const firstPageMs = performance.now();
  const openToFirstPageMs = firstPageMs - openStart;
  if (firstPage.hits.length === 0) throw new Error('the first page is empty');

  const indexStart = performance.now();
  await desk.drafts.catalog.indexReady;
  const indexMs = performance.now() - indexStart;

  const chineseSearch = await timeSearches(desk, chineseQueries, 7);
  const englishSearch = await timeSearches(desk, englishQueries, 8);
  const saves = savesWanted === 'saves' ? await timeSaves(desk) : [];
  const drafts = desk.drafts.list().length;
  await desk.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const reindexPeakRssMb = desk.drafts.catalog.lastReindex?.peakRssMb ?? 0;
  process.stdout.write(`${JSON.stringify({ firstPageMs, openToFirstPageMs, indexMs, chineseSearch, englishSearch, saves, peakRssMb, reindexPeakRssMb, drafts })}\n`);
}

void main();
