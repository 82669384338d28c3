// `npm run --silent metamorphic:matrix`: runs the metamorphic suite and prints its matrix
// (fixture × variant, with the failing fields of every cell) on stdout, ready for a closing note.
// The test run's own output goes to stderr; the exit code is the suite's.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const MATRIX = join(process.cwd(), 'test-results', 'metamorphic-matrix.md');

rmSync(MATRIX, { force: true });
const run = spawnSync('npx', ['vitest', 'run', 'test/unit/extract/metamorphic.test.ts'], {
  stdio: ['ignore', 2, 2],
  shell: process.platform === 'win32',
});
if (!existsSync(MATRIX)) {
  console.error(`The suite wrote no matrix (exit ${run.status ?? run.signal}): see its output above.`);
  process.exit(2);
}
process.stdout.write(readFileSync(MATRIX, 'utf8'));
process.exit(run.status ?? 1);
