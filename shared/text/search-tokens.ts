/**
 * Search terms for Chinese and English text, shared by the desk's draft search and the public
 * site's search. Documents are indexed with the words `Intl.Segmenter` finds (English lowercased)
 * plus every CJK character and CJK bigram, so a query of one or two Chinese characters matches
 * even where the segmenter drew its word boundaries elsewhere. Queries use only unigrams/bigrams
 * for CJK, which never depends on how the segmenter happens to split the query.
 */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const wordCharacter = /[\p{L}\p{N}]/u;
// The segmenter is far slower on long strings than on short ones: feed it sentence-sized chunks.
const chunkBoundary = /[\s。，、；：！？!?;:「」『』（）()]/gu;
const chunkMax = 120;

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** Unique index terms of a text: segmenter words, CJK unigrams and bigrams, all lowercase. */
export function searchTokens(text: string): string[] {
  const terms = new Set<string>();
  addSearchTokens(text, terms);
  return [...terms];
}

/** Adds the terms of `text` to `terms` (lets a caller collect a whole document without copies). */
export function addSearchTokens(text: string, terms: Set<string>): void {
  const normalized = text.normalize('NFKC').toLowerCase();
  for (const chunk of chunks(normalized)) {
    for (const part of wordSegmenter().segment(chunk)) {
      if (part.isWordLike && wordCharacter.test(part.segment)) terms.add(part.segment);
    }
  }
  for (const match of normalized.matchAll(cjkRun)) addCjkGrams(match[0], terms);
}

/**
 * The terms a document must contain to match a query, all of them: English and other words as
 * typed (lowercase), each CJK run as its bigrams (or the single character when it is alone).
 */
export function searchQueryTokens(query: string): string[] {
  const normalized = query.normalize('NFKC').toLowerCase();
  const terms = new Set<string>();
  for (const match of normalized.matchAll(cjkRun)) {
    const run = [...match[0]];
    if (run.length === 1) terms.add(run[0] ?? '');
    for (let i = 0; i + 1 < run.length; i += 1) terms.add(`${run[i]}${run[i + 1]}`);
  }
  addWords(normalized.replace(cjkRun, ' '), terms);
  terms.delete('');
  return [...terms];
}

/** The pieces of a query a person would expect to see highlighted: words and CJK runs, lowercase. */
export function searchQueryPieces(query: string): string[] {
  const normalized = query.normalize('NFKC').toLowerCase();
  const pieces: string[] = [];
  for (const part of normalized.split(/\s+/u)) {
    const trimmed = part.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (trimmed !== '') pieces.push(trimmed);
  }
  return pieces;
}

function addWords(text: string, terms: Set<string>): void {
  for (const part of wordSegmenter().segment(text)) {
    if (part.isWordLike && wordCharacter.test(part.segment) && !cjk.test(part.segment)) terms.add(part.segment);
  }
}

function addCjkGrams(run: string, terms: Set<string>): void {
  const characters = [...run];
  for (let i = 0; i < characters.length; i += 1) {
    const character = characters[i] ?? '';
    terms.add(character);
    const next = characters[i + 1];
    if (next !== undefined) terms.add(character + next);
  }
}

function* chunks(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= chunkMax) {
      yield text.slice(start);
      return;
    }
    // Cut after the last space or punctuation in the window, so words are not split; a run
    // without any (rare) is cut hard, accepting one possibly split word.
    const window = text.slice(start, start + chunkMax);
    let cut = -1;
    for (const match of window.matchAll(chunkBoundary)) cut = (match.index ?? -1) + match[0].length;
    const end = cut > 0 ? start + cut : start + chunkMax;
    yield text.slice(start, end);
    start = end;
  }
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a query shows in a text, for highlighting results: each query piece case-insensitively,
 * or, for a Chinese piece that is not there as a whole, its bigrams. Ranges are sorted and do
 * not overlap.
 */
export function searchHighlights(text: string, query: string): TextRange[] {
  const lower = text.toLowerCase();
  // Case folding that changes lengths (rare) would shift every range: highlight nothing then.
  if (lower.length !== text.length) return [];
  const ranges: TextRange[] = [];
  for (const piece of searchQueryPieces(query)) {
    const found = findAll(lower, piece);
    if (found.length > 0 || !cjk.test(piece)) {
      ranges.push(...found);
      continue;
    }
    const characters = [...piece];
    for (let i = 0; i + 1 < characters.length; i += 1) ranges.push(...findAll(lower, `${characters[i]}${characters[i + 1]}`));
  }
  return mergeRanges(ranges);
}

function findAll(text: string, piece: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (piece === '') return ranges;
  let from = text.indexOf(piece);
  while (from !== -1) {
    ranges.push({ start: from, end: from + piece.length });
    from = text.indexOf(piece, from + piece.length);
  }
  return ranges;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
