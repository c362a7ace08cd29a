import { z } from 'zod';
import type { ListingPage } from '../search/listing-pages';

/** The highest archive page number a listing address may carry (far past any newsroom's archive). */
export const maxArchivePage = 99_999_999;

const listingQuery = z.object({ page: z.coerce.number().int().min(1).max(maxArchivePage).optional().catch(undefined) }).catch({});

/** `?page=n` of a listing, an archive page counted from the oldest; none (or anything odd) is the front page. */
export function listingPageParam(query: unknown): ListingPage {
  return listingQuery.parse(query ?? {}).page ?? 'front';
}

/** The address of a listing page. */
export function listingPageUrl(path: string, page: ListingPage): string {
  return page === 'front' ? path : `${path}?page=${page}`;
}
