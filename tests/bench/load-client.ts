/**
 * The HTTP load generator for the static-site bench: wrk when installed (apt-get install wrk),
 * else autocannon. autocannon is JavaScript on the same two cores as the server it loads, and
 * parsing each answer's headers is part of its cost: a page carrying the site's security
 * headers and CSP measured 0.64–0.86× a bare file through autocannon but level with it through
 * wrk, which parses in C. A ratio between two servers should be the servers', not the client's.
 */
import { execFile, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

const run = promisify(execFile);

export interface LoadResult {
  rps: number;
  requests: number;
  failures: number;
}

export interface LoadClient {
  name: string;
  round(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult>;
}

function wrkInstalled(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
}

/** The figures of wrk's report: requests per second, non-2xx/3xx answers and socket errors. */
export function parseWrkReport(report: string): LoadResult {
  const rps = /Requests\/sec:\s+([\d.]+)/u.exec(report)?.[1];
  if (rps === undefined) throw new Error(`wrk printed no Requests/sec:\n${report}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/u.exec(report)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/u.exec(report);
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0;
  const requests = Number(/(\d+) requests in/u.exec(report)?.[1] ?? 0);
  return { rps: Number(rps), requests, failures: non2xx + socketErrors };
}

const wrk: LoadClient = {
  name: 'wrk, one thread',
  async round(url, { connections, seconds, headers = {} }) {
    const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, ...headerArgs, url];
    // On the first CPU, the nginx worker under test pinned to the last (nginx-worker-cpu.ts).
    const { stdout } = await (availableParallelism() > 1 ? run('taskset', ['-c', '0', 'wrk', ...args], { encoding: 'utf8' }) : run('wrk', args, { encoding: 'utf8' }));
    return parseWrkReport(stdout);
  },
};

const cannon: LoadClient = {
  name: 'autocannon (wrk not installed)',
  async round(url, { connections, seconds, headers = {} }) {
    const result = await autocannon({ url, connections, duration: seconds, headers });
    return { rps: result.requests.average, requests: result.requests.total, failures: result.non2xx + result.errors };
  },
};

export function loadClient(): LoadClient {
  return wrkInstalled() ? wrk : cannon;
}
