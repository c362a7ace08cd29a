import type { TermSegment} from './term-segment';
import { BufferedTerms, forEachBuffered, MergedTerms, SegmentBuilder, type BufferedPostings, type TermSource } from './term-segment';

/** Postings added since the last freeze before they become a segment (about 25 long drafts). */
export const defaultBufferLimit = 100_000;
/**
 * Segments stop merging at this size (posting bytes): a merge holds its inputs and its output
 * at once, and merging two halves of a 50 MB index would add 100 MB to the peak. The snapshot
 * writer merges everything into one segment on disk instead, as it streams.
 */
const mergeCap = 16 * 1024 * 1024;

/**
 * One field's inverted index (term → documents): compact sorted segments plus a small map of the
 * postings added since, which is frozen into a new segment when it grows. Segments are merged
 * pairwise as they pile up (a new one merges into the one before it once it is at least half its
 * size, up to `mergeCap`), so there are only a handful, and each posting is rewritten a few times.
 */
export class FieldPostings {
  private segments: TermSegment[] = [];
  private buffer: BufferedPostings = new Map();
  private buffered = 0;
  private readonly bufferLimit: number;

  constructor(bufferLimit = defaultBufferLimit) {
    this.bufferLimit = bufferLimit;
  }

  /** How many segments there are now (tests watch merging with it). */
  get segmentCount(): number {
    return this.segments.length;
  }

  add(term: string, docNumber: number): void {
    const postings = this.buffer.get(term);
    // (A term listed twice for one document, as in a hand-edited term file, counts once.)
    if (postings === undefined) this.buffer.set(term, docNumber);
    else if (typeof postings === 'number') {
      if (postings === docNumber) return;
      this.buffer.set(term, [postings, docNumber]);
    } else {
      if (postings[postings.length - 1] === docNumber) return;
      postings.push(docNumber);
    }
    this.buffered += 1;
  }

  /** Freezes the buffer once it is large; `isLive` drops replaced documents while merging. */
  maybeFreeze(isLive: (docNumber: number) => boolean): void {
    if (this.buffered >= this.bufferLimit) this.freeze(isLive);
  }

  forEachDoc(term: string, visit: (docNumber: number) => void): void {
    for (const segment of this.segments) {
      const index = segment.find(term);
      if (index !== -1) segment.forEachDoc(index, visit);
    }
    forEachBuffered(this.buffer.get(term), visit);
  }

  /** Every term in ascending order across segments and buffer. */
  merged(): MergedTerms {
    const sources: TermSource[] = [...this.segments];
    if (this.buffer.size > 0) sources.push(new BufferedTerms(this.buffer));
    return new MergedTerms(sources);
  }

  freeze(isLive: (docNumber: number) => boolean): void {
    if (this.buffer.size > 0) {
      const builder = new SegmentBuilder(this.buffer.size, this.buffered * 3);
      builder.addAll(new MergedTerms([new BufferedTerms(this.buffer)]), (docNumber) => (isLive(docNumber) ? docNumber : -1));
      this.buffer = new Map();
      this.buffered = 0;
      this.segments.push(builder.build());
    }
    for (;;) {
      const last = this.segments.at(-1);
      const before = this.segments.at(-2);
      if (!last || !before || before.postings.length > last.postings.length * 2) break;
      if (before.postings.length + last.postings.length > mergeCap) break;
      this.segments.splice(-2, 2, mergeSegments([before, last], (docNumber) => (isLive(docNumber) ? docNumber : -1)));
    }
  }

  /**
   * Rewrites everything but the oldest segment without replaced documents. The oldest is most of
   * the index (read from the snapshot) and holds at most one replaced version per draft edited
   * since; rewriting it would stall the desk for seconds in the middle of a long editing day.
   */
  compactRecent(isLive: (docNumber: number) => boolean): void {
    const [oldest, ...recent] = this.segments;
    if (recent.length === 0 && this.buffer.size === 0) return;
    const merged = mergeSegments(recent, (docNumber) => (isLive(docNumber) ? docNumber : -1), this.buffer);
    this.segments = [oldest, merged].filter((segment): segment is TermSegment => segment !== undefined && segment.size > 0);
    this.buffer = new Map();
    this.buffered = 0;
  }

  /** Replaces an empty field with a segment read from the snapshot. */
  load(segment: TermSegment): void {
    this.segments = segment.size > 0 ? [segment] : [];
    this.buffer = new Map();
    this.buffered = 0;
  }
}

function mergeSegments(segments: TermSegment[], map: (docNumber: number) => number, buffer?: BufferedPostings): TermSegment {
  const sources: TermSource[] = [...segments];
  if (buffer && buffer.size > 0) sources.push(new BufferedTerms(buffer));
  let terms = 0;
  let bytes = 0;
  for (const segment of segments) {
    terms += segment.size;
    bytes += segment.postings.length;
  }
  for (const postings of buffer?.values() ?? []) {
    terms += 1;
    bytes += typeof postings === 'number' ? 5 : postings.length * 3;
  }
  // Upper bounds: merged terms are at most the sum, and a merged list's bytes at most the parts'.
  const builder = new SegmentBuilder(terms, bytes);
  builder.addAll(new MergedTerms(sources), map);
  return builder.build();
}
