// `npm run test:e2e`: the end-to-end tests in headless Chromium (tests/e2e/), one file at a time.
// Expects the builds to exist: `npx wxt build --mode e2e` and `npx wxt build`.
// Writes test-results/e2e-summary.json ({ passed, failed }) for scripts/test-all.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const missing = ['.output/chrome-mv3-e2e', '.output/chrome-mv3'].filter(
  (dir) => !existsSync(join(root, dir, 'manifest.json')),
);
if (missing.length > 0) {
  console.error(
    `Missing build(s): ${missing.join(', ')}. Run \`npx wxt build --mode e2e && npx wxt build\` first.`,
  );
  process.exit(1);
}

// The files are listed rather than the folder given: node 20 and 22 read a folder argument differently.
const files = readdirSync(join(root, 'tests/e2e'))
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => `tests/e2e/${name}`);

mkdirSync(join(root, 'test-results'), { recursive: true });
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-timeout=240000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./tests/e2e/summary-reporter.mjs',
    '--test-reporter-destination=test-results/e2e-summary.json',
    ...process.argv.slice(2), // e.g. --test-name-pattern=undo
    ...files,
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
