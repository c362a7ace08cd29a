import { useEffect, useState } from 'react';
import type { DraftSearchHit, DraftSearchQuery } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDeskQuery } from '../../api/use-desk-query';

export interface DraftSearchState {
  hits: DraftSearchHit[] | null;
  total: number;
  error: DeskErrorBody | null;
  /** A search is on its way (after a start without index snapshot it can take a while). */
  searching: boolean;
}

const typingPauseMs = 150;

/**
 * `drafts:search` for the query, asked shortly after the query or a filter stops changing (the
 * first list at once); the last answer stays on screen while the next loads. A change elsewhere
 * (import, delete, restore) reloads it with `invalidate('drafts:search')`.
 */
export function useDraftSearch(query: DraftSearchQuery): DraftSearchState {
  const key = JSON.stringify(query);
  const [asked, setAsked] = useState(key);
  useEffect(() => {
    if (asked === key) return;
    const timer = setTimeout(() => setAsked(key), typingPauseMs);
    return () => clearTimeout(timer);
  }, [asked, key]);
  const request: DraftSearchQuery = JSON.parse(asked);
  const search = useDeskQuery('drafts:search', request, { keepPrevious: true });
  return {
    hits: search.data?.hits ?? null,
    total: search.data?.total ?? 0,
    error: search.error?.body ?? null,
    searching: search.isFetching || asked !== key,
  };
}
