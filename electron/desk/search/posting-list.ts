/**
 * The documents (by number) containing one term, in ascending order, stored as varint-encoded
 * gaps: a common term's postings cost about one byte each, a rare one's two or three. Document
 * numbers only grow (a changed draft gets a new number), so adding is an append — to a small
 * tail, so a save never copies a long list (the head, e.g. read from the snapshot, stays put).
 */
export class PostingList {
  private head: Uint8Array = new Uint8Array(0);
  private tail: Uint8Array = new Uint8Array(8);
  private tailUsed = 0;
  private last = -1;
  length = 0;

  add(docNumber: number): void {
    if (docNumber <= this.last) throw new Error('postings must be added in ascending order');
    this.ensure(5);
    let gap = docNumber - this.last;
    while (gap >= 0x80) {
      this.tail[this.tailUsed] = (gap & 0x7f) | 0x80;
      this.tailUsed += 1;
      gap >>>= 7;
    }
    this.tail[this.tailUsed] = gap;
    this.tailUsed += 1;
    this.last = docNumber;
    this.length += 1;
  }

  forEach(visit: (docNumber: number) => void): void {
    const next = decode(this.head, this.head.length, -1, visit);
    decode(this.tail, this.tailUsed, next, visit);
  }

  /** Drops postings of documents that are gone; returns how many were dropped. */
  keepOnly(isLive: (docNumber: number) => boolean): number {
    const kept: number[] = [];
    this.forEach((docNumber) => {
      if (isLive(docNumber)) kept.push(docNumber);
    });
    const dropped = this.length - kept.length;
    this.head = new Uint8Array(0);
    this.tail = new Uint8Array(Math.max(8, kept.length * 2));
    this.tailUsed = 0;
    this.last = -1;
    this.length = 0;
    for (const docNumber of kept) this.add(docNumber);
    this.trim();
    return dropped;
  }

  /** The encoded postings, for the index snapshot. */
  encoded(): { bytes: Uint8Array; length: number; last: number } {
    if (this.tailUsed === 0) return { bytes: this.head, length: this.length, last: this.last };
    const bytes = new Uint8Array(this.head.length + this.tailUsed);
    bytes.set(this.head);
    bytes.set(this.tail.subarray(0, this.tailUsed), this.head.length);
    return { bytes, length: this.length, last: this.last };
  }

  /** A list over encoded postings read back from a snapshot (the bytes are used, not copied). */
  static fromEncoded(bytes: Uint8Array, length: number, last: number): PostingList {
    const list = new PostingList();
    list.head = bytes;
    list.tail = new Uint8Array(0);
    list.length = length;
    list.last = last;
    return list;
  }

  /** Moves the appended postings into an exactly sized head (after a bulk load). */
  trim(): void {
    if (this.tailUsed === 0 && this.tail.length === 0) return;
    this.head = this.encoded().bytes;
    this.tail = new Uint8Array(0);
    this.tailUsed = 0;
  }

  private ensure(extra: number): void {
    if (this.tailUsed + extra <= this.tail.length) return;
    const grown = new Uint8Array(Math.max(this.tailUsed + extra, 8, Math.ceil(this.tail.length * 1.5)));
    grown.set(this.tail.subarray(0, this.tailUsed));
    this.tail = grown;
  }
}

/** Visits the document numbers in `bytes[0..used)`, continuing from `previous`; returns the last. */
function decode(bytes: Uint8Array, used: number, previous: number, visit: (docNumber: number) => void): number {
  let at = 0;
  let docNumber = previous;
  while (at < used) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at] ?? 0;
      at += 1;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
      if ((byte & 0x80) === 0) break;
    }
    docNumber += gap;
    visit(docNumber);
  }
  return docNumber;
}
