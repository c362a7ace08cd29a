import { mkdir } from 'node:fs/promises';
import type { AppInfo, DeskHandlers } from '../../shared/desk-api';
import { DraftStore } from './drafts/draft-store';
import { SettingsStore } from './settings/settings-store';

export interface DeskOptions {
  dataDir: string;
  appInfo: AppInfo;
}

export interface Desk {
  handlers: DeskHandlers;
  drafts: DraftStore;
  settings: SettingsStore;
  /** Waits for pending writes; called before the app or web-mode process exits. */
  close(): Promise<void>;
}

/** Opens the desk services on a data folder and maps every DeskApi channel to one of them. */
export async function createDesk(options: DeskOptions): Promise<Desk> {
  await mkdir(options.dataDir, { recursive: true });
  const drafts = new DraftStore(options.dataDir);
  await drafts.open();
  const settings = new SettingsStore(options.dataDir);
  await settings.load();

  const handlers: DeskHandlers = {
    'app:info': async () => options.appInfo,
    'settings:get': async () => settings.get(),
    'settings:set': async (request) => settings.set(request),
    'drafts:list': async () => drafts.list(),
    'drafts:get': async ({ id }) => drafts.get(id),
    'drafts:create': async ({ language }) => drafts.create(language),
    'drafts:save': async ({ id, content }) => drafts.save(id, content),
    'drafts:delete': async ({ id }) => drafts.delete(id),
  };

  return { handlers, drafts, settings, close: async () => {} };
}
