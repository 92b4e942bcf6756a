/**
 * Bad and accepted trace input, PRODUCT.md section 4 ("Accepted timestamps", "Bad input").
 * Lines are numbered physically from 1; blank lines count; a missing `end` is reported at the last
 * non-blank line.
 */
import { describe, expect, it } from 'vitest';
import { runTrace } from '../../../lib/trace/run-trace';

const CONFIG = '{"type":"config","heartbeatSeconds":300,"timeZone":"UTC"}';
const START = '{"at":"2026-05-19T09:00:00Z","type":"start","state":"active"}';
const TICK = '{"at":"2026-05-19T09:05:00Z","type":"tick"}';
const END = '{"at":"2026-05-19T09:10:00Z","type":"end"}';

/** A tick at 09:05 with another timestamp (the line under test in the timestamp table). */
const tickAt = (at: unknown) => JSON.stringify({ at, type: 'tick' });
/** A config with one value replaced or added. */
const configWith = (key: string, value: unknown) =>
  JSON.stringify({ type: 'config', heartbeatSeconds: 300, timeZone: 'UTC', [key]: value });

interface BadCase {
  name: string;
  lines: string[];
  line: number;
}

function expectBad(lines: string[], line: number, eol = '\n'): void {
  const result = runTrace(lines.join(eol));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.line).toBe(line);
  expect(typeof result.reason).toBe('string');
  expect(result.reason.length).toBeGreaterThan(0);
}

