import type { DeskHandlers } from '../../../shared/desk-api';
import { blockDiff } from '../../../shared/diff/block-diff';
import { DraftSearch } from '../search/draft-search';
import { DraftTransfer, contentOf } from '../transfer/draft-transfer';
import type { MediaLibrary } from '../transfer/media-library';
import { DraftRecovery } from './draft-recovery';
import type { DraftStore } from './draft-store';
import { DraftTrash } from './draft-trash';

type DraftChannel =
  | 'drafts:list' | 'drafts:get' | 'drafts:create' | 'drafts:save' | 'drafts:delete' | 'drafts:search' | 'drafts:history'
  | 'drafts:revision' | 'drafts:restore' | 'drafts:compare' | 'drafts:trash' | 'drafts:untrash' | 'drafts:listTrash' | 'drafts:emptyTrash'
  | 'drafts:quarantined' | 'drafts:recover' | 'drafts:dismissQuarantined' | 'drafts:export' | 'drafts:import';
export type DraftHandlers = Pick<DeskHandlers, DraftChannel>;

/** Every `drafts:*` DeskApi method, mapped to the draft services on one store. */
export function draftHandlers(store: DraftStore, media: MediaLibrary, dataDir: string): { handlers: DraftHandlers; trash: DraftTrash } {
  const trash = new DraftTrash(store);
  const recovery = new DraftRecovery(store);
  const search = new DraftSearch(store);
  const transfer = new DraftTransfer(store, media, dataDir);
  const handlers: DraftHandlers = {
    'drafts:list': async () => store.list(),
    'drafts:get': async ({ id }) => store.get(id),
    'drafts:create': async ({ language }) => store.create(language),
    'drafts:save': async ({ id, content, explicit }) => store.save(id, content, explicit ?? false),
    'drafts:delete': async ({ id }) => {
      await trash.trash(id);
      return { id };
    },
    'drafts:search': async (request) => search.search(request),
    'drafts:history': async ({ id }) => store.history.list(id),
    'drafts:revision': async ({ id, revisionId }) => {
      const { info, content } = await store.history.content(id, revisionId);
      const current = await store.get(id);
      return { info, content, changes: blockDiff(content, contentOf(current)) };
    },
    'drafts:restore': async ({ id, revisionId }) => store.restore(id, revisionId),
    'drafts:compare': async ({ id, from, to }) => {
      const version = async (which: string) => (which === 'current' ? contentOf(await store.get(id)) : (await store.history.content(id, which)).content);
      return { changes: blockDiff(await version(from), await version(to)) };
    },
    'drafts:trash': async ({ id }) => trash.trash(id),
    'drafts:untrash': async ({ id }) => trash.untrash(id),
    'drafts:listTrash': async () => trash.list(),
    'drafts:emptyTrash': async () => trash.empty(),
    'drafts:quarantined': async () => recovery.quarantined(),
    'drafts:recover': async ({ id }) => recovery.recover(id),
    'drafts:dismissQuarantined': async ({ id }) => {
      await recovery.dismiss(id);
      return { id };
    },
    'drafts:export': async ({ id }) => transfer.export(id),
    'drafts:import': async ({ fileName, data, choice }) => transfer.import(fileName, data, choice),
  };
  return { handlers, trash };
}
