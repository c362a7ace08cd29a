/** The documents (by number) containing one term: a growable Uint32Array, 4 bytes a posting. */
export class PostingList {
  private items = new Uint32Array(4);
  length = 0;

  add(docNumber: number): void {
    if (this.length === this.items.length) {
      const grown = new Uint32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length] = docNumber;
    this.length += 1;
  }

  /** Drops postings of documents that are gone; returns how many were dropped. */
  keepOnly(isLive: (docNumber: number) => boolean): number {
    let kept = 0;
    for (let i = 0; i < this.length; i += 1) {
      const docNumber = this.items[i] ?? 0;
      if (isLive(docNumber)) {
        this.items[kept] = docNumber;
        kept += 1;
      }
    }
    const dropped = this.length - kept;
    this.length = kept;
    return dropped;
  }

  forEach(visit: (docNumber: number) => void): void {
    for (let i = 0; i < this.length; i += 1) visit(this.items[i] ?? 0);
  }
}
