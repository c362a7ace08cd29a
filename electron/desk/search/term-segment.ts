import { ByteBuilder, decodeGaps, GapEncoder, StringJoiner, Uint32Builder } from './growable';

/** Terms in ascending order (JavaScript string order), each with its documents in ascending order. */
export interface TermSource {
  readonly size: number;
  termAt(index: number): string;
  forEachDoc(index: number, visit: (docNumber: number) => void): void;
}

/**
 * An immutable run of the index: its terms sorted and joined into one string (found by binary
 * search), and their posting lists as varint gaps in one byte array. A million terms cost about
 * fourteen bytes each plus their postings — not the few hundred bytes of a map entry, a string
 * and a typed array per term, which at 10,000 real drafts (1.7 million distinct terms, most of
 * them Chinese character pairs) came to over a gigabyte.
 */
export class TermSegment implements TermSource {
  readonly terms: string;
  /** termStarts[i]..termStarts[i+1]: term i in `terms` (UTF-16 units). */
  readonly termStarts: Uint32Array;
  /** postingStarts[i]..postingStarts[i+1]: term i's postings in `postings`. */
  readonly postingStarts: Uint32Array;
  readonly postings: Uint8Array;

  constructor(terms: string, termStarts: Uint32Array, postingStarts: Uint32Array, postings: Uint8Array) {
    this.terms = terms;
    this.termStarts = termStarts;
    this.postingStarts = postingStarts;
    this.postings = postings;
  }

  get size(): number {
    return this.termStarts.length - 1;
  }

  /** Whether the arrays agree with each other (a snapshot read back from disk is checked). */
  isConsistent(): boolean {
    if (this.termStarts.length < 1 || this.postingStarts.length !== this.termStarts.length) return false;
    if (this.termStarts[this.size] !== this.terms.length || this.postingStarts[this.size] !== this.postings.length) return false;
    for (let index = 0; index < this.size; index += 1) {
      if ((this.termStarts[index] ?? 0) > (this.termStarts[index + 1] ?? 0)) return false;
      if ((this.postingStarts[index] ?? 0) > (this.postingStarts[index + 1] ?? 0)) return false;
    }
    return true;
  }

  termAt(index: number): string {
    return this.terms.slice(this.termStarts[index], this.termStarts[index + 1]);
  }

  /** The index of `term`, or -1. */
  find(term: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = this.termAt(middle);
      if (candidate === term) return middle;
      if (candidate < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  forEachDoc(index: number, visit: (docNumber: number) => void): void {
    decodeGaps(this.postings, this.postingStarts[index] ?? 0, this.postingStarts[index + 1] ?? 0, visit);
  }
}

/**
 * Recently added postings by term: one document number as is (most terms of a batch occur in
 * one draft, and a number costs no allocation), a list once there are more.
 */
export type BufferedPostings = Map<string, number | number[]>;

/** Visits the documents of one buffered term. */
export function forEachBuffered(postings: number | number[] | undefined, visit: (docNumber: number) => void): void {
  if (typeof postings === 'number') visit(postings);
  else if (postings) for (const docNumber of postings) visit(docNumber);
}

/** The buffered postings in term order: what becomes the next segment. */
export class BufferedTerms implements TermSource {
  private readonly keys: string[];
  private readonly lists: BufferedPostings;

  constructor(lists: BufferedPostings) {
    this.lists = lists;
    this.keys = [...lists.keys()].sort();
  }

  get size(): number {
    return this.keys.length;
  }

  termAt(index: number): string {
    return this.keys[index] ?? '';
  }

  forEachDoc(index: number, visit: (docNumber: number) => void): void {
    forEachBuffered(this.lists.get(this.keys[index] ?? ''), visit);
  }
}

/**
 * Walks several sources' terms together in ascending order. Sources must be given in the order of
 * their documents (every document of an earlier source numbered below those of a later one), so a
 * term's documents, visited source by source, stay ascending.
 */
export class MergedTerms {
  term = '';
  /** At most this many terms come out (the sum of the sources' sizes). */
  readonly upperBound: number;
  private readonly sources: TermSource[];
  private readonly positions: Int32Array;
  private readonly heads: (string | undefined)[];
  // The sources holding the current term, and the term's index in each. Fixed-size arrays and
  // no closures: this runs once per term, millions of times in a merge, and must not allocate.
  private readonly members: Int32Array;
  private readonly memberIndexes: Int32Array;
  private memberCount = 0;

  constructor(sources: TermSource[]) {
    this.sources = sources;
    this.upperBound = sources.reduce((sum, source) => sum + source.size, 0);
    this.positions = new Int32Array(sources.length);
    this.members = new Int32Array(sources.length);
    this.memberIndexes = new Int32Array(sources.length);
    this.heads = sources.map((source) => (source.size > 0 ? source.termAt(0) : undefined));
  }

  next(): boolean {
    let smallest: string | undefined;
    for (let sourceIndex = 0; sourceIndex < this.heads.length; sourceIndex += 1) {
      const head = this.heads[sourceIndex];
      if (head !== undefined && (smallest === undefined || head < smallest)) smallest = head;
    }
    if (smallest === undefined) return false;
    this.term = smallest;
    this.memberCount = 0;
    for (let sourceIndex = 0; sourceIndex < this.heads.length; sourceIndex += 1) {
      const source = this.sources[sourceIndex];
      if (this.heads[sourceIndex] !== smallest || !source) continue;
      const position = this.positions[sourceIndex] ?? 0;
      this.members[this.memberCount] = sourceIndex;
      this.memberIndexes[this.memberCount] = position;
      this.memberCount += 1;
      this.positions[sourceIndex] = position + 1;
      this.heads[sourceIndex] = position + 1 < source.size ? source.termAt(position + 1) : undefined;
    }
    return true;
  }

  forEachDoc(visit: (docNumber: number) => void): void {
    for (let member = 0; member < this.memberCount; member += 1) {
      this.sources[this.members[member] ?? 0]?.forEachDoc(this.memberIndexes[member] ?? 0, visit);
    }
  }
}

/** Builds a segment term by term (terms in ascending order, documents ascending). */
export class SegmentBuilder {
  private readonly terms = new StringJoiner();
  private readonly termStarts: Uint32Builder;
  private readonly postingStarts: Uint32Builder;
  private readonly postings: ByteBuilder;

  /** Capacities: an upper bound on terms and posting bytes avoids growing (and copying) arrays. */
  constructor(terms = 1024, postingBytes = 4096) {
    this.termStarts = new Uint32Builder(terms + 1);
    this.postingStarts = new Uint32Builder(terms + 1);
    this.postings = new ByteBuilder(postingBytes);
    this.termStarts.push(0);
    this.postingStarts.push(0);
  }

  /**
   * Adds every term `merged` walks, with its documents mapped by `map` (below 0 = left out); a
   * term left without documents is dropped.
   */
  addAll(merged: MergedTerms, map: (docNumber: number) => number = keep): void {
    const encoder = new GapEncoder(this.postings, map);
    while (merged.next()) {
      const before = this.postings.length;
      encoder.start();
      merged.forEachDoc(encoder.visit);
      if (this.postings.length === before) continue;
      this.terms.push(merged.term);
      this.termStarts.push(this.terms.length);
      this.postingStarts.push(this.postings.length);
    }
  }

  build(): TermSegment {
    return new TermSegment(this.terms.take(), this.termStarts.take(), this.postingStarts.take(), this.postings.take());
  }
}

function keep(docNumber: number): number {
  return docNumber;
}
