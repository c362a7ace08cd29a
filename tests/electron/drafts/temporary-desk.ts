import { rm } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import { createDesk, type Desk, type DeskOptions } from '../../../electron/desk/create-desk';
import { DraftStore } from '../../../electron/desk/drafts/draft-store';
import { temporaryDataDir, testAppInfo } from './draft-fixtures';

interface Opened<T> {
  /** The data folder of the running test, removed after it. */
  readonly dataDir: string;
  readonly current: T;
  /** Closes, runs `between` on the closed data folder (damage a file, copy one back…), opens again. */
  restart(between?: () => Promise<void>): Promise<void>;
}

/** Opens something on a fresh data folder before each test; closes it and removes the folder after. */
function useOpened<T>(open: (dataDir: string) => Promise<T>, close: (opened: T) => Promise<void>): Opened<T> {
  let dataDir = '';
  let current: T | undefined;
  const opened = (): T => {
    if (current === undefined) throw new Error('not open: use it inside a test');
    return current;
  };
  beforeEach(async () => {
    dataDir = await temporaryDataDir();
    current = await open(dataDir);
  });
  afterEach(async () => {
    if (current !== undefined) await close(current);
    current = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });
  return {
    get dataDir() {
      return dataDir;
    },
    get current() {
      return opened();
    },
    async restart(between) {
      const closing = opened();
      current = undefined;
      await close(closing);
      await between?.();
      current = await open(dataDir);
    },
  };
}

/** A desk (all its methods, as the UI calls them) on a fresh data folder for each test. */
export function useTemporaryDesk(options: Omit<DeskOptions, 'dataDir' | 'appInfo'> = {}): Opened<Desk> {
  return useOpened((dataDir) => createDesk({ ...options, dataDir, appInfo: testAppInfo }), (desk) => desk.close());
}

/** A draft store on a fresh data folder for each test. */
export function useTemporaryStore(): Opened<DraftStore> {
  return useOpened(
    async (dataDir) => {
      const store = new DraftStore(dataDir);
      await store.open();
      return store;
    },
    (store) => store.close(),
  );
}