describe('bad input is refused at the right physical line', () => {
  it.each<BadCase>([
    // The first line is not the config.
    { name: 'first line is an event', lines: [START, TICK, END], line: 1 },
    { name: 'first line is not JSON', lines: ['hello', START, END], line: 1 },
    { name: 'first line is a config without type', lines: ['{"heartbeatSeconds":300}', START, END], line: 1 },
    { name: 'first line has another type', lines: ['{"type":"settings"}', START, END], line: 1 },
    // A second config.
    { name: 'a second config', lines: [CONFIG, START, CONFIG, END], line: 3 },
    {
      name: 'a second config after a blank line',
      lines: [CONFIG, '', START, '{"type":"config"}', END],
      line: 4,
    },
    // Config values out of range or not JSON numbers.
    { name: 'idleSeconds below 0', lines: [configWith('idleSeconds', -1), START, END], line: 1 },
    { name: 'breakMinutes 0', lines: [configWith('breakMinutes', 0), START, END], line: 1 },
    { name: 'breakMinutes below 0', lines: [configWith('breakMinutes', -2), START, END], line: 1 },
    { name: 'heartbeatSeconds 0', lines: [configWith('heartbeatSeconds', 0), START, END], line: 1 },
    { name: 'heartbeatSeconds below 0', lines: [configWith('heartbeatSeconds', -60), START, END], line: 1 },
    { name: 'idleSeconds as a string', lines: [configWith('idleSeconds', '60'), START, END], line: 1 },
    { name: 'breakMinutes as null', lines: [configWith('breakMinutes', null), START, END], line: 1 },
    {
      name: 'heartbeatSeconds as a boolean',
      lines: [configWith('heartbeatSeconds', true), START, END],
      line: 1,
    },
    {
      name: 'an unknown time zone',
      lines: [configWith('timeZone', 'Mars/Olympus_Mons'), START, END],
      line: 1,
    },
    { name: 'an empty time zone', lines: [configWith('timeZone', ''), START, END], line: 1 },
    { name: 'a time zone that is not a string', lines: [configWith('timeZone', 1), START, END], line: 1 },
    // A line that is not a JSON object.
    { name: 'broken JSON', lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z",', END], line: 3 },
    { name: 'trailing text after the object', lines: [CONFIG, START, `${TICK} x`, END], line: 3 },
    { name: 'a JSON array', lines: [CONFIG, START, '[1,2]', END], line: 3 },
    { name: 'a JSON string', lines: [CONFIG, START, '"tick"', END], line: 3 },
    { name: 'a JSON number', lines: [CONFIG, START, '42', END], line: 3 },
    { name: 'JSON null', lines: [CONFIG, START, 'null', END], line: 3 },
    { name: 'a config that is an array', lines: ['[{"type":"config"}]', START, END], line: 1 },
    // An unknown type.
    {
      name: 'an unknown type',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"sleep"}', END],
      line: 3,
    },
    {
      name: 'a type in the wrong case',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"Tick"}', END],
      line: 3,
    },
    { name: 'a missing type', lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z"}', END], line: 3 },
    {
      name: 'a type that is not a string',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":3}', END],
      line: 3,
    },
    // A missing or invalid field.
    {
      name: 'start without state',
      lines: [CONFIG, '{"at":"2026-05-19T09:00:00Z","type":"start"}', END],
      line: 2,
    },
    {
      name: 'start with an unknown state',
      lines: [CONFIG, '{"at":"2026-05-19T09:00:00Z","type":"start","state":"asleep"}', END],
      line: 2,
    },
    {
      name: 'idle without state',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"idle"}', END],
      line: 3,
    },
    {
      name: 'idle with an unknown state',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"idle","state":"away"}', END],
      line: 3,
    },
    {
      name: 'call without on',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"call"}', END],
      line: 3,
    },
    {
      name: 'call with on as a string',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"call","on":"true"}', END],
      line: 3,
    },
    {
      name: 'call with on as a number',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"call","on":1}', END],
      line: 3,
    },
    {
      name: 'report without posture',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"report"}', END],
      line: 3,
    },
    {
      name: 'report with an unknown posture',
      lines: [CONFIG, START, '{"at":"2026-05-19T09:05:00Z","type":"report","posture":"lying"}', END],
      line: 3,
    },
    { name: 'a tick without at', lines: [CONFIG, START, '{"type":"tick"}', END], line: 3 },
    { name: 'end without at', lines: [CONFIG, START, TICK, '{"type":"end"}'], line: 4 },
    { name: 'at as epoch milliseconds', lines: [CONFIG, START, tickAt(1779181500000), END], line: 3 },
    { name: 'at as null', lines: [CONFIG, START, tickAt(null), END], line: 3 },
    // Time going backwards (equal times are fine; see below).
    {
      name: 'a tick 1 ms earlier than the event before',
      lines: [CONFIG, START, tickAt('2026-05-19T08:59:59.999Z'), END],
      line: 3,
    },
    {
      name: 'a later wall clock that is an earlier instant',
      // 10:30+02:00 is 08:30Z, before 09:00Z.
      lines: [CONFIG, START, tickAt('2026-05-19T10:30:00+02:00'), END],
      line: 3,
    },
    {
      name: 'an end earlier than the last event',
      lines: [CONFIG, START, TICK, '{"at":"2026-05-19T09:04:00Z","type":"end"}'],
      line: 4,
    },
    // No end.
    { name: 'no end', lines: [CONFIG, START, TICK], line: 3 },
    { name: 'no end, trailing blank lines', lines: [CONFIG, START, TICK, '', ''], line: 3 },
    { name: 'no end, blank lines in between', lines: [CONFIG, '', START, '', TICK, '', ''], line: 5 },
    { name: 'only the config', lines: [CONFIG], line: 1 },
    { name: 'only the config and a newline', lines: [CONFIG, ''], line: 1 },
    // An event after end.
    {
      name: 'a tick after end',
      lines: [CONFIG, START, END, '{"at":"2026-05-19T09:15:00Z","type":"tick"}'],
      line: 4,
    },
    { name: 'a second end', lines: [CONFIG, START, END, '', END], line: 5 },
    {
      name: 'an event after end at the same instant',
      lines: [CONFIG, START, END, '{"at":"2026-05-19T09:10:00Z","type":"tick"}'],
      line: 4,
    },
    // Blank lines count in the numbering.
    { name: 'a bad line after blank lines', lines: [CONFIG, '', '', 'nonsense', START, END], line: 4 },
    // The first fault is the one reported.
    { name: 'the first of two faults', lines: [CONFIG, START, '{"type":"sleep"}', 'nonsense'], line: 3 },
  ])('$name: line $line', ({ lines, line }) => expectBad(lines, line));

  it('numbers CRLF lines the same way', () => {
    expectBad([CONFIG, '', START, 'nonsense', END], 4, '\r\n');
    expectBad([CONFIG, START, TICK, '', ''], 3, '\r\n');
  });

  it('refuses an empty file', () => {
    expect(runTrace('').ok).toBe(false);
  });
});

