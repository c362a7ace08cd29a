import type { DeskHandlers } from '../../../shared/desk-api';
import type { syncMethods } from '../../../shared/desk-api-sync';
import { DeskError } from '../../../shared/result';

type SyncHandlers = Pick<DeskHandlers, keyof typeof syncMethods>;

// TEMPORARY (branch sync-base only): the sync engine replaces this file. Never merged to main.
const pending = async (): Promise<never> => {
  throw new DeskError('bad_request', 'The newsroom sync is being built.');
};

export const pendingSyncHandlers: SyncHandlers = {
  'sync:submit': pending,
  'sync:send': pending,
  'sync:state': async () => ({ state: 'local_only' }),
  'sync:list': async () => ({ items: {} }),
  'sync:pull': async () => ({ updated: [], conflicts: [] }),
  'sync:retry': pending,
  'sync:discard': pending,
  'sync:mergeView': pending,
  'sync:resolve': pending,
  'sync:saveCopy': pending,
  'sync:lock': async () => ({ state: 'none' }),
  'sync:lockState': async () => ({ state: 'none' }),
  'sync:unlock': async () => ({ state: 'none' }),
};
