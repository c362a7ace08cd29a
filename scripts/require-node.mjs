// Imported first by every npm script that runs Copydesk (start, web, test, server): on a Node.js
// older than package.json's engines it stops with one sentence instead of a confusing crash later.
import { readFileSync } from 'node:fs';
import { nodeVersionProblem } from './node-version-problem.mjs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problem = nodeVersionProblem(process.versions.node, engines?.node ?? '');
if (problem) {
  console.error(problem);
  process.exit(1);
}
