import { appendFileSync } from 'node:fs';

/**
 * One place for the fuzz suites' settings. In `npm test` every property runs a bounded number of
 * cases from a fixed seed (reproducible, and the whole fuzz suite stays under a minute on a
 * shared two-core machine); `npm run bench fuzz` sets COPYDESK_FUZZ_SCALE for the long run and
 * COPYDESK_FUZZ_REPORT to a file where each property appends how many cases it ran.
 */
export const fuzzSeed = 20261202;

export function fuzzRuns(inTests: number): { seed: number; numRuns: number } {
  const scale = Number(process.env.COPYDESK_FUZZ_SCALE ?? '1');
  return { seed: fuzzSeed, numRuns: Math.max(1, Math.round(inTests * (Number.isFinite(scale) && scale > 0 ? scale : 1))) };
}

/** A test's time limit, grown with the long run's scale. */
export function fuzzTimeout(ms: number): number {
  const scale = Number(process.env.COPYDESK_FUZZ_SCALE ?? '1');
  return ms * (Number.isFinite(scale) && scale > 1 ? scale : 1);
}

/** Counts the cases a property really ran, for the bench's table. */
export function caseCounter(name: string): { count(): void; report(): void } {
  let cases = 0;
  return {
    count() {
      cases += 1;
    },
    report() {
      const file = process.env.COPYDESK_FUZZ_REPORT;
      if (file) appendFileSync(file, `${JSON.stringify({ name, cases })}\n`);
    },
  };
}
