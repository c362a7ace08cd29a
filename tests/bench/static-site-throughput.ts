/**
 * The article page three ways, in one run, alternating: nginx from the exported static root
 * (the generated config), nginx serving a plain file of the same bytes (a minimal config: the
 * static host the issue compares with), and the Node server. The load client is wrk when
 * installed, else autocannon (load-client.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findNginx, runNginx, startNginx } from '../../server/public-site/nginx/start-nginx';
import type { BenchRow } from './table';
import { percentile } from './table';
import { freePort } from '../helpers/free-port';
import { loadClient } from './load-client';
import { nginxWorkerCpu, pinNginxWorker } from './nginx-worker-cpu';
import type { LoadClient, LoadResult } from './load-client';

const roundSeconds = 3;
// Every order of the three once, so none of them always follows the Node server (whose garbage
// collection after a load round spills into the next) or another's round.
// Each order twice: on this shared machine one paired ratio moves ±0.1 between rounds, and
// the median of six moved 0.85–0.95 between runs.
const permutations = [['plain', 'site', 'node'], ['plain', 'node', 'site'], ['site', 'plain', 'node'], ['site', 'node', 'plain'], ['node', 'plain', 'site'], ['node', 'site', 'plain']] as const;
const orders = [...permutations, ...permutations];
const rounds = orders.length;
const gzipRounds = 6;
const settleMs = 1000;
const connections = 20;


/**
 * The baseline: one file, no headers of ours, and the same worker count, logging and file
 * cache as the real config (without open_file_cache the bare file lost to the real config,
 * which would credit the config with a cache any static host can turn on).
 */
