import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServerApp } from '../app';
import { migrateToLatest } from '../db/migrate-to-latest';
import { openDatabase } from '../db/open-database';
import { ServerError } from '../http/server-error';
import { localMediaStorage } from '../media/local-media-storage';
import { nginxConfig } from '../public-site/nginx/nginx-config';
import { publicSiteConfigFromEnv } from '../public-site/public-site-config';
import { checkStaticRoot, folderStaticStorage } from '../public-site/static/folder-static-storage';
import { jsonLinesPurgeLog } from '../public-site/static/purge-hooks';
import { injectedSiteSource } from '../public-site/static/site-source';
import { staticExporter } from '../public-site/static/static-exporter';
import type { ExportOutcome } from '../public-site/static/write-exported';
import type { CliIo } from './run-user-command';
import type { ServerSettings } from './server-settings';

export const siteCommands = ['export-site', 'nginx-config'] as const;
export type SiteCommand = (typeof siteCommands)[number];

function staticRoot(settings: ServerSettings, flag: string | undefined): string {
  if (flag) return resolve(flag);
  if (settings.staticExport) return settings.staticExport.root;
  throw new ServerError(400, 'bad_request', 'Set COPYDESK_STATIC_ROOT (the folder nginx serves) or give --root.');
}

/** Files per top folder (articles, tags, media, _gone …), so the operator sees what was rebuilt. */
function countsByFolder(paths: string[]): string {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const folder = path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : '(top level)';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([folder, count]) => `${folder} ${count}`).join(', ');
}

function exportReport(root: string, outcome: ExportOutcome, recovered: number, seconds: number): string[] {
  const files = new Set(outcome.present);
  return [
    `exported the public site to ${root} in ${seconds.toFixed(1)} s`,
    `${files.size} files: ${outcome.written.length} written, ${files.size - new Set(outcome.written).size} already up to date, ${outcome.removed.length} removed`,
    ...(files.size > 0 ? [`by folder: ${countsByFolder([...files])}`] : []),
    ...(recovered > 0 ? [`${recovered} queued export(s) left by a stopped server finished first`] : []),
  ];
}

/** `export-site`: the recovery and first-run path — the whole static root rebuilt from the database. */
async function exportSite(settings: ServerSettings, root: string, io: CliIo): Promise<void> {
  checkStaticRoot(root);
  const opened = openDatabase({ ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}), sqliteFile: join(settings.dataDir, 'newsroom.sqlite') });
  const config = publicSiteConfigFromEnv();
  const app = await buildServerApp({ db: opened.db, media: localMediaStorage(join(settings.dataDir, 'media')), logger: false });
  try {
    await migrateToLatest(opened.db, { info: () => {} });
    const exporter = staticExporter({
      db: opened.db,
      config,
      storage: folderStaticStorage(root),
      purge: jsonLinesPurgeLog(settings.staticExport?.purgeLog ?? join(settings.dataDir, 'static-purge.jsonl')),
      source: () => injectedSiteSource(app),
      log: { error: (details, message) => io.out(`${message}: ${String(details.err)}`) },
    });
    const started = performance.now();
    // Queued rows would rewrite the same files; finishing them also sends their purge lists.
    const recovered = await exporter.recover();
    const outcome = await exporter.exportSite();
    for (const line of exportReport(root, outcome, recovered, (performance.now() - started) / 1000)) io.out(line);
  } finally {
    await app.close();
    await opened.db.destroy();
  }
}

function listenAddress(value: string | undefined): { host: string; port: number } {
  const text = value ?? '127.0.0.1:8080';
  const match = /^(?:(.+):)?(\d+)$/u.exec(text);
  const port = Number(match?.[2]);
  if (!match || !Number.isInteger(port) || port < 1 || port > 65535) throw new ServerError(400, 'bad_request', `--listen must be a port or host:port, e.g. 8080 or 0.0.0.0:80, not "${text}".`);
  return { host: (match[1] ?? '127.0.0.1').replace(/^\[(.*)\]$/u, '$1'), port };
}

/** Operator commands of the static public site: export-site, nginx-config. */
export async function runSiteCommand(command: SiteCommand, args: string[], settings: ServerSettings, io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      root: { type: 'string' },
      listen: { type: 'string' },
      upstream: { type: 'string' },
      prefix: { type: 'string' },
      out: { type: 'string' },
      brotli: { type: 'boolean' },
    },
    strict: true,
  });
  const root = staticRoot(settings, values.root);
  if (command === 'export-site') {
    await exportSite(settings, root, io);
    return;
  }
  const listen = listenAddress(values.listen);
  const prefix = resolve(values.prefix ?? join(settings.dataDir, 'nginx'));
  const text = nginxConfig({
    root,
    prefix,
    listenHost: listen.host,
    listenPort: listen.port,
    upstream: values.upstream ?? `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${settings.port}`,
    ...(values.brotli ? { brotli: true } : {}),
  });
  if (values.out === undefined) {
    io.out(text);
    return;
  }
  const file = resolve(values.out);
  await mkdir(prefix, { recursive: true });
  await writeFile(file, text);
  io.out(`wrote ${file}; start it with: nginx -p ${prefix} -c ${file} -e ${join(prefix, 'error.log')} -g 'daemon off;'`);
}
