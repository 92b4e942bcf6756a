// @vitest-environment node
/**
 * The replay CLI (`npm run --silent replay -- FILE`, i.e. `tsx scripts/replay.ts FILE`), run for real.
 * Good input: exactly one JSON document on stdout, exit 0. Bad input: exit 2, nothing on stdout,
 * `FILE: bad input at line N: reason` on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const REPLAY = join(ROOT, 'scripts/replay.ts');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'balans-replay-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function replay(fileArg: string) {
  const run = spawnSync(process.execPath, [TSX, REPLAY, fileArg], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const WORKED = `{"type":"config","heartbeatSeconds":300,"timeZone":"Europe/Amsterdam"}
{"at":"2026-05-19T09:00:00+02:00","type":"start","state":"active"}
{"at":"2026-05-19T09:05:00+02:00","type":"tick"}
{"at":"2026-05-19T09:07:40+02:00","type":"idle","state":"idle"}
{"at":"2026-05-19T09:08:10+02:00","type":"idle","state":"active"}
{"at":"2026-05-19T09:13:10+02:00","type":"tick"}
{"at":"2026-05-19T09:16:00+02:00","type":"idle","state":"idle"}
{"at":"2026-05-19T09:19:00+02:00","type":"idle","state":"active"}
{"at":"2026-05-19T09:24:00+02:00","type":"tick"}
{"at":"2026-05-19T09:26:30+02:00","type":"idle","state":"locked"}
{"at":"2026-05-19T09:38:00+02:00","type":"idle","state":"active"}
{"at":"2026-05-19T09:40:00+02:00","type":"report","posture":"standing"}
{"at":"2026-05-19T09:43:00+02:00","type":"tick"}
{"at":"2026-05-19T09:47:00+02:00","type":"report","posture":"sitting"}
{"at":"2026-05-19T09:48:00+02:00","type":"tick"}
{"at":"2026-05-19T09:50:00+02:00","type":"end"}
`;

const WORKED_OUTPUT =
  '{"days":[{"date":"2026-05-19","sittingSeconds":1650,"standingSeconds":420,"movingSeconds":0,' +
  '"awaySeconds":930,"untrackedSeconds":0,"breaks":3,"longestBoutSeconds":900,"boutsOver30":0}]}';

describe('replay CLI', { timeout: 60_000 }, () => {
  it('prints the worked example as one JSON document and exits 0', () => {
    const file = write('worked.jsonl', WORKED);
    const run = replay(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(WORKED_OUTPUT));
    // Fields in the order of the brief, and nothing but the document (a final newline allowed).
    expect(JSON.stringify(JSON.parse(run.stdout))).toBe(WORKED_OUTPUT);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints several days for a trace across midnight (CRLF, blank lines)', () => {
    // Sitting 23:50-00:00 and 00:00-00:05 UTC: 600 s on 05-19, 300 s on 05-20; no break at the split.
    const text = [
      '{"type":"config","heartbeatSeconds":300,"timeZone":"UTC"}',
      '{"at":"2026-05-19T23:50:00Z","type":"start","state":"active"}',
      '',
      '{"at":"2026-05-19T23:55:00Z","type":"tick"}',
      '{"at":"2026-05-20T00:00:00Z","type":"tick"}',
      '{"at":"2026-05-20T00:05:00Z","type":"end"}',
      '',
    ].join('\r\n');
    const run = replay(write('two-days.jsonl', text));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      days: [
        {
          date: '2026-05-19',
          sittingSeconds: 600,
          standingSeconds: 0,
          movingSeconds: 0,
          awaySeconds: 0,
          untrackedSeconds: 0,
          breaks: 0,
          longestBoutSeconds: 600,
          boutsOver30: 0,
        },
        {
          date: '2026-05-20',
          sittingSeconds: 300,
          standingSeconds: 0,
          movingSeconds: 0,
          awaySeconds: 0,
          untrackedSeconds: 0,
          breaks: 0,
          longestBoutSeconds: 300,
          boutsOver30: 0,
        },
      ],
    });
  });

  it.each<{ name: string; text: string; line: number }>([
    {
      name: 'time going backwards',
      text: `${WORKED.split('\n').slice(0, 3).join('\n')}\n{"at":"2026-05-19T09:04:59+02:00","type":"tick"}\n`,
      line: 4,
    },
    {
      name: 'no end (blank lines after the last event)',
      text: `${WORKED.split('\n').slice(0, 5).join('\n')}\n\n\n`,
      line: 5,
    },
    {
      name: 'an unknown type after a blank line',
      text: '{"type":"config"}\n\n{"at":"2026-05-19T09:00:00Z","type":"nap"}\n{"at":"2026-05-19T09:01:00Z","type":"end"}\n',
      line: 3,
    },
    { name: 'a bad config', text: '{"type":"config","heartbeatSeconds":0}\n', line: 1 },
  ])('refuses $name: exit 2, stderr names the file and line $line', ({ name, text, line }) => {
    const file = write(`${name.replace(/\W+/g, '-')}.jsonl`, text);
    const run = replay(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const message = run.stderr.trimEnd();
    expect(message.startsWith(`${file}: bad input at line ${line}: `)).toBe(true);
    expect(message.length).toBeGreaterThan(`${file}: bad input at line ${line}: `.length);
  });

  it('names the file as it was given (a relative path)', () => {
    const file = write('relative.jsonl', '{"type":"config"}\nnot json\n');
    const given = relative(ROOT, file);
    const run = replay(given);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd()).toMatch(
      new RegExp(`^${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: bad input at line 2: .+`),
    );
  });

  it('works through npm run --silent replay', () => {
    const file = write('npm.jsonl', WORKED);
    const run = spawnSync('npm', ['run', '--silent', 'replay', '--', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(JSON.stringify(JSON.parse(run.stdout))).toBe(WORKED_OUTPUT);
  });
});
