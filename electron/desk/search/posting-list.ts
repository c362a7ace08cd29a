/**
 * The documents (by number) containing one term, in ascending order, stored as varint-encoded
 * gaps: a common term's postings cost about one byte each, a rare one's two or three. Document
 * numbers only grow (a changed draft gets a new number), so adding is an append.
 */
export class PostingList {
  private bytes: Uint8Array = new Uint8Array(4);
  private used = 0;
  private last = -1;
  length = 0;

  add(docNumber: number): void {
    if (docNumber <= this.last) throw new Error('postings must be added in ascending order');
    this.ensure(5);
    let gap = docNumber - this.last;
    while (gap >= 0x80) {
      this.bytes[this.used] = (gap & 0x7f) | 0x80;
      this.used += 1;
      gap >>>= 7;
    }
    this.bytes[this.used] = gap;
    this.used += 1;
    this.last = docNumber;
    this.length += 1;
  }

  forEach(visit: (docNumber: number) => void): void {
    let at = 0;
    let docNumber = -1;
    const bytes = this.bytes;
    while (at < this.used) {
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
  }

  /** Drops postings of documents that are gone; returns how many were dropped. */
  keepOnly(isLive: (docNumber: number) => boolean): number {
    const kept: number[] = [];
    this.forEach((docNumber) => {
      if (isLive(docNumber)) kept.push(docNumber);
    });
    const dropped = this.length - kept.length;
    this.bytes = new Uint8Array(Math.max(4, kept.length * 2));
    this.used = 0;
    this.last = -1;
    this.length = 0;
    for (const docNumber of kept) this.add(docNumber);
    return dropped;
  }

  /** The encoded postings, for the index snapshot (a view: copy it before the list changes). */
  encoded(): { bytes: Uint8Array; length: number; last: number } {
    return { bytes: this.bytes.subarray(0, this.used), length: this.length, last: this.last };
  }

  /** A list over encoded postings read back from a snapshot (the bytes are used, not copied). */
  static fromEncoded(bytes: Uint8Array, length: number, last: number): PostingList {
    const list = new PostingList();
    list.bytes = bytes;
    list.used = bytes.length;
    list.length = length;
    list.last = last;
    return list;
  }

  /** Gives back the spare room kept for appends (after a bulk load). */
  trim(): void {
    if (this.bytes.length > this.used + 8) this.bytes = this.bytes.slice(0, this.used + 4);
  }

  private ensure(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.used + extra, Math.ceil(this.bytes.length * 1.5)));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }
}
