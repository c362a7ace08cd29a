/**
 * The renderer's one way to load data from the desk: TanStack Query over `desk.call`. A screen
 * names the channel and the request; the query key is both, so two screens asking the same
 * thing share one call, a screen that goes away cancels nothing by hand, and a change made
 * elsewhere refreshes it with `invalidateDesk(channel)`.
 */
import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DeskChannel, DeskRequest, DeskResponse } from '../../shared/desk-api';
import type { DeskErrorBody } from '../../shared/result';
import type { DeskClient } from './desk-client';
import { useDesk } from './desk-context';

/** The desk's error, carried through TanStack Query (which wants a thrown value). */
export class DeskCallError extends Error {
  readonly body: DeskErrorBody;
  constructor(body: DeskErrorBody) {
    super(body.message);
    this.name = 'DeskCallError';
    this.body = body;
  }
}

export function createDeskQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The desk is a local process: a failure is an answer to show (offline, forbidden), not a hiccup to retry.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

async function callOrThrow<C extends DeskChannel>(desk: DeskClient, channel: C, request: DeskRequest<C>): Promise<DeskResponse<C>> {
  const result = await desk.call(channel, request);
  if (!result.ok) throw new DeskCallError(result.error);
  return result.value;
}

export interface DeskQueryOptions<T> {
  /** Off: the query waits (e.g. until an id is known). */
  enabled?: boolean;
  /** Ask again every so many milliseconds while the screen is shown (or as the last answer says; false: stop). */
  refetchInterval?: number | ((data: T | undefined) => number | false);
  /** While a new request loads, keep showing the last answer (a search as it is typed). */
  keepPrevious?: boolean;
  /** Runs before each call (e.g. waits for writes the list must already show). */
  before?: () => Promise<void>;
}

/** Loads `channel` with `request`; `error` is the desk's own error body (shown in the person's language). */
export function useDeskQuery<C extends DeskChannel>(
  channel: C,
  request: DeskRequest<C>,
  options: DeskQueryOptions<DeskResponse<C>> = {},
): UseQueryResult<DeskResponse<C>, DeskCallError> {
  const desk = useDesk();
  const interval = options.refetchInterval;
  return useQuery<DeskResponse<C>, DeskCallError>({
    queryKey: [channel, request],
    queryFn: async () => {
      await options.before?.();
      return callOrThrow(desk, channel, request);
    },
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.enabled !== undefined ? { enabled: options.enabled } : {}),
    ...(interval !== undefined ? { refetchInterval: typeof interval === 'number' ? interval : (query) => interval(query.state.data) } : {}),
  });
}

/** Calls `channel` on demand (an action); on success the listed channels' queries load again. */
export function useDeskMutation<C extends DeskChannel>(
  channel: C,
  invalidates: readonly DeskChannel[] = [],
): UseMutationResult<DeskResponse<C>, DeskCallError, DeskRequest<C>> {
  const desk = useDesk();
  const queries = useQueryClient();
  return useMutation<DeskResponse<C>, DeskCallError, DeskRequest<C>>({
    mutationFn: (request) => callOrThrow(desk, channel, request),
    onSuccess: async () => {
      await Promise.all(invalidates.map((name) => queries.invalidateQueries({ queryKey: [name] })));
    },
  });
}

/** Marks every query of these channels stale, so the screens showing them load again. */
export function useInvalidateDesk(): (...channels: DeskChannel[]) => Promise<void> {
  const queries = useQueryClient();
  return useCallback(
    async (...channels: DeskChannel[]) => {
      await Promise.all(channels.map((name) => queries.invalidateQueries({ queryKey: [name] })));
    },
    [queries],
  );
}
