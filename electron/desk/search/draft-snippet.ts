import { searchQueryPieces } from '../../../shared/text/search-tokens';

const snippetLength = 160;
const snippetLead = 40;

/**
 * The part of a draft's text (standfirst, then body blocks and captions, as pieces) around the
 * query's first occurrence: `snippetLength` characters starting a little before it, with "…"
 * where text was cut. Pieces are looked at one by one and the search stops at the first piece
 * with a match, so a search over a long draft does not copy, lowercase and scan the whole text
 * (that garbage, at every search, is what made the desk's memory balloon).
 */
export function snippetAround(pieces: string[], query: string): string {
  const texts = pieces.map(collapseSpaces).filter((text) => text !== '');
  const start = Math.max(0, firstMatch(texts, query) - snippetLead);
  let text = '';
  let textStart = 0;
  let whole = 0;
  for (const [index, piece] of texts.entries()) {
    const pieceStart = whole + (index > 0 ? 1 : 0);
    whole = pieceStart + piece.length;
    if (whole <= start) continue;
    if (text === '') textStart = pieceStart;
    text = text === '' ? piece : `${text} ${piece}`;
    if (whole >= start + snippetLength) break;
  }
  const end = Math.min(whole, start + snippetLength);
  const cut = text.slice(Math.max(0, start - textStart), end - textStart);
  const totalLength = texts.reduce((sum, piece, index) => sum + piece.length + (index > 0 ? 1 : 0), 0);
  return `${start > 0 ? '…' : ''}${cut}${end < totalLength ? '…' : ''}`;
}

/** Whether a draft's stored excerpt shows the query where a snippet would: no need to open the file. */
export function excerptShowsMatch(excerpt: string, query: string): boolean {
  const at = firstMatch([excerpt], query);
  return at !== -1 && at < snippetLength - snippetLead;
}

/**
 * Where the query first shows in the texts joined by spaces — a whole word or CJK run of it,
 * else a Chinese character pair of one — or -1. Searches text by text, stopping at the first hit.
 */
export function firstMatch(texts: string[], query: string): number {
  const needles = searchQueryPieces(query);
  return firstOccurrence(texts, needles) ?? firstOccurrence(texts, needles.flatMap(bigrams)) ?? -1;
}

function firstOccurrence(texts: string[], needles: string[]): number | null {
  if (needles.length === 0) return null;
  let offset = 0;
  for (const [index, text] of texts.entries()) {
    if (index > 0) offset += 1;
    const lower = text.toLowerCase();
    let best = -1;
    for (const needle of needles) {
      const at = lower.indexOf(needle);
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    if (best !== -1) return offset + best;
    offset += text.length;
  }
  return null;
}

const cjkPair = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}$/u;

/** The Chinese (CJK) character pairs of a query piece: what the index matched it by. */
function bigrams(piece: string): string[] {
  const characters = [...piece];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < characters.length; i += 1) {
    const pair = `${characters[i]}${characters[i + 1]}`;
    if (cjkPair.test(pair)) pairs.push(pair);
  }
  return pairs;
}

function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]/u.test(text) || text.startsWith(' ') || text.endsWith(' ') ? text.replace(/\s+/gu, ' ').trim() : text;
}
