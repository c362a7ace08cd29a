import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/node-version-problem.mjs';

describe('the Node.js Copydesk runs on', () => {
  it('is Node 24 LTS or newer here: the suite itself runs on it', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('is what package.json asks for', () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe('>=24');
  });

  it('an older Node gets one sentence naming the version needed', () => {
    const problem = nodeVersionProblem('20.19.2', '>=24');
    expect(problem).toBe('Copydesk needs Node.js 24 or newer, but this is Node.js 20.19.2: install Node.js 24 LTS and run the command again.');
    expect(nodeVersionProblem('v22.12.0', '>=24')).toMatch(/needs Node\.js 24 .* this is Node\.js 22\.12\.0/u);
  });

  it('Node 24 and later pass', () => {
    expect(nodeVersionProblem('24.0.0', '>=24')).toBeNull();
    expect(nodeVersionProblem('26.1.0', '>=24')).toBeNull();
  });

  it('the guard every npm script imports lets this Node through', () => {
    const run = spawnSync(process.execPath, ['scripts/require-node.mjs'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
