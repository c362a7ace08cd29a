import type * as fsPromises from 'node:fs/promises';

/** The error code the next matching call fails with ('' for none); the test sets it. */
export interface SimulatedFailure {
  code: string;
}

/**
 * node:fs/promises whose `open` and `writeFile` fail with `failure.code` for the calls `fails`
 * picks, as a full disk or a read-only folder would make them fail. For a `vi.mock` factory.
 */
export function withSimulatedFailures(actual: typeof fsPromises, failure: SimulatedFailure, fails: (call: 'open' | 'writeFile', path: string) => boolean) {
  const check = (call: 'open' | 'writeFile', path: unknown) => {
    if (failure.code !== '' && fails(call, String(path))) throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code });
  };
  const open: typeof actual.open = async (...args: Parameters<typeof actual.open>) => {
    check('open', args[0]);
    return actual.open(...args);
  };
  const writeFile: typeof actual.writeFile = async (...args: Parameters<typeof actual.writeFile>) => {
    check('writeFile', args[0]);
    return actual.writeFile(...args);
  };
  return { ...actual, open, writeFile, default: { ...actual, open, writeFile } };
}
