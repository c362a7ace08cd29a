import type { DeskHandlers } from '../../shared/desk-api';
import type { UpdateController } from './update-controller';

/**
 * The desk's handlers as the desktop app serves them: the updater answers `updates:*`, and a
 * change of interface language also relabels the native menus.
 */
export function desktopHandlers(handlers: DeskHandlers, updates: Pick<UpdateController, 'current' | 'restart'>, onLanguage: (language: string | undefined) => void): DeskHandlers {
  return {
    ...handlers,
    'settings:set': async (request) => {
      const settings = await handlers['settings:set'](request);
      onLanguage(settings.uiLanguage);
      return settings;
    },
    'updates:status': async () => updates.current(),
    'updates:restart': async () => updates.restart(),
  };
}
