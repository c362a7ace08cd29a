import { escapeHtml } from '../../../shared/render/escape-html';
import { searchHighlights } from '../../../shared/text/search-tokens';

const snippetLength = 140;
const leadIn = 40;

/** Escaped text with every match of the query wrapped in `<mark>`. */
export function highlightText(text: string, query: string): string {
  let html = '';
  let at = 0;
  for (const range of searchHighlights(text, query)) {
    html += `${escapeHtml(text.slice(at, range.start))}<mark>${escapeHtml(text.slice(range.start, range.end))}</mark>`;
    at = range.end;
  }
  return html + escapeHtml(text.slice(at));
}

/** A short passage around the first match (or the opening words), matches highlighted. */
export function highlightedSnippet(text: string, query: string): string {
  const first = searchHighlights(text, query)[0];
  const start = first === undefined ? 0 : Math.max(0, first.start - leadIn);
  const end = Math.min(text.length, start + snippetLength);
  const passage = text.slice(start, end);
  return `${start > 0 ? '…' : ''}${highlightText(passage, query)}${end < text.length ? '…' : ''}`;
}
