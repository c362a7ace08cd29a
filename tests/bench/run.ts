/**
 * `npm run bench [name-filter]`: runs every tests/bench/*.bench.ts in its own process, one after
 * another (benchmarks must not share the two cores with each other). Each prints its own table.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark matches "${filter}". Available: ${readdirSync(folder).filter((n) => n.endsWith('.bench.ts')).join(', ')}`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(folder, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
