/**
 * Listing pages anchored at the oldest end, so a publish changes the front page only.
 *
 * A listing of `total` live articles, newest first, is cut into pages of `size` counted from
 * its oldest article: archive page 1 holds the `size` oldest, page 2 the next `size`, and so
 * on. The newest articles that do not fill an archive page of their own, together with the
 * newest full one, are the front page (`size` to `2 × size − 1` articles; all of them while
 * the listing is shorter than two pages). A new article joins the front; an archive page keeps
 * its articles (and its address) for ever unless an older article leaves or joins the listing.
 * This is what lets the static export write every page of every listing and still rewrite
 * only the front at a publish: with pages counted from the newest, every page moves by one.
 */
export type ListingPage = 'front' | number;

/** How many archive pages a listing of `total` articles has. */
export function archivePageCount(total: number, size: number): number {
  return Math.max(0, Math.floor(total / size) - 1);
}

/** Which articles, newest first, a page shows; null for an archive page the listing does not have. */
export function pageSlice(total: number, size: number, page: ListingPage): { offset: number; limit: number } | null {
  const archive = archivePageCount(total, size);
  if (page === 'front') return { offset: 0, limit: total - archive * size };
  if (!Number.isInteger(page) || page < 1 || page > archive) return null;
  return { offset: total - page * size, limit: size };
}

/** The page showing the article that has `older` articles of the listing before it. */
export function pageHolding(older: number, total: number, size: number): ListingPage {
  const page = Math.floor(older / size) + 1;
  return page > archivePageCount(total, size) ? 'front' : page;
}