function plainConfig(prefix: string, folder: string, port: number): string {
  return [
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${prefix}/${name}_temp;`),
    `    access_log ${prefix}/access.log combined buffer=64k flush=1s;`,
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_requests 10000;',
    '    open_file_cache max=20000 inactive=60s;',
    '    open_file_cache_valid 1s;',
    '    open_file_cache_min_uses 1;',
    '    open_file_cache_errors on;',
    '    types { text/html html; }',
    '    server {',
    `        listen 127.0.0.1:${port};`,
    `        root ${folder};`,
    // The gzip baseline: the same file with its precompressed copy beside it, still no headers of ours.
    '        location = /zipped/page.html { gzip_static on; }',
    '    }',
    '}',
    '',
  ].join('\n');
}

/** One load round, after a pause that lets the last one's after-effects settle. */
async function loadRound(client: LoadClient, url: string, headers: Record<string, string> = {}): Promise<LoadResult> {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return client.round(url, { connections, seconds: roundSeconds, headers });
}

export interface ThroughputSetup {
  dir: string;
  staticRoot: string;
  nodeUrl: string;
  slug: string;
}

export async function pageThroughput(setup: ThroughputSetup): Promise<BenchRow[]> {
  const binary = findNginx();
  if (binary === null) {
    console.log('nginx is not installed (apt-get install nginx): the nginx rows are skipped.');
    return [];
  }
  const bytes = readFileSync(join(setup.staticRoot, 'articles', `${setup.slug}.html`));
  const plainFolder = join(setup.dir, 'plain');
  mkdirSync(plainFolder, { recursive: true });
  writeFileSync(join(plainFolder, 'page.html'), bytes);
  mkdirSync(join(plainFolder, 'zipped'), { recursive: true });
  writeFileSync(join(plainFolder, 'zipped', 'page.html'), bytes);
  writeFileSync(join(plainFolder, 'zipped', 'page.html.gz'), gzipSync(bytes, { level: 9 }));
  const plainPort = await freePort();
  const plain = await runNginx(binary, { prefix: join(setup.dir, 'nginx-plain'), configText: plainConfig(join(setup.dir, 'nginx-plain'), plainFolder, plainPort), listenHost: '127.0.0.1', listenPort: plainPort });
  const site = await startNginx(binary, { root: setup.staticRoot, prefix: join(setup.dir, 'nginx-site'), listenHost: '127.0.0.1', listenPort: await freePort(), upstream: setup.nodeUrl, workerProcesses: 1 });
  try {
    const targets = {
      plain: `${plain.url}/page.html`,
      site: `${site.url}/articles/${setup.slug}`,
      node: `${setup.nodeUrl}/articles/${setup.slug}`,
    };
    for (const [name, url] of Object.entries(targets)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      if (!body.equals(bytes)) throw new Error(`${name} does not serve the same bytes as the exported file.`);
    }
    for (const url of [targets.site, `${plain.url}/zipped/page.html`]) {
      const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      if (zipped.headers.get('content-encoding') !== 'gzip' || !Buffer.from(await zipped.arrayBuffer()).equals(bytes)) throw new Error(`${url} does not answer gzip with the page's bytes.`);
    }
    const client = loadClient();
    console.log(`load client: ${client.name}, ${connections} connections, ${roundSeconds} s rounds`);
    for (const url of Object.values(targets)) await loadRound(client, url); // warm-up, not counted
    const samples = { plain: [] as number[], site: [] as number[], node: [] as number[], gzip: [] as number[], plainGzip: [] as number[] };
    pinNginxWorker(join(setup.dir, 'nginx-plain'));
    pinNginxWorker(join(setup.dir, 'nginx-site'));
    const cpuOf = { plain: nginxWorkerCpu(join(setup.dir, 'nginx-plain')), site: nginxWorkerCpu(join(setup.dir, 'nginx-site')) };
    const cpuRatios: number[] = [];
    const microsPerRequest = { plain: [] as number[], site: [] as number[] };
    const siteRatios: number[] = [];
    const nodeRatios: number[] = [];
    let failures = 0;
    for (const order of orders) {
      const measured: Partial<Record<keyof typeof targets, number>> = {};
      const cpu: Partial<Record<'plain' | 'site', number>> = {};
      for (const name of order) {
        const worker = name === 'node' ? null : cpuOf[name];
        const cpuBefore = worker?.() ?? 0;
        const result = await loadRound(client, targets[name]);
        if (worker && name !== 'node') {
          cpu[name] = ((worker() - cpuBefore) * 1e6) / Math.max(1, result.requests);
          microsPerRequest[name].push(cpu[name]);
        }
        measured[name] = result.rps;
        samples[name].push(result.rps);
        failures += result.failures;
      }
      siteRatios.push((measured.site ?? 0) / (measured.plain ?? 1));
      cpuRatios.push((cpu.site ?? 0) / (cpu.plain ?? 1));
      nodeRatios.push((measured.node ?? 0) / (measured.plain ?? 1));
    }
    // A browser always asks for gzip: the page's copy written at export against the bare
    // file's copy, in alternating order.
    const gzipRatios: number[] = [];
    const acceptGzip = { 'accept-encoding': 'gzip' };
    for (let round = 0; round < gzipRounds; round += 1) {
      const pair = round % 2 === 0 ? (['site', 'plain'] as const) : (['plain', 'site'] as const);
      const measured: Record<string, number> = {};
      for (const name of pair) {
        const result = await loadRound(client, name === 'site' ? targets.site : `${plain.url}/zipped/page.html`, acceptGzip);
        measured[name] = result.rps;
        (name === 'site' ? samples.gzip : samples.plainGzip).push(result.rps);
        failures += result.failures;
      }
      gzipRatios.push((measured.site ?? 0) / (measured.plain ?? 1));
    }
    if (failures > 0) throw new Error(`${failures} failed requests during the load rounds`);
    const baseline = `nginx, plain file of the same bytes (${bytes.length} B), median`;
    return [
      { name: baseline, value: percentile(samples.plain, 50), unit: 'req/s' },
      { name: 'nginx, article page from the static root, median', value: percentile(samples.site, 50), unit: 'req/s', baseline },
      { name: 'nginx, plain file with its gzipped copy (Accept-Encoding: gzip, gzip_static), median', value: percentile(samples.plainGzip, 50), unit: 'req/s', baseline },
      { name: 'nginx, article page to a client accepting gzip (the copy written at export), median', value: percentile(samples.gzip, 50), unit: 'req/s', baseline },
      { name: `median of ${gzipRounds} paired ratios, gzipped: static root ÷ plain file's copy`, value: percentile(gzipRatios, 50), unit: '×', goal: '≥ 0.90×' },
      { name: 'Node server, stored article page, median', value: percentile(samples.node, 50), unit: 'req/s', baseline },
      { name: `median of ${rounds} paired ratios, static root ÷ plain`, value: percentile(siteRatios, 50), unit: '×', goal: '≥ 0.90×' },
      { name: `median of ${rounds} paired ratios, Node ÷ plain`, value: percentile(nodeRatios, 50), unit: '×' },
      // The same comparison as nginx's own cost: ≤ 1.11× the plain file's CPU is ≥ 0.9× its throughput.
      { name: 'nginx worker CPU per request, plain file, median', value: percentile(microsPerRequest.plain, 50), unit: 'µs' },
      { name: 'nginx worker CPU per request, article page from the static root, median', value: percentile(microsPerRequest.site, 50), unit: 'µs' },
      { name: `median of ${rounds} paired ratios, worker CPU per request, static root ÷ plain`, value: percentile(cpuRatios, 50), unit: '×', goal: '≤ 1.11×' },
    ];
  } finally {
    await site.stop();
    await plain.stop();
  }
}
