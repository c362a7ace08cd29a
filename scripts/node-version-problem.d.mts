/** Types for node-version-problem.mjs (plain JavaScript, run by npm scripts before any loader). */
export function nodeVersionProblem(version: string, engines: string): string | null;
