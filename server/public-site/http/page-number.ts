import { z } from 'zod';

const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(500).catch(1) }).catch({ page: 1 });

/** `?page=n` for listings; anything odd reads as page 1 rather than an error. */
export function pageNumber(query: unknown): number {
  return pageQuery.parse(query ?? {}).page;
}

export function withPage(path: string, page: number): string {
  return page <= 1 ? path : `${path}?page=${page}`;
}
