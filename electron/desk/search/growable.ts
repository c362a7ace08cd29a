/** A byte array that grows as varints are appended; `take` gives exactly the bytes written. */
export class ByteBuilder {
  private bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Appends a non-negative integer, 7 bits a byte, lowest first. */
  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length] = (rest & 0x7f) | 0x80;
      this.length += 1;
      rest >>>= 7;
    }
    this.bytes[this.length] = rest;
    this.length += 1;
  }

  /** The bytes written since `start` (a view: copy it if the builder is used again). */
  view(start = 0): Uint8Array {
    return this.bytes.subarray(start, this.length);
  }

  /** The bytes written; a view when little room is unused, else an exact copy. */
  take(): Uint8Array {
    return this.length * 8 >= this.bytes.length * 7 ? this.bytes.subarray(0, this.length) : this.bytes.slice(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }

  private grow(needed: number): void {
    const grown = new Uint8Array(Math.max(needed, Math.ceil(this.bytes.length * 1.5)));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** A list of unsigned 32-bit numbers that grows as they are pushed. */
export class Uint32Builder {
  private numbers: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.numbers = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.numbers.length) {
      const grown = new Uint32Array(Math.ceil(this.numbers.length * 1.5));
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.length] = value;
    this.length += 1;
  }

  /** The numbers pushed, as a view (valid until the next push). */
  view(): Uint32Array {
    return this.numbers.subarray(0, this.length);
  }

  take(): Uint32Array {
    return this.length * 8 >= this.numbers.length * 7 ? this.numbers.subarray(0, this.length) : this.numbers.slice(0, this.length);
  }
}

/** Visits the document numbers varint-encoded as gaps in `bytes[start..end)`; returns the last. */
export function decodeGaps(bytes: Uint8Array, start: number, end: number, visit: (docNumber: number) => void): number {
  let at = start;
  let docNumber = -1;
  while (at < end) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at] ?? 0;
      at += 1;
      // Integer arithmetic keeps numbers small integers (no boxed doubles, 40 million of which
      // a walk over the whole index would otherwise allocate); document numbers stay below 2³¹.
      gap |= (byte & 0x7f) << shift;
      shift += 7;
      if ((byte & 0x80) === 0) break;
    }
    docNumber += gap;
    visit(docNumber);
  }
  return docNumber;
}

/**
 * Joins many short strings (index terms) into one, a few thousand at a time: a million loose
 * strings held until the end would weigh more than the result.
 */
export class StringJoiner {
  length = 0;
  private readonly joined: string[] = [];
  private pending: string[] = [];

  push(piece: string): void {
    this.pending.push(piece);
    this.length += piece.length;
    if (this.pending.length === 4096) {
      this.joined.push(this.pending.join(''));
      this.pending = [];
    }
  }

  take(): string {
    this.joined.push(this.pending.join(''));
    this.pending = [];
    return this.joined.join('');
  }
}

/**
 * Writes one posting list after another into `out` as varint gaps, mapping each document number
 * first (`map` returns below 0 to leave one out). One encoder serves a whole merge: its `visit`
 * is a single function, so encoding millions of lists allocates nothing per list.
 */
export class GapEncoder {
  private last = -1;
  private readonly out: ByteBuilder;
  private readonly map: (docNumber: number) => number;

  constructor(out: ByteBuilder, map: (docNumber: number) => number) {
    this.out = out;
    this.map = map;
  }

  /** Starts a new list. */
  start(): void {
    this.last = -1;
  }

  readonly visit = (docNumber: number): void => {
    const mapped = this.map(docNumber);
    // Below 0: left out; not above the last: a duplicate (lists must ascend).
    if (mapped <= this.last) return;
    this.out.varint(mapped - this.last);
    this.last = mapped;
  };
}
