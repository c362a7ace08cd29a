import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { nginxConfig } from './nginx-config';
import type { NginxConfigOptions } from './nginx-config';

export interface RunningNginx {
  url: string;
  configFile: string;
  stop(): Promise<void>;
}

/** nginx on PATH or in Debian's /usr/sbin (often not on a user's PATH); null when not installed. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | null {
  const folders = [...(env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  for (const folder of folders) {
    const candidate = join(folder, 'nginx');
    if (folder !== '' && existsSync(candidate)) return candidate;
  }
  return null;
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function globalDirectives(): string {
  // Started by root (CI, a container), workers would drop to "nobody", who cannot read a private
  // static root; they keep the starting user instead. An unprivileged start has no choice anyway.
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return `daemon off;${root ? ' user root;' : ''}`;
}

/** Where and how one nginx runs: its prefix, its whole config, the address it listens on. */
export interface NginxRun {
  prefix: string;
  configText: string;
  listenHost: string;
  listenPort: number;
}

/**
 * Starts nginx in the foreground with a config (checked with `nginx -t` first) and resolves once
 * it accepts connections. Every file nginx writes stays under the prefix.
 */
export async function runNginx(binary: string, run: NginxRun, readyTimeoutMs = 10_000): Promise<RunningNginx> {
  await mkdir(run.prefix, { recursive: true });
  const configFile = join(run.prefix, 'nginx.conf');
  await writeFile(configFile, run.configText);
  const args = ['-p', run.prefix, '-c', configFile, '-e', join(run.prefix, 'error.log'), '-g', globalDirectives()];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the config:\n${check.stderr}`);
  const child = spawn(binary, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    resolve();
  }));
  const deadline = Date.now() + readyTimeoutMs;
  while (!(await portOpen(run.listenHost, run.listenPort))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGTERM');
      const log = await readFile(join(run.prefix, 'error.log'), 'utf8').catch(() => '');
      throw new Error(`nginx did not start on ${run.listenHost}:${run.listenPort}.\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://${run.listenHost}:${run.listenPort}`,
    configFile,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      await exit;
    },
  };
}

/** nginx with the generated config of the public site. */
export function startNginx(binary: string, options: NginxConfigOptions, readyTimeoutMs = 10_000): Promise<RunningNginx> {
  return runNginx(binary, { prefix: options.prefix, configText: nginxConfig(options), listenHost: options.listenHost, listenPort: options.listenPort }, readyTimeoutMs);
}