describe('the timestamp grammar', () => {
  // The tick on line 3 carries the timestamp; 09:00Z comes before, 09:10Z after.
  it.each<{ at: string }>([
    { at: '2026-05-19T09:05:00' }, // no offset
    { at: '2026-05-19T09:05' }, // no offset
    { at: '2026-05-19' }, // date only
    { at: '2026-05-19 09:05:00Z' }, // space instead of T
    { at: '2026-05-19T9:05:00Z' }, // one-digit hour
    { at: '2026-05-19T09:5:00Z' }, // one-digit minute
    { at: '2026-05-19T09Z' }, // hour only
    { at: '2026-5-19T09:05:00Z' }, // one-digit month
    { at: '26-05-19T09:05:00Z' }, // two-digit year
    { at: '2026-02-30T09:05:00Z' }, // impossible date
    { at: '2026-02-29T09:05:00Z' }, // not a leap year
    { at: '2026-04-31T09:05:00Z' }, // April has 30 days
    { at: '2026-13-01T09:05:00Z' }, // month 13
    { at: '2026-00-10T09:05:00Z' }, // month 0
    { at: '2026-05-00T09:05:00Z' }, // day 0
    { at: '2026-05-19T24:00:00Z' }, // hour 24
    { at: '2026-05-19T09:60:00Z' }, // minute 60
    { at: '2026-05-19T09:05:60Z' }, // second 60
    { at: '2026-05-19T09:05:00.25Z' }, // two-digit fraction
    { at: '2026-05-19T09:05:00.2500Z' }, // four-digit fraction
    { at: '2026-05-19T09:05:00.Z' }, // empty fraction
    { at: '2026-05-19T09:05:00,250Z' }, // comma fraction
    { at: '2026-05-19T09:05.250Z' }, // fraction without seconds
    { at: '2026-05-19T09:05:00+24:00' }, // offset hour 24
    { at: '2026-05-19T09:05:00+05:60' }, // offset minute 60
    { at: '2026-05-19T09:05:00+02' }, // offset without minutes
    { at: '2026-05-19T09:05:00+2:00' }, // one-digit offset hour
    { at: '2026-05-19T09:05:00+020' }, // three-digit offset
    { at: '2026-05-19T09:05:00 Z' }, // space before Z
    { at: '2026-05-19T09:05:00ZZ' }, // two zones
    { at: 'yesterday' },
    { at: '' },
  ])('refuses "$at" at line 3', ({ at }) => expectBad([CONFIG, START, tickAt(at), END], 3));
});

