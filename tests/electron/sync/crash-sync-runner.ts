/**
 * Child process of the sync crash test: opens the drafts and the sync engine on a data folder,
 * lets the outbox send what is queued to a real newsroom server, and prints "done" once every
 * draft is sent and its sync record has caught up. The test SIGKILLs it at random moments.
 */
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { SyncService } from '../../../electron/desk/sync/sync-service';
import { httpTestTransport, testConnection } from '../outbox/http-test-transport';

const [dir = '', baseUrl = '', token = ''] = process.argv.slice(2);
const drafts = new DraftStore(dir);
await drafts.open();
const connection = testConnection(httpTestTransport(baseUrl, token));
const sync = new SyncService({ dataDir: dir, drafts, connection, pullEveryMs: 3_600_000, retry: { baseDelayMs: 20, maxDelayMs: 200 } });
await sync.open();
process.stdout.write('ready\n');
sync.start();
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 10));
  const states = Object.values(await sync.engine.list());
  const stopped = states.find((state) => state.state === 'stopped' || state.state === 'conflict');
  if (stopped) {
    process.stdout.write(`stopped ${JSON.stringify(stopped)}\n`);
    process.exit(2);
  }
  const caughtUp = sync.engine.records.all().every((record) => record.pending.length === 0);
  if (states.length > 0 && caughtUp && states.every((state) => state.state === 'sent')) break;
}
await sync.close();
await drafts.close();
process.stdout.write('done\n');
process.exit(0);
