import type { DraftTerms } from './draft-terms';
import { PostingList } from './posting-list';

export type SearchScope = 'content' | 'title' | 'keyword';
export type Field = keyof DraftTerms;
export const fields: Field[] = ['title', 'body', 'keyword'];

/** The index's contents, to write as a snapshot and read back at the next start. */
export interface IndexContents {
  ids: (string | undefined)[];
  fields: Record<Field, Map<string, PostingList>>;
}

export interface IndexMatch {
  id: string;
  /** How many of the query's terms occur in each field. */
  title: number;
  body: number;
  keyword: number;
}

const scopeFields: Record<SearchScope, Field[]> = {
  content: ['title', 'body'],
  title: ['title'],
  keyword: ['keyword'],
};

/**
 * The in-memory inverted index over all drafts: term → documents, per field. A draft that changes
 * gets a new document number and its old one is dropped lazily (compaction when the dead
 * outnumber the living), so an update costs its own terms only, whatever the number of drafts.
 */
export class SearchIndex {
  private readonly docNumbers = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private fields: Record<Field, Map<string, PostingList>> = { title: new Map(), body: new Map(), keyword: new Map() };
  private dead = 0;

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
      for (const term of terms[field]) {
        let list = postings.get(term);
        if (!list) {
          list = new PostingList();
          postings.set(term, list);
        }
        list.add(docNumber);
      }
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
        this.fields[field].get(term)?.forEach((docNumber) => {
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
    return { ids: this.ids, fields: this.fields };
  }

  /** Replaces an empty index with a snapshot's contents. */
  load(contents: IndexContents): void {
    if (this.ids.length > 0) throw new Error('a snapshot can only be loaded into an empty index');
    this.ids = contents.ids;
    this.dead = 0;
    contents.ids.forEach((id, docNumber) => {
      if (id === undefined) this.dead += 1;
      else this.docNumbers.set(id, docNumber);
    });
    for (const field of fields) {
      this.fields[field].clear();
      for (const [term, list] of contents.fields[field]) this.fields[field].set(term, list);
    }
  }

  /** Gives back spare room in every posting list; called once the start-up load is done. */
  trim(): void {
    for (const postings of Object.values(this.fields)) for (const list of postings.values()) list.trim();
  }

  private compact(): void {
    const isLive = (docNumber: number) => this.ids[docNumber] !== undefined;
    for (const postings of Object.values(this.fields)) {
      for (const [term, list] of postings) {
        list.keepOnly(isLive);
        if (list.length === 0) postings.delete(term);
      }
    }
    this.dead = 0;
  }
}
