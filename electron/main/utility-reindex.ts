import { reindexExecArgv, reindexInHelper, type HelperOutputLike, type ReindexRunner } from '../desk/search/reindex-process';
import type { ReindexJob } from '../desk/search/term-files';

/** The parts of Electron's utilityProcess this module uses, so it can be tested in Node. */
export interface UtilityProcessLike {
  readonly stderr: HelperOutputLike | null;
  postMessage(job: ReindexJob): void;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}
export interface UtilityForkOptions {
  execArgv: string[];
  stdio: Array<'pipe' | 'ignore' | 'inherit'>;
  serviceName: string;
}
export interface UtilityProcessModuleLike {
  fork(modulePath: string, args: string[], options: UtilityForkOptions): UtilityProcessLike;
}

/**
 * Rebuilds the search index in an Electron utility process running `script` (the bundled
 * reindex-worker). Unlike running Electron's binary as Node, this works with the RunAsNode fuse
 * off, and the helper is ended with the app.
 */
export function reindexInUtilityProcess(utilityProcess: UtilityProcessModuleLike, script: string): ReindexRunner {
  return reindexInHelper(() => {
    const helper = utilityProcess.fork(script, [], {
      execArgv: reindexExecArgv,
      stdio: ['ignore', 'ignore', 'pipe'],
      serviceName: 'Copydesk search index',
    });
    return {
      stderr: helper.stderr,
      send: (job) => helper.postMessage(job),
      onMessage: (listener) => helper.on('message', listener),
      onExit: (listener) => helper.on('exit', (code) => listener(code, null)),
      // A utility process that cannot start ends with a non-zero exit code, reported there.
      onError: () => {},
    };
  });
}
