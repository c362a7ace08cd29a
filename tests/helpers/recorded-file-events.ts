import type * as fsPromises from 'node:fs/promises';

/**
 * node:fs/promises that writes down, in order, each fsync (`sync <path>`), rename
 * (`rename <from> -> <to>`) and open for writing (`write <path>`), for a `vi.mock` factory:
 * durability is a promise about the order of these calls, which no read-back can show.
 */
export function withRecordedFileEvents(actual: typeof fsPromises, events: string[]) {
  const open: typeof actual.open = async (...args: Parameters<typeof actual.open>) => {
    const [path, flags] = args;
    const handle = await actual.open(...args);
    if (typeof flags === 'string' && /[wa+]/.test(flags)) events.push(`write ${String(path)}`);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      events.push(`sync ${String(path)}`);
      return sync();
    };
    return handle;
  };
  const writeFile: typeof actual.writeFile = async (...args: Parameters<typeof actual.writeFile>) => {
    events.push(`write ${String(args[0])}`);
    return actual.writeFile(...args);
  };
  const rename: typeof actual.rename = async (from, to) => {
    events.push(`rename ${String(from)} -> ${String(to)}`);
    return actual.rename(from, to);
  };
  const replaced = { open, writeFile, rename };
  return { ...actual, ...replaced, default: { ...actual, ...replaced } };
}
