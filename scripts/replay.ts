/**
 * `npm run --silent replay -- FILE`: prints the daily figures of a trace as one JSON
 * document, or `FILE: bad input at line N: reason` on stderr with exit status 2.
 */
import { readFileSync } from 'node:fs';
import { runTrace } from '../lib/trace/run-trace';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run --silent replay -- FILE\n');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  process.stderr.write(`${file}: cannot read: ${(error as Error).message}\n`);
  process.exit(2);
}
const result = runTrace(text);
if (result.ok) {
  process.stdout.write(`${JSON.stringify(result.output)}\n`);
} else {
  process.stderr.write(`${file}: bad input at line ${result.line}: ${result.reason}\n`);
  process.exit(2);
}
