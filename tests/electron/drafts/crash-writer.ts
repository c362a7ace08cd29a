/**
 * Child process of the crash test: opens the desk on a data folder and autosaves the given
 * drafts in turn, as fast as it can, printing "saved <id> <n>" after each save has returned.
 * The test kills it with SIGKILL at a random moment.
 */
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { DataFolderLock } from '../../../electron/desk/lock/data-folder-lock';
import { emptyArticleContent } from '../../../shared/article';

const [dataDir = '', start = '0', ...ids] = process.argv.slice(2);
// What createDesk does for drafts, without loading the rest of the desk: the previous run's lock
// is stale (it was killed) and must be taken over.
await new DataFolderLock(dataDir, 'web').acquire();
const store = new DraftStore(dataDir);
await store.open();
process.stdout.write('ready\n');
let counter = Number(start);
for (;;) {
  counter += 1;
  const id = ids[counter % ids.length] ?? '';
  const paragraph = `第${counter}次自動儲存 autosave number ${counter}. `.repeat(40);
  const content = { ...emptyArticleContent('zh-Hant'), headline: `v${counter}`, body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: paragraph }] }] } };
  await store.save(id, content);
  process.stdout.write(`saved ${id} ${counter}\n`);
}
