import type { DraftTerms } from './draft-terms';
import { defaultBufferLimit, FieldPostings } from './field-postings';
import type { MergedTerms, TermSegment } from './term-segment';

export type SearchScope = 'content' | 'title' | 'keyword';
export type Field = keyof DraftTerms;
export const fields: Field[] = ['title', 'body', 'keyword'];

export interface IndexMatch {
  id: string;
  /** How many of the query's terms occur in each field. */
  title: number;
  body: number;
  keyword: number;
}

/** The index's contents renumbered densely (live drafts only), to write as a snapshot. */
export interface IndexContents {
  ids: string[];
  /** Each field's terms in ascending order; documents are given by their new numbers. */
  terms(field: Field): MergedTerms;
  /** A document's new number, or -1 for a replaced one. */
  renumber(docNumber: number): number;
}

const scopeFields: Record<SearchScope, Field[]> = {
  content: ['title', 'body'],
  title: ['title'],
  keyword: ['keyword'],
};

/**
 * The in-memory inverted index over all drafts: term → documents, per field. A draft that changes
 * gets a new document number and its old one is dropped lazily (the recent segments are rewritten
 * without them when the dead outnumber the living), so an update costs its own terms only, whatever the number
 * of drafts.
 */
export class SearchIndex {
  private readonly docNumbers = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private readonly fields: Record<Field, FieldPostings>;
  private dead = 0;
  private readonly isLive = (docNumber: number) => this.ids[docNumber] !== undefined;

  /** `bufferLimit`: postings per field kept in a map before they become a segment (tests use few). */
  constructor(bufferLimit = defaultBufferLimit) {
    this.fields = { title: new FieldPostings(bufferLimit), body: new FieldPostings(bufferLimit), keyword: new FieldPostings(bufferLimit) };
  }

  /** Segments per field, for tests. */
  segmentCount(field: Field): number {
    return this.fields[field].segmentCount;
  }

  get size(): number {
    return this.docNumbers.size;
  }

  has(id: string): boolean {
    return this.docNumbers.has(id);
  }

  set(id: string, terms: DraftTerms): void {
    this.remove(id);
    const docNumber = this.ids.length;
    this.ids.push(id);
    this.docNumbers.set(id, docNumber);
    for (const field of fields) {
      const postings = this.fields[field];
      for (const term of terms[field]) postings.add(term, docNumber);
      postings.maybeFreeze(this.isLive);
    }
  }

  remove(id: string): void {
    const docNumber = this.docNumbers.get(id);
    if (docNumber === undefined) return;
    this.docNumbers.delete(id);
    this.ids[docNumber] = undefined;
    this.dead += 1;
    if (this.dead > Math.max(1000, this.docNumbers.size)) this.compact();
  }

  /** Drafts containing every term within the scope's fields; all drafts when there is no term. */
  match(terms: string[], scope: SearchScope): IndexMatch[] {
    const results: IndexMatch[] = [];
    this.forEachMatch(terms, scope, (id, title, body, keyword) => results.push({ id, title, body, keyword }));
    return results;
  }

  /**
   * The same matches as `match`, handed over one by one without an object each: a search over
   * thousands of drafts then leaves only a few typed arrays behind for the garbage collector.
   */
  forEachMatch(terms: string[], scope: SearchScope, visit: (id: string, title: number, body: number, keyword: number) => void): void {
    if (terms.length === 0) {
      for (const id of this.docNumbers.keys()) visit(id, 0, 0, 0);
      return;
    }
    const count = this.ids.length;
    const matched = new Uint16Array(count);
    const lastTerm = new Int32Array(count).fill(-1);
    const hits: Record<Field, Uint16Array> = { title: new Uint16Array(count), body: new Uint16Array(count), keyword: new Uint16Array(count) };
    terms.forEach((term, termIndex) => {
      for (const field of scopeFields[scope]) {
        const fieldHits = hits[field];
        this.fields[field].forEachDoc(term, (docNumber) => {
          fieldHits[docNumber] = (fieldHits[docNumber] ?? 0) + 1;
          if (lastTerm[docNumber] !== termIndex) {
            lastTerm[docNumber] = termIndex;
            matched[docNumber] = (matched[docNumber] ?? 0) + 1;
          }
        });
      }
    });
    for (let docNumber = 0; docNumber < count; docNumber += 1) {
      const id = this.ids[docNumber];
      if (id === undefined || matched[docNumber] !== terms.length) continue;
      visit(id, hits.title[docNumber] ?? 0, hits.body[docNumber] ?? 0, hits.keyword[docNumber] ?? 0);
    }
  }

  contents(): IndexContents {
    const renumbered = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    this.ids.forEach((id, docNumber) => {
      if (id === undefined) return;
      renumbered[docNumber] = ids.length;
      ids.push(id);
    });
    return { ids, terms: (field) => this.fields[field].merged(), renumber: (docNumber) => renumbered[docNumber] ?? -1 };
  }

  /** Replaces an empty index with a snapshot's segments (documents numbered densely from 0). */
  load(ids: string[], segments: Record<Field, TermSegment>): void {
    if (this.ids.length > 0) throw new Error('a snapshot can only be loaded into an empty index');
    this.ids = [...ids];
    this.dead = 0;
    ids.forEach((id, docNumber) => this.docNumbers.set(id, docNumber));
    for (const field of fields) this.fields[field].load(segments[field]);
  }

  /** Turns what the start-up load added into compact segments. */
  freeze(): void {
    for (const field of fields) this.fields[field].freeze(this.isLive);
  }

  /**
   * Drops replaced documents from the recent segments (see FieldPostings.compactRecent). Their
   * numbers stay taken; the snapshot written at close numbers the living densely again.
   */
  private compact(): void {
    for (const field of fields) this.fields[field].compactRecent(this.isLive);
    this.dead = 0;
  }
}
