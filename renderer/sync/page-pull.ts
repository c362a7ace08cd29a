import type { DeskResponse } from '../../shared/desk-api';
import type { DeskClient } from '../api/desk-client';

export type Pulled = DeskResponse<'sync:pull'>;

const befores = new Set<() => Promise<void>>();
const afters = new Set<(pulled: Pulled) => void>();
let running: Promise<Pulled | null> | null = null;

/** Runs before every page pull (the article screen writes what the editor holds). */
export function beforePagePull(step: () => Promise<void>): () => void {
  befores.add(step);
  return () => befores.delete(step);
}

/** Hears what every page pull changed (the article screen reloads its draft). */
export function afterPagePull(listener: (pulled: Pulled) => void): () => void {
  afters.add(listener);
  return () => afters.delete(listener);
}

/**
 * The page's pull of the newsroom's newer revisions (on open, focus, an event from the newsroom):
 * first every screen writes what it holds, so the desk merges against the text on screen, never
 * an older one; then the desk pulls; then the screens hear what changed. One at a time.
 */
/** What a pull may change on the screens shown. */
export const pulledChannels = ['sync:list', 'sync:state', 'drafts:list', 'drafts:search'] as const;

export function pagePull(desk: DeskClient, refresh: () => Promise<void>): Promise<Pulled | null> {
  running ??= (async () => {
    try {
      for (const step of [...befores]) await step();
      const result = await desk.call('sync:pull', {});
      if (!result.ok) return null;
      await refresh();
      for (const listener of [...afters]) listener(result.value);
      return result.value;
    } finally {
      running = null;
    }
  })();
  return running;
}
