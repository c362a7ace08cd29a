import { fork } from 'node:child_process';
import { z } from 'zod';
import type { ReindexJob } from './term-files';

const resultSchema = z.object({ indexed: z.number().int().nonnegative(), peakRssMb: z.number().nonnegative() });
export type ReindexResult = z.infer<typeof resultSchema>;
/** Rebuilds the index snapshot of a data folder from its term files, somewhere else. */
export type ReindexRunner = (job: ReindexJob) => Promise<ReindexResult>;

/**
 * A started helper process, whichever way it was started: Node's child_process.fork (web mode,
 * tests) or Electron's utilityProcess.fork (the packaged app, where RunAsNode is fused off).
 */
/** A helper's stderr, as Node's and Electron's streams both give it. */
export interface HelperOutputLike {
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
}
export interface HelperProcessLike {
  readonly stderr: HelperOutputLike | null;
  send(job: ReindexJob): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  onError(listener: (error: Error) => void): void;
}

export interface ReindexProcessOptions {
  /** Node options for the child, e.g. a TypeScript loader in development. */
  execArgv?: string[];
  /** Added to the environment. */
  env?: Record<string, string>;
}

/**
 * A small young generation: the rebuild's garbage is collected sooner, for a lower peak (about
 * 280 MB instead of 310 at 10,000 drafts) at no cost in time.
 */
export const reindexExecArgv = ['--max-semi-space-size=2'];

/** Runs one job in a helper that `start` starts, and gives its answer or why there is none. */
export function reindexInHelper(start: () => HelperProcessLike): ReindexRunner {
  return (job) =>
    new Promise((resolve, reject) => {
      const helper = start();
      let stderr = '';
      let result: ReindexResult | undefined;
      helper.stderr?.on('data', (chunk) => {
        stderr = `${stderr}${chunk.toString()}`.slice(-2000);
      });
      helper.onMessage((message) => {
        const parsed = resultSchema.safeParse(message);
        if (parsed.success) result = parsed.data;
      });
      helper.onError(reject);
      helper.onExit((code, signal) => {
        if (code === 0 && result) resolve(result);
        else reject(new Error(`The search index could not be rebuilt in a helper process (${signal ?? `exit code ${code}`}): ${stderr.trim() || 'no message'}`));
      });
      helper.send(job);
    });
}

/** Runs `reindex-worker` (built to `script`) as a Node child process for each job. */
export function reindexInChildProcess(script: string, options: ReindexProcessOptions = {}): ReindexRunner {
  return reindexInHelper(() => {
    const child = fork(script, [], {
      execArgv: [...(options.execArgv ?? []), ...reindexExecArgv],
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    return {
      stderr: child.stderr,
      send: (job) => child.send(job),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', listener),
      onError: (listener) => child.on('error', listener),
    };
  });
}
