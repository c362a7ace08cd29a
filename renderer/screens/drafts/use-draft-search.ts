import { useEffect, useRef, useState } from 'react';
import type { DraftSearchHit, DraftSearchQuery } from '../../../shared/desk-api-drafts';
import type { DeskErrorBody } from '../../../shared/result';
import { useDesk } from '../../api/desk-context';

export interface DraftSearchState {
  hits: DraftSearchHit[] | null;
  total: number;
  error: DeskErrorBody | null;
  /** A search is on its way (after a start without index snapshot it can take a while). */
  searching: boolean;
}

const typingPauseMs = 150;

/** Runs `drafts:search` shortly after the query or a filter changes; the newest answer wins. */
export function useDraftSearch(query: DraftSearchQuery, version: number): DraftSearchState {
  const desk = useDesk();
  const [state, setState] = useState<DraftSearchState>({ hits: null, total: 0, error: null, searching: false });
  const key = JSON.stringify(query);
  const searched = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const request: DraftSearchQuery = JSON.parse(key);
    // Waits for a pause only while the query is being typed; the first list and a reload after a
    // change (import, delete) show at once.
    const typing = searched.current !== null && searched.current !== key;
    searched.current = key;
    const timer = setTimeout(() => {
      setState((current) => ({ ...current, searching: true }));
      void desk.call('drafts:search', request).then((result) => {
        if (cancelled) return;
        if (result.ok) setState({ hits: result.value.hits, total: result.value.total, error: null, searching: false });
        else setState((current) => ({ ...current, error: result.error, searching: false }));
      });
    }, typing ? typingPauseMs : 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [desk, key, version]);

  return state;
}
