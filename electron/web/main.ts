/**
 * `npm run web`: the same UI in a browser. Serves the built renderer and the DeskApi on
 * 127.0.0.1 and prints one line with the URL to open (it carries this run's access token).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeskError } from '../../shared/result';
import { createDesk } from '../desk/create-desk';
import { reindexInChildProcess } from '../desk/search/reindex-process';
import { connectNewsroomServer } from './embedded-server';
import { buildWebServer } from './web-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 5170;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`COPYDESK_WEB_PORT must be a port number (0–65535), not "${value}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = readPort(process.env.COPYDESK_WEB_PORT);
  const dataDir = resolve(process.env.COPYDESK_DATA_DIR ?? '.copydesk-data');
  const rendererDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built yet. Run `npm run web` (it builds first) or `npm run build:renderer`.');
  }
  const version = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  // Learnt once the newsroom server is up (after the desk has taken its data folder).
  const newsroomAddress: { url?: string } = {};
  const desk = await createDesk({
    dataDir,
    newsroomUrl: () => newsroomAddress.url,
    appInfo: { name: 'Copydesk', version, mode: 'web', platform: process.platform },
    // A lost search snapshot is rebuilt in a helper process, run from source like this one.
    drafts: { index: { reindex: reindexInChildProcess(join(root, 'electron', 'desk', 'search', 'reindex-worker.ts'), { execArgv: ['--import', 'tsx'] }) } },
  });
  const token = randomBytes(32).toString('base64url');
  const server = await buildWebServer({
    handlers: desk.handlers,
    token,
    rendererDir,
    dataDir,
    newsroomMedia: desk.newsroomMedia,
    log: (message, error) => console.error(message, error instanceof Error ? error.message : error),
  });
  const newsroom = await connectNewsroomServer(process.env, dataDir, version);
  newsroomAddress.url = newsroom.url;
  await server.listen({ host: '127.0.0.1', port });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const newsroomNote = newsroom.embedded ? `local newsroom server at ${newsroom.url}` : `newsroom server ${newsroom.url}`;
  console.log(`Copydesk web mode is ready: open http://127.0.0.1:${actualPort}/?token=${token}  (${newsroomNote})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A connection the browser keeps open mid-request (a tab closed during a keepalive save)
    // would hold close() forever: cut the connections still open after 3 s, and give up after
    // 20 s. Every draft write is atomic (temp file + rename), so even that exit loses nothing saved.
    const cut = setTimeout(() => server.server.closeAllConnections(), 3_000);
    const deadline = setTimeout(() => {
      console.error(`Copydesk web mode did not stop within 20 s of ${signal}; exiting now (every saved draft is on disk).`);
      process.exit(1);
    }, 20_000);
    cut.unref();
    deadline.unref();
    await server.close();
    await newsroom.close();
    await desk.close();
    console.log(`Copydesk web mode stopped (${signal}); every draft was saved.`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof DeskError || error instanceof Error) console.error(`Copydesk web mode could not start: ${error.message}`);
  else console.error('Copydesk web mode could not start.');
  process.exit(1);
});
