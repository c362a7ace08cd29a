/**
 * CPU time of a one-worker nginx, read from /proc: a steadier figure than requests per second
 * on a shared machine, where a neighbour's load moves throughput between rounds by ±20%.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function workerPid(prefix: string): string {
  const master = readFileSync(join(prefix, 'nginx.pid'), 'utf8').trim();
  const workers = execFileSync('pgrep', ['-P', master], { encoding: 'utf8' }).trim().split('\n');
  if (workers.length !== 1 || workers[0] === undefined || workers[0] === '') throw new Error(`expected one nginx worker under ${master}, found: ${workers.join(', ')}`);
  return workers[0];
}

/**
 * Keeps the worker on the last CPU (the load client runs on the first, see load-client.ts), so
 * every round has the same placement: left to the scheduler, worker and client sometimes shared a core.
 */
export function pinNginxWorker(prefix: string): void {
  const cpus = availableParallelism();
  if (cpus < 2) return;
  execFileSync('taskset', ['-pc', String(cpus - 1), workerPid(prefix)], { stdio: 'ignore' });
}

/** Seconds of CPU (user + system) the worker of the nginx running under `prefix` has used so far. */
export function nginxWorkerCpu(prefix: string): () => number {
  const stat = `/proc/${workerPid(prefix)}/stat`;
  return () => {
    // Fields after the command name: state is the 1st, utime the 12th, stime the 13th.
    const fields = readFileSync(stat, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  };
}
