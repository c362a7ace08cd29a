import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { DraftFiles } from '../drafts/draft-files';
import { forEachLimited } from '../storage/for-each-limited';
import { isMissingFile } from '../storage/durable-json-file';
import type { DraftTerms } from './draft-terms';
import { writeIndexSnapshot, type IndexedVersion } from './index-snapshot';
import { SearchIndex } from './search-index';

// Checked in place (z.custom keeps the arrays as they are): a full start-up load reads tens of
// millions of terms, and copying every array would double the garbage it leaves.
const termList = z.custom<string[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
const termsSchema = z.object({ title: termList, body: termList, keyword: termList });

/** Each draft's index terms, beside the journal: `index/<id>.terms.json` (derived data). */
export function termsFilePath(files: DraftFiles, id: string): string {
  return join(files.folders.index, `${id}.terms.json`);
}

/** The whole index in one file, written at close: `index/search-index.bin`. */
export function snapshotPath(files: DraftFiles): string {
  return join(files.folders.index, 'search-index.bin');
}

/** A draft's terms as last written, or null when the file is missing or damaged. */
export async function readTermsFile(files: DraftFiles, id: string): Promise<DraftTerms | null> {
  try {
    const parsed = termsSchema.safeParse(JSON.parse(await readFile(termsFilePath(files, id), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof SyntaxError || isMissingFile(error)) return null;
    throw error;
  }
}

/**
 * The term file of a draft, with the time it was written, when it is at least as new as the
 * draft file itself (else the draft changed after it and must be read again).
 */
export async function currentTermsFile(files: DraftFiles, id: string): Promise<{ terms: DraftTerms; writtenAt: number } | null> {
  const draftTime = await files.modifiedAt(files.path(id, 'drafts'));
  const termsTime = await files.modifiedAt(termsFilePath(files, id));
  if (draftTime === null || termsTime === null || draftTime > termsTime) return null;
  const terms = await readTermsFile(files, id);
  return terms ? { terms, writtenAt: termsTime } : null;
}

export interface ReindexJob {
  dataDir: string;
  drafts: { id: string; revision: number }[];
}

/**
 * Builds the search index of the given drafts from their term files and writes it as the
 * snapshot; drafts without a current term file are left out (the desk reads those drafts
 * themselves). Returns how many were indexed.
 */
export async function reindexFromTermFiles(files: DraftFiles, drafts: ReindexJob['drafts']): Promise<number> {
  const index = new SearchIndex();
  const versions = new Map<string, IndexedVersion>();
  await forEachLimited(drafts, 4, async ({ id, revision }) => {
    const current = await currentTermsFile(files, id);
    if (!current) return;
    index.set(id, current.terms);
    versions.set(id, { revision, checkedAt: current.writtenAt });
  });
  index.freeze();
  await writeIndexSnapshot(snapshotPath(files), index.contents(), versions);
  return versions.size;
}
