// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint + format', 'npx', ['biome', 'ci', '--colors=off', '.']],
  [
    'unit and component tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  ],
  ['build: Chrome (production)', 'npx', ['wxt', 'build']],
  ['build: Chrome (e2e hook)', 'npx', ['wxt', 'build', '--mode', 'e2e']],
  ['build: Firefox MV3', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['zip: Chrome and Firefox', 'npm', ['run', '--silent', 'zip']],
  ['web-ext lint (Firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3']],
  ['end-to-end (headless Chromium)', 'node', ['scripts/e2e.mjs']],
];

mkdirSync('test-results', { recursive: true });
ensureChromium({ withDutch: true });

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const stepStart = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(
    `  ${run.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`,
  );
  if (run.status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(run.status ?? 1);
  }
}

function count(file, passed, failed) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    return [json[passed] ?? 0, json[failed] ?? 0];
  } catch {
    return [0, 0];
  }
}
const [unitPassed, unitFailed] = count('test-results/vitest.json', 'numPassedTests', 'numFailedTests');
const [e2ePassed, e2eFailed] = count('test-results/e2e-summary.json', 'passed', 'failed');
const summary = `${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(
  `\nAll checks done in ${((Date.now() - started) / 1000).toFixed(0)} s (unit ${unitPassed}, e2e ${e2ePassed}).`,
);
console.log(`tests: ${summary}`);
