// A node:test reporter that writes the run's closing counts as JSON ({ tests, passed, failed, ... }),
// taken from the runner's own summary diagnostics, for scripts/test-all.mjs.
export default async function* summaryReporter(source) {
  const summary = {};
  for await (const event of source) {
    if (event.type !== 'test:diagnostic' || event.data.nesting !== 0) continue;
    const match = /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)$/.exec(
      event.data.message,
    );
    if (match) summary[match[1]] = Number(match[2]);
  }
  yield `${JSON.stringify({
    tests: summary.tests ?? 0,
    passed: summary.pass ?? 0,
    failed: (summary.fail ?? 0) + (summary.cancelled ?? 0),
    skipped: summary.skipped ?? 0,
    durationMs: summary.duration_ms ?? 0,
  })}\n`;
}