describe('accepted input', () => {
  // Reference: 09:00-09:10 sitting, one bout cut off by end.
  const plain = {
    date: '2026-05-19',
    sittingSeconds: 600,
    standingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    longestBoutSeconds: 600,
    boutsOver30: 0,
  };

  it.each<{ name: string; text: string }>([
    { name: 'LF', text: [CONFIG, START, TICK, END].join('\n') },
    { name: 'LF with a final newline', text: `${[CONFIG, START, TICK, END].join('\n')}\n` },
    { name: 'CRLF', text: `${[CONFIG, START, TICK, END].join('\r\n')}\r\n` },
    {
      name: 'blank lines between and after',
      text: [CONFIG, '', START, '', '', TICK, END, '', ''].join('\n'),
    },
    { name: 'CRLF with blank lines', text: [CONFIG, '', START, '', TICK, END, ''].join('\r\n') },
    {
      name: '+HHMM and -HHMM offsets',
      text: [CONFIG, tickAt('2026-05-19T11:00:00+0200'), tickAt('2026-05-19T04:05:00-0500'), END].join('\n'),
    },
    {
      name: '+HH:MM and -HH:MM offsets',
      text: [CONFIG, tickAt('2026-05-19T11:00:00+02:00'), tickAt('2026-05-19T04:05:00-05:00'), END].join(
        '\n',
      ),
    },
    {
      name: 'minutes without seconds',
      text: [CONFIG, tickAt('2026-05-19T09:00Z'), tickAt('2026-05-19T09:05+00:00'), END].join('\n'),
    },
    {
      name: 'three-digit fractions',
      // The span stays 600 s: 09:00:00.000 to 09:10:00.
      text: [CONFIG, tickAt('2026-05-19T09:00:00.000Z'), tickAt('2026-05-19T09:05:00.123Z'), END].join('\n'),
    },
    {
      name: 'offsets +23:59 and -23:59',
      // 2026-05-20T08:59+23:59 = 09:00Z on 05-19; 2026-05-18T09:06-23:59 = 09:05Z on 05-19.
      text: [CONFIG, tickAt('2026-05-20T08:59:00+23:59'), tickAt('2026-05-18T09:06:00-23:59'), END].join(
        '\n',
      ),
    },
    {
      name: 'unknown fields are ignored',
      text: [
        '{"type":"config","heartbeatSeconds":300,"timeZone":"UTC","locale":"nl","version":3}',
        '{"at":"2026-05-19T09:00:00Z","type":"start","state":"active","reason":"install","tz":"Europe/Amsterdam"}',
        '{"at":"2026-05-19T09:05:00Z","type":"tick","state":"locked","real":"2026-05-19T08:00:00Z"}',
        '{"at":"2026-05-19T09:10:00Z","type":"end","posture":"standing"}',
      ].join('\n'),
    },
    {
      name: 'equal times are not going backwards',
      text: [
        CONFIG,
        START,
        TICK,
        TICK,
        '{"at":"2026-05-19T09:05:00Z","type":"report","posture":"sitting"}',
        END,
      ].join('\n'),
    },
    {
      name: 'a later instant with an earlier wall clock',
      // 08:05-01:00 is 09:05Z.
      text: [CONFIG, START, tickAt('2026-05-19T08:05:00-01:00'), END].join('\n'),
    },
    {
      name: 'a zone name in other case (Intl accepts it)',
      text: ['{"type":"config","heartbeatSeconds":300,"timeZone":"utc"}', START, TICK, END].join('\n'),
    },
    {
      name: 'idleSeconds 0 and fractional values',
      text: [
        '{"type":"config","idleSeconds":0,"breakMinutes":2.5,"heartbeatSeconds":300,"timeZone":"UTC"}',
        START,
        TICK,
        END,
      ].join('\n'),
    },
  ])('$name', ({ text }) => {
    expect(runTrace(text)).toEqual({ ok: true, output: { days: [plain] } });
  });

  it('accepts a leap day', () => {
    const text = [
      CONFIG,
      '{"at":"2028-02-29T09:00:00Z","type":"start","state":"active"}',
      '{"at":"2028-02-29T09:05:00Z","type":"tick"}',
      '{"at":"2028-02-29T09:10:00Z","type":"end"}',
    ].join('\n');
    expect(runTrace(text)).toEqual({ ok: true, output: { days: [{ ...plain, date: '2028-02-29' }] } });
  });

  it('accepts a config with every value omitted (machine zone, defaults)', () => {
    const result = runTrace(['{"type":"config"}', START, TICK, END].join('\n'));
    expect(result.ok).toBe(true);
  });

  it('uses the defaults idleSeconds 60, breakMinutes 2, heartbeatSeconds 60 when omitted', () => {
    // Idle 09:03 -> spell at 09:02 (60 s back); active 09:05: 180 s >= 120 away. Tick 09:06, end 09:10:
    // 240 s > 2 x 60 is a gap: sitting 09:06-09:07, untracked 09:07-09:10 = 180.
    // Sitting 120 (09:00-09:02) + 120 (09:05-09:07); both bouts end before end: 2 breaks.
    const text = [
      '{"type":"config","timeZone":"UTC"}',
      START,
      '{"at":"2026-05-19T09:01:00Z","type":"tick"}',
      '{"at":"2026-05-19T09:02:00Z","type":"tick"}',
      '{"at":"2026-05-19T09:03:00Z","type":"idle","state":"idle"}',
      '{"at":"2026-05-19T09:05:00Z","type":"idle","state":"active"}',
      '{"at":"2026-05-19T09:06:00Z","type":"tick"}',
      END,
    ].join('\n');
    expect(runTrace(text)).toEqual({
      ok: true,
      output: {
        days: [
          {
            date: '2026-05-19',
            sittingSeconds: 240,
            standingSeconds: 0,
            movingSeconds: 0,
            awaySeconds: 180,
            untrackedSeconds: 180,
            breaks: 2,
            longestBoutSeconds: 120,
            boutsOver30: 0,
          },
        ],
      },
    });
  });
});
