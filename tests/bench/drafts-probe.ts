/**
 * One desk process for the drafts benchmark: started fresh on a data folder, it reports (as one
 * JSON line) the time from process start to the first page of the drafts list, then search and
 * save timings and its peak memory. Run by drafts.bench.ts, not on its own.
 */
import { performance } from 'node:perf_hooks';
import { createDesk } from '../../electron/desk/create-desk';
import type { ArticleContent } from '../../shared/article';
import { contentOf } from '../../electron/desk/transfer/draft-transfer';
import { seededRandom } from './drafts-corpus';

const [dataDir = '', searchRounds = '0', savesWanted = 'saves'] = process.argv.slice(2);

async function main(): Promise<void> {
  const openStart = performance.now();
  const desk = await createDesk({ dataDir, appInfo: { name: 'Copydesk', version: 'bench', mode: 'web', platform: process.platform } });
  const firstPage = await desk.handlers['drafts:search']({ query: '', scope: 'content', sort: 'newest', offset: 0, limit: 50 });
  const firstPageMs = performance.now();
  const openToFirstPageMs = firstPageMs - openStart;
  if (firstPage.hits.length === 0) throw new Error('the first page is empty');

  const indexStart = performance.now();
  await desk.drafts.catalog.indexReady;
  const indexMs = performance.now() - indexStart;

  const random = seededRandom(7);
  const chineseQueries = ['香港', '渡輪', '政府', '票價', '加價', '房屋', '醫院', '天文台', '港', '價', '運輸署', '大灣區', '颱風', '法院', '樓價'];
  const englishQueries = ['ferry', 'Harbour', 'fares rise', 'government', 'typhoon', 'hospital', 'court', 'subsidy', 'investors', 'Housing'];
  async function timeSearches(queries: string[]): Promise<number[]> {
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
const chineseSearch = await timeSearches(chineseQueries);
const englishSearch = await timeSearches(englishQueries);

// Autosaves of the ten oldest drafts (the same ten in the 10- and 10,000-draft folders): each is
// saved once untimed (its first save of a session keeps a revision), then typed into 20 times.
const oldest = desk.drafts.list().slice(-10);
const saves: number[] = [];
for (const summary of oldest) {
  let content: ArticleContent = contentOf(await desk.drafts.get(summary.id));
  await desk.handlers['drafts:save']({ id: summary.id, content });
  for (let keystroke = 0; keystroke < 20; keystroke += 1) {
    const body = content.body.content.map((node, index) =>
      index === content.body.content.length - 1 ? { ...node, content: [{ type: 'text', text: `${node.content?.[0]?.text ?? ''}字` }] } : node,
    );
    content = { ...content, body: { type: 'doc', content: body } };
    const start = performance.now();
    await desk.handlers['drafts:save']({ id: summary.id, content });
    saves.push(performance.now() - start);
  }
}

await desk.close();
process.stdout.write(
  `${JSON.stringify({ firstPageMs, openToFirstPageMs, indexMs, chineseSearch, englishSearch, saves, peakRssMb: process.resourceUsage().maxRSS / 1024, drafts: desk.drafts.list().length })}\n`,
);
}

void main();
