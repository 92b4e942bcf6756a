/**
 * Hand-worked expectations for the sitting model, PRODUCT.md section 4.
 *
 * Every expected figure below was worked out by hand from the rule text; the comment next to each
 * case shows the arithmetic. Nothing here computes an expectation: the helpers only write the trace
 * text (JSONL) and fill the zero fields of a day.
 *
 * Most cases use `UTC` with heartbeatSeconds 300 and the defaults idleSeconds 60, breakMinutes 2, so
 * a gap (rule 7) is more than 600 s between consecutive events while no spell runs. Each trace keeps
 * its events at most 600 s apart except where a gap is intended.
 */
import { describe, expect, it } from 'vitest';
import type { DayFigures } from '../../../lib/model/types';
import { runTrace } from '../../../lib/trace/run-trace';

// ---------------------------------------------------------------------------------------------
// Trace writing (input only).

/** Default config of these tests: heartbeat 300 s, UTC days, idleSeconds 60, breakMinutes 2. */
const UTC300 = '{"type":"config","heartbeatSeconds":300,"timeZone":"UTC"}';
const DAY = '2026-05-19';

/**
 * Writes a JSONL trace. Each event is `TIME TYPE [ARG]`:
 * `09:00 start active`, `09:05 tick`, `09:07:40 idle idle`, `09:10 call on`, `09:12 report standing`,
 * `09:20 end`. A TIME without a date is on `date`; a TIME without an offset gets `Z`. A line that
 * starts with `{` is copied as it is.
 */
function trace(config: string, date: string, events: string[]): string {
  const lines = [config];
  for (const ev of events) {
    if (ev.startsWith('{')) {
      lines.push(ev);
      continue;
    }
    const [time = '', type = '', arg] = ev.split(' ');
    let at = time.includes('T') ? time : `${date}T${time}`;
    if (!/(Z|[+-]\d\d:?\d\d)$/.test(at)) at += 'Z';
    const line: Record<string, unknown> = { at, type };
    if (type === 'start' || type === 'idle') line.state = arg;
    else if (type === 'call') line.on = arg === 'on';
    else if (type === 'report') line.posture = arg;
    lines.push(JSON.stringify(line));
  }
  return `${lines.join('\n')}\n`;
}

/** Tick lines every `seconds` strictly between two instants (input only, for the long DST traces). */
function ticksBetween(fromIso: string, toIso: string, seconds: number): string[] {
  const out: string[] = [];
  const to = Date.parse(toIso);
  for (let ms = Date.parse(fromIso) + seconds * 1000; ms < to; ms += seconds * 1000) {
    out.push(JSON.stringify({ at: new Date(ms).toISOString(), type: 'tick' }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Expected days (literal figures; omitted ones are 0).

interface Figures {
  sit?: number;
  stand?: number;
  move?: number;
  away?: number;
  untracked?: number;
  breaks?: number;
  longest?: number;
  over30?: number;
}

function day(date: string, f: Figures = {}): DayFigures {
  return {
    date,
    sittingSeconds: f.sit ?? 0,
    standingSeconds: f.stand ?? 0,
    movingSeconds: f.move ?? 0,
    awaySeconds: f.away ?? 0,
    untrackedSeconds: f.untracked ?? 0,
    breaks: f.breaks ?? 0,
    longestBoutSeconds: f.longest ?? 0,
    boutsOver30: f.over30 ?? 0,
  };
}

interface Case {
  name: string;
  text: string;
  days: DayFigures[];
}

function expectDays(text: string, days: DayFigures[]): void {
  const result = runTrace(text);
  if (!result.ok) throw new Error(`runTrace refused the trace at line ${result.line}: ${result.reason}`);
  expect(result.output.days).toEqual(days);
}

/** One day of the default config on 2026-05-19. */
function c(name: string, events: string[], f: Figures, config = UTC300): Case {
  return { name, text: trace(config, DAY, events), days: [day(DAY, f)] };
}

const cfg = (extra: string) => `{"type":"config","heartbeatSeconds":300,"timeZone":"UTC",${extra}}`;

// ---------------------------------------------------------------------------------------------

describe('worked example of PRODUCT.md section 4 (verbatim)', () => {
  const text = `{"type":"config","heartbeatSeconds":300,"timeZone":"Europe/Amsterdam"}
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
  const expected = {
    days: [
      {
        date: '2026-05-19',
        sittingSeconds: 1650,
        standingSeconds: 420,
        movingSeconds: 0,
        awaySeconds: 930,
        untrackedSeconds: 0,
        breaks: 3,
        longestBoutSeconds: 900,
        boutsOver30: 0,
      },
    ],
  };

  it('gives the figures of the brief', () => {
    // Sitting 900 + 450 + 120 + 180 = 1650; away 240 (09:15-09:19) + 690 (09:26:30-09:38) = 930;
    // standing 09:40-09:47 = 420; bouts 900, 450, 120 end in away/standing: 3 breaks; 180 is cut off.
    const result = runTrace(text);
    expect(result).toEqual({ ok: true, output: expected });
  });

  it('prints the fields in the order of the brief', () => {
    const result = runTrace(text);
    if (!result.ok) throw new Error(result.reason);
    expect(JSON.stringify(result.output)).toBe(
      '{"days":[{"date":"2026-05-19","sittingSeconds":1650,"standingSeconds":420,"movingSeconds":0,' +
        '"awaySeconds":930,"untrackedSeconds":0,"breaks":3,"longestBoutSeconds":900,"boutsOver30":0}]}',
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('rule 1: present, sitting and off a call at the first event; posture only by report', () => {
  it.each<Case>([
    // 09:00-09:10 sitting = 600; one bout cut off by end: no break.
    c('start active, all sitting', ['09:00 start active', '09:05 tick', '09:10 end'], {
      sit: 600,
      longest: 600,
    }),
    // A tick as first event: the person is present and sitting all the same.
    c('a tick as the first event', ['09:00 tick', '09:05 tick', '09:10 end'], { sit: 600, longest: 600 }),
    // Sitting 09:00-09:00 is zero (no bout); standing 09:00-09:10 = 600.
    c('a report at the first instant', ['09:00 report standing', '09:05 tick', '09:10 end'], { stand: 600 }),
    // Spell starts at max(08:59, first event 09:00) = 09:00, ends 09:03: 180 s away; sitting 09:03-09:10 = 420.
    // No sitting before the spell, so no bout ended: 0 breaks.
    c(
      'an idle first event cannot reach before the first event',
      ['09:00 idle idle', '09:03 idle active', '09:08 tick', '09:10 end'],
      { sit: 420, away: 180, longest: 420 },
    ),
    // Locked at the first event: away 09:00-09:30 = 1800 (a running spell has no gap).
    c('locked from the start', ['09:00 start locked', '09:30 end'], { away: 1800 }),
    // A restart is no report: standing 09:05-09:15 = 600 survives the start at 09:08. Sitting 300 (bout, break 1).
    c(
      'a restart does not change posture',
      ['09:00 start active', '09:05 report standing', '09:08 start active', '09:13 tick', '09:15 end'],
      { sit: 300, stand: 600, breaks: 1, longest: 300 },
    ),
    // Repeating sitting changes nothing: one bout 09:00-09:15 = 900.
    c(
      'a repeated sitting report changes nothing',
      ['09:00 start active', '09:05 report sitting', '09:10 report sitting', '09:15 end'],
      { sit: 900, longest: 900 },
    ),
    // A call on as the first event: on a call from then, so the idle at 09:05 is ignored: sitting 900.
    c('a call on as the first event', ['09:00 call on', '09:05 idle idle', '09:10 tick', '09:15 end'], {
      sit: 900,
      longest: 900,
    }),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 2: evidence of presence', () => {
  // Base: sitting from 09:00; the idle at 09:09 starts a spell at 09:08 (60 s back); X at 09:12.
  const withX = (x: string) => [
    '09:00 start active',
    '09:05 tick',
    '09:09 idle idle',
    x,
    '09:15 tick',
    '09:20 end',
  ];

  it.each<Case>([
    // Evidence ends the spell: away 09:08-09:12 = 240; sitting 09:00-09:08 (480) + 09:12-09:20 (480) = 960.
    // The 480 s bout ended when away began: 1 break; the second is cut off by end.
    c('idle active ends a spell', withX('09:12 idle active'), {
      sit: 960,
      away: 240,
      breaks: 1,
      longest: 480,
    }),
    c('start active ends a spell', withX('09:12 start active'), {
      sit: 960,
      away: 240,
      breaks: 1,
      longest: 480,
    }),
    c('a report repeating the posture ends a spell', withX('09:12 report sitting'), {
      sit: 960,
      away: 240,
      breaks: 1,
      longest: 480,
    }),
    c('call on ends a spell', withX('09:12 call on'), { sit: 960, away: 240, breaks: 1, longest: 480 }),
    // The ending report's posture applies from 09:12: standing / moving 09:12-09:20 = 480.
    c('report standing ends a spell', withX('09:12 report standing'), {
      sit: 480,
      stand: 480,
      away: 240,
      breaks: 1,
      longest: 480,
    }),
    c('report moving ends a spell', withX('09:12 report moving'), {
      sit: 480,
      move: 480,
      away: 240,
      breaks: 1,
      longest: 480,
    }),
    // Not evidence: the spell runs on 09:08-09:20 (end) = 720 away; sitting 480 is a bout that ended in away.
    c('a tick is not evidence', withX('09:12 tick'), { sit: 480, away: 720, breaks: 1, longest: 480 }),
    c('call off is not evidence', withX('09:12 call off'), { sit: 480, away: 720, breaks: 1, longest: 480 }),
    c('another idle is not evidence', withX('09:12 idle idle'), {
      sit: 480,
      away: 720,
      breaks: 1,
      longest: 480,
    }),
    c('locked continues the spell', withX('09:12 idle locked'), {
      sit: 480,
      away: 720,
      breaks: 1,
      longest: 480,
    }),
    c('start idle is not evidence', withX('09:12 start idle'), {
      sit: 480,
      away: 720,
      breaks: 1,
      longest: 480,
    }),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 3: where a spell starts', () => {
  it.each<Case>([
    // Idle 09:10 -> spell 09:09 (idleSeconds back); active 09:14: away 300. Sitting 540 + 360 (09:14-09:20) = 900.
    c(
      'idle is backdated by idleSeconds',
      ['09:00 start active', '09:05 tick', '09:10 idle idle', '09:14 idle active', '09:19 tick', '09:20 end'],
      { sit: 900, away: 300, breaks: 1, longest: 540 },
    ),
    // max(09:09, report 09:09:30) = 09:09:30; away to 09:14 = 270. Sitting 570 + 360 = 930.
    c(
      'bounded by the last report',
      [
        '09:00 start active',
        '09:05 tick',
        '09:09:30 report sitting',
        '09:10 idle idle',
        '09:14 idle active',
        '09:19 tick',
        '09:20 end',
      ],
      { sit: 930, away: 270, breaks: 1, longest: 570 },
    ),
    // max(09:09, active 09:09:45) = 09:09:45; away to 09:12 = 135 (>= 120). Sitting 585 + 480 = 1065.
    c(
      'bounded by the last active sample',
      [
        '09:00 start active',
        '09:05 tick',
        '09:09:45 idle active',
        '09:10 idle idle',
        '09:12 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1065, away: 135, breaks: 1, longest: 585 },
    ),
    // Call 09:02-09:09:40; max(09:09, evidence 09:02, call end 09:09:40) = 09:09:40; away to 09:14 = 260.
    // Sitting 580 + 360 = 940.
    c(
      'bounded by the end of the last call',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:09:40 call off',
        '09:10 idle idle',
        '09:14 idle active',
        '09:19 tick',
        '09:20 end',
      ],
      { sit: 940, away: 260, breaks: 1, longest: 580 },
    ),
    // Gap 09:00-09:20 (> 600): sitting 09:00-09:05, spell 09:05-09:20 = 900 untracked, ended by the tick.
    // Idle 09:20:30: max(09:19:30, evidence 09:00, previous spell end 09:20) = 09:20; away 09:20-09:23 = 180.
    // Sitting 300 + 420 (09:23-09:30) = 720. The 300 bout ended in untracked: 1 break.
    c(
      'bounded by the end of the previous spell',
      [
        '09:00 start active',
        '09:20 tick',
        '09:20:30 idle idle',
        '09:23 idle active',
        '09:28 tick',
        '09:30 end',
      ],
      { sit: 720, away: 180, untracked: 900, breaks: 1, longest: 420 },
    ),
    // First event is a tick (no evidence yet): max(08:59:30, first event 09:00) = 09:00; away 180.
    c(
      'bounded by the first event',
      ['09:00 tick', '09:00:30 idle idle', '09:03 idle active', '09:08 tick', '09:10 end'],
      { sit: 420, away: 180, longest: 420 },
    ),
    // idleSeconds 600: max(09:00, evidence 09:00) = 09:00 (ticks do not bound it); away 09:00-09:12 = 720.
    c(
      'ticks do not bound the backdating',
      ['09:00 start active', '09:05 tick', '09:10 idle idle', '09:12 idle active', '09:17 tick', '09:20 end'],
      { sit: 480, away: 720, longest: 480 },
      cfg('"idleSeconds":600'),
    ),
    // Locked at 09:09:30 starts the spell there (no backdating); away to 09:12 = 150. Sitting 570 + 480 = 1050.
    c(
      'locked starts a spell at its own time',
      [
        '09:00 start active',
        '09:05 tick',
        '09:09:30 idle locked',
        '09:12 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1050, away: 150, breaks: 1, longest: 570 },
    ),
    // Locked 09:09:30 to 09:11 = 90 s < 120: sitting; one bout of 1200.
    c(
      'a short lock is sitting',
      [
        '09:00 start active',
        '09:05 tick',
        '09:09:30 idle locked',
        '09:11 idle active',
        '09:16 tick',
        '09:20 end',
      ],
      { sit: 1200, longest: 1200 },
    ),
    // Idle 09:10 -> 09:09; the lock at 09:11 continues it; away 09:09-09:12 = 180. Sitting 540 + 480 = 1020.
    c(
      'locked continues an idle spell',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle idle',
        '09:11 idle locked',
        '09:12 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1020, away: 180, breaks: 1, longest: 540 },
    ),
    // Lock 09:10; the idle at 09:10:30 continues it (no new backdated start at 09:09:30);
    // 09:10-09:11:50 = 110 s < 120: sitting.
    c(
      'idle continues a locked spell without backdating it',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:10:30 idle idle',
        '09:11:50 idle active',
        '09:16 tick',
        '09:20 end',
      ],
      { sit: 1200, longest: 1200 },
    ),
    // start carries a state sample: start idle 09:09 -> 09:08; away to 09:12 = 240. Sitting 480 + 480.
    c(
      'start idle is backdated like idle',
      [
        '09:00 start active',
        '09:05 tick',
        '09:09 start idle',
        '09:12 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 960, away: 240, breaks: 1, longest: 480 },
    ),
    // Same instant: report 09:10 then idle 09:10 -> max(09:09, 09:10) = 09:10; away to 09:12 = 120.
    c(
      'a report at the same instant bounds the idle',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 report sitting',
        '09:10 idle idle',
        '09:12 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1080, away: 120, breaks: 1, longest: 600 },
    ),
    // idleSeconds 0: the spell starts at 09:10; 09:10-09:12 = 120 = breakMinutes: away. Sitting 600 + 480.
    c(
      'idleSeconds 0',
      ['09:00 start active', '09:05 tick', '09:10 idle idle', '09:12 idle active', '09:17 tick', '09:20 end'],
      { sit: 1080, away: 120, breaks: 1, longest: 600 },
      cfg('"idleSeconds":0'),
    ),
    // idleSeconds 120: idle 09:10 -> 09:08; away to 09:11 = 180. Sitting 480 + 540 (09:11-09:20) = 1020;
    // the longer bout is the second (540), cut off by end.
    c(
      'idleSeconds 120',
      ['09:00 start active', '09:05 tick', '09:10 idle idle', '09:11 idle active', '09:16 tick', '09:20 end'],
      { sit: 1020, away: 180, breaks: 1, longest: 540 },
      cfg('"idleSeconds":120'),
    ),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 4: how a spell ends and what it counts as', () => {
  it.each<Case>([
    // Standing 09:02-09:10 (480); lock 09:10-09:13 = 180 away, a break: sitting again 09:13-09:20 (420).
    // Sitting 120 + 420 = 540. Bout 120 ended by standing: 1 break; bout 420 cut off.
    c(
      'a break makes a standing person sitting again',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:10 idle locked',
        '09:13 idle active',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 540, stand: 480, away: 180, breaks: 1, longest: 420 },
    ),
    // The report ending the break says moving: moving 09:13-09:20 = 420.
    c(
      'the report ending a break sets the posture (moving)',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:10 idle locked',
        '09:13 report moving',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 120, stand: 480, move: 420, away: 180, breaks: 1, longest: 120 },
    ),
    // Sitting 09:00-09:10 (600), away 180, standing 09:13-09:20 (420).
    c(
      'the report ending a break sets the posture (standing)',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:13 report standing',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 600, stand: 420, away: 180, breaks: 1, longest: 600 },
    ),
    // Moving 09:02-09:10 (480), away 180, sitting 09:13-09:20 (420): sitting 120 + 420.
    c(
      'a sitting report ending a break after moving',
      [
        '09:00 start active',
        '09:02 report moving',
        '09:07 tick',
        '09:10 idle locked',
        '09:13 report sitting',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 540, move: 480, away: 180, breaks: 1, longest: 420 },
    ),
    // Lock 09:10-09:11 = 60 s < 120: counts as standing (posture at its start), and standing goes on:
    // standing 09:02-09:20 = 1080.
    c(
      'a short spell counts as the standing posture at its start',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:10 idle locked',
        '09:11 idle active',
        '09:16 tick',
        '09:20 end',
      ],
      { sit: 120, stand: 1080, breaks: 1, longest: 120 },
    ),
    // Idle 09:10 -> 09:09; the standing report at 09:10:30 ends it after 90 s: sitting (posture at its start).
    // Sitting 09:00-09:10:30 = 630, standing 09:10:30-09:20 = 570.
    c(
      'a short spell ended by another posture still counts as the posture at its start',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle idle',
        '09:10:30 report standing',
        '09:15:30 tick',
        '09:20 end',
      ],
      { sit: 630, stand: 570, breaks: 1, longest: 630 },
    ),
    // Moving 09:02-09:15 = 780 (the 60 s lock at 09:06 counts as moving); sitting 120 + 300.
    c(
      'a short spell while moving is moving',
      [
        '09:00 start active',
        '09:02 report moving',
        '09:06 idle locked',
        '09:07 idle active',
        '09:12 tick',
        '09:15 report sitting',
        '09:20 end',
      ],
      { sit: 420, move: 780, breaks: 1, longest: 300 },
    ),
    // Lock 09:10-09:12 = exactly 120 s: at least breakMinutes, away. Sitting 600 + 480.
    c(
      'a spell of exactly breakMinutes is a break',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:12 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1080, away: 120, breaks: 1, longest: 600 },
    ),
    // 119.999 s < 120: sitting; one bout 1200.
    c(
      'a spell 1 ms short of breakMinutes is sitting',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:11:59.999 idle active',
        '09:16 tick',
        '09:20 end',
      ],
      { sit: 1200, longest: 1200 },
    ),
    // Lock 09:15 to end 09:20 = 300: away. The bout 09:00-09:15 ended when away began, before end: 1 break.
    c(
      'a long spell ended by end is away and its bout is a break',
      ['09:00 start active', '09:05 tick', '09:10 tick', '09:15 idle locked', '09:20 end'],
      { sit: 900, away: 300, breaks: 1, longest: 900 },
    ),
    // Lock 09:19 to end 09:20 = 60 < 120: sitting; the bout is cut off by end: no break.
    c(
      'a short spell ended by end is sitting',
      ['09:00 start active', '09:05 tick', '09:10 tick', '09:15 tick', '09:19 idle locked', '09:20 end'],
      { sit: 1200, longest: 1200 },
    ),
    // breakMinutes 5: idle 09:10 -> 09:09, active 09:13: 240 < 300, sitting.
    c(
      'breakMinutes 5: a 4-minute spell is sitting',
      ['09:00 start active', '09:05 tick', '09:10 idle idle', '09:13 idle active', '09:18 tick', '09:20 end'],
      { sit: 1200, longest: 1200 },
      cfg('"breakMinutes":5'),
    ),
    // breakMinutes 5: 09:09-09:14 = 300: away. Sitting 540 + 360.
    c(
      'breakMinutes 5: a 5-minute spell is a break',
      ['09:00 start active', '09:05 tick', '09:10 idle idle', '09:14 idle active', '09:19 tick', '09:20 end'],
      { sit: 900, away: 300, breaks: 1, longest: 540 },
      cfg('"breakMinutes":5'),
    ),
    // breakMinutes 0.5 = 30 s: lock 09:10-09:10:45 = 45 s away. Sitting 600 + 555 (09:10:45-09:20).
    c(
      'breakMinutes 0.5',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:10:45 idle active',
        '09:15:45 tick',
        '09:20 end',
      ],
      { sit: 1155, away: 45, breaks: 1, longest: 600 },
      cfg('"breakMinutes":0.5'),
    ),
    // Lock 09:19 to end 09:20 = 60 s < 120 while standing: standing. Standing 09:02-09:20 = 1080.
    c(
      'a short spell ended by end while standing is standing',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:12 tick',
        '09:17 tick',
        '09:19 idle locked',
        '09:20 end',
      ],
      { sit: 120, stand: 1080, breaks: 1, longest: 120 },
    ),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 5: calls', () => {
  it.each<Case>([
    // Idle 09:10 during the call starts nothing. Call off 09:20, idle 09:20: max(09:19, evidence 09:16,
    // call end 09:20) = 09:20; spell to end 09:25 = 300 away. Sitting 09:00-09:20 = 1200 (a bout, 1 break).
    c(
      'idle is ignored during a call',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:10 idle idle',
        '09:15 tick',
        '09:16 idle active',
        '09:20 call off',
        '09:20 idle idle',
        '09:25 end',
      ],
      { sit: 1200, away: 300, breaks: 1, longest: 1200 },
    ),
    // A 30-minute call without input is all sitting: 09:00-09:35 = 2100, one bout of 2100 cut off by end.
    c(
      'a long call without input is sitting',
      [
        '09:00 start active',
        '09:01 call on',
        '09:03 idle idle',
        '09:08 tick',
        '09:13 tick',
        '09:18 tick',
        '09:23 tick',
        '09:28 tick',
        '09:31 call off',
        '09:31 idle active',
        '09:35 end',
      ],
      { sit: 2100, longest: 2100, over30: 1 },
    ),
    // Lock 09:10-09:14 during the call = 240 away. The call stays on, so idle 09:22 is ignored.
    // Sitting 600 + 660 (09:14-09:25) = 1260.
    c(
      'locked still starts a spell during a call, and the call stays on',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:10 idle locked',
        '09:14 idle active',
        '09:19 tick',
        '09:22 idle idle',
        '09:25 end',
      ],
      { sit: 1260, away: 240, breaks: 1, longest: 660 },
    ),
    // No call on; the call off only records a call end at 09:09:30: idle 09:10 -> max(09:09, 09:09:30);
    // away 09:09:30-09:14 = 270; sitting 570 + 360 = 930.
    c(
      'call off without call on records the end of the last call',
      [
        '09:00 start active',
        '09:05 tick',
        '09:09:30 call off',
        '09:10 idle idle',
        '09:14 idle active',
        '09:19 tick',
        '09:20 end',
      ],
      { sit: 930, away: 270, breaks: 1, longest: 570 },
    ),
    // The start at 09:10 ends the call; idle 09:18 -> max(09:17, 09:10, call end 09:10) = 09:17; away to 09:21
    // = 240. Sitting 09:00-09:17 (1020) + 09:21-09:30 (540) = 1560.
    c(
      'start ends a call',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:10 start active',
        '09:15 tick',
        '09:18 idle idle',
        '09:21 idle active',
        '09:26 tick',
        '09:30 end',
      ],
      { sit: 1560, away: 240, breaks: 1, longest: 1020 },
    ),
    // start idle at 09:10 first ends the call (call end 09:10), then its idle sample starts a spell at
    // max(09:09, 09:02, 09:10) = 09:10; away to 09:13 = 180. Sitting 600 + 420.
    c(
      'start idle during a call ends the call, then starts a spell',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:10 start idle',
        '09:13 idle active',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 1020, away: 180, breaks: 1, longest: 600 },
    ),
    // Gap 09:07-09:30 (1380 > 600): sitting to 09:12, untracked 09:12-09:30 = 1080 (a break).
    // The call is still on: idle 09:33 is ignored. Sitting 720 + 600 (09:30-09:40) = 1320.
    c(
      'a call stays on across a gap',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:30 tick',
        '09:33 idle idle',
        '09:35 tick',
        '09:40 end',
      ],
      { sit: 1320, untracked: 1080, breaks: 1, longest: 720 },
    ),
    // Gap ending in an idle sample during a call: the idle neither ends the gap's spell nor starts one; the
    // spell 09:12-09:35 runs to the active: untracked 09:12-09:30 = 1080, away 09:30-09:35 = 300.
    // Sitting 720 + 300 = 1020.
    c(
      'a gap during a call that ends in idle continues the spell',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:30 idle idle',
        '09:35 idle active',
        '09:38 tick',
        '09:40 end',
      ],
      { sit: 1020, away: 300, untracked: 1080, breaks: 1, longest: 720 },
    ),
    // Calls do not nest: the call off at 09:08 ends the call. Idle 09:10 -> max(09:09, 09:05, 09:08) = 09:09;
    // away to 09:13 = 240. Sitting 540 + 420 = 960.
    c(
      'a second call on is only evidence',
      [
        '09:00 start active',
        '09:02 call on',
        '09:05 call on',
        '09:08 call off',
        '09:10 idle idle',
        '09:13 idle active',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 960, away: 240, breaks: 1, longest: 540 },
    ),
    // Idle 09:10 -> 09:09; call on 09:12 is evidence: away 180. Idle 09:15 is during the call: ignored.
    // Sitting 540 + 480 = 1020.
    c(
      'call on ends a spell',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle idle',
        '09:12 call on',
        '09:15 idle idle',
        '09:20 end',
      ],
      { sit: 1020, away: 180, breaks: 1, longest: 540 },
    ),
    // Idle 09:09 ignored (call). Call off and the idle answer at 09:12: spell at max(09:11, 09:12) = 09:12,
    // away to 09:15 = 180. Sitting 720 + 300 = 1020.
    c(
      'the idle answer at the end of a call starts a spell there',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:09 idle idle',
        '09:12 call off',
        '09:12 idle idle',
        '09:15 idle active',
        '09:20 end',
      ],
      { sit: 1020, away: 180, breaks: 1, longest: 720 },
    ),
    // start locked at 09:10 ends the call and starts a spell there: away 09:10-09:13 = 180. With the call off,
    // idle 09:16 -> max(09:15, 09:13, 09:10, 09:13) = 09:15; away to 09:18 = 180.
    // Sitting 600 + 120 (09:13-09:15) + 120 (09:18-09:20) = 840. Bouts 600 and 120 end in away: 2 breaks.
    c(
      'start locked during a call ends the call',
      [
        '09:00 start active',
        '09:02 call on',
        '09:07 tick',
        '09:10 start locked',
        '09:13 idle active',
        '09:16 idle idle',
        '09:18 idle active',
        '09:20 end',
      ],
      { sit: 840, away: 360, breaks: 2, longest: 600 },
    ),
    // The idle at 09:05 is ignored (call), so no spell runs and 09:05-10:05 is a gap: sitting to 09:10,
    // untracked 09:10-10:05 = 3300; sitting 10:05-10:10 = 300.
    c(
      'an idle ignored during a call does not stop a gap',
      ['09:00 start active', '09:02 call on', '09:05 idle idle', '10:05 idle active', '10:10 end'],
      { sit: 900, untracked: 3300, breaks: 1, longest: 600 },
    ),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 6: standing and moving ignore idle, not locked or gaps', () => {
  it.each<Case>([
    // Idle 09:10 while standing starts nothing: standing 09:02-09:20 = 1080.
    c(
      'standing ignores idle',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:10 idle idle',
        '09:15 tick',
        '09:16 idle active',
        '09:20 end',
      ],
      { sit: 120, stand: 1080, breaks: 1, longest: 120 },
    ),
    // Exercise 09:10-09:13 with idle at 09:11: moving 180. Sitting 600 + 420.
    c(
      'moving ignores idle',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 report moving',
        '09:11 idle idle',
        '09:13 report sitting',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 1020, move: 180, breaks: 1, longest: 600 },
    ),
    // Lock 09:06-09:10 while moving = 240 away (a break): sitting again 09:10-09:20 = 600. Moving 09:02-09:06.
    c(
      'locked while moving is a break and ends the moving',
      [
        '09:00 start active',
        '09:02 report moving',
        '09:06 idle locked',
        '09:10 idle active',
        '09:15 tick',
        '09:20 end',
      ],
      { sit: 720, move: 240, away: 240, breaks: 1, longest: 600 },
    ),
    // Idle 09:05 while standing: nothing. Sitting report 09:08; idle 09:10 -> max(09:09, 09:08) = 09:09;
    // away to 09:13 = 240. Sitting 120 + 60 (09:08-09:09) + 420 = 600; standing 09:02-09:08 = 360.
    // Bouts 120 (ended by standing) and 60 (exactly 60 s is a bout, ended by away): 2 breaks.
    c(
      'idle counts again once sitting is reported',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:05 idle idle',
        '09:08 report sitting',
        '09:10 idle idle',
        '09:13 idle active',
        '09:18 tick',
        '09:20 end',
      ],
      { sit: 600, stand: 360, away: 240, breaks: 2, longest: 420 },
    ),
    // Idle 09:10 while standing: nothing; lock 09:12 starts a spell at 09:12; away to 09:15 = 180, sitting after.
    // Standing 09:02-09:12 = 600; sitting 120 + 300 (09:15-09:20) = 420.
    c(
      'locked while standing starts a spell at its own time',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:10 idle idle',
        '09:12 idle locked',
        '09:15 idle active',
        '09:20 end',
      ],
      { sit: 420, stand: 600, away: 180, breaks: 1, longest: 300 },
    ),
    // Gap 09:07-09:30: standing 09:07-09:12 (hb), untracked 09:12-09:30 = 1080, sitting after (break).
    // Standing 09:02-09:12 = 600; sitting 120 + 300 (09:30-09:35).
    c(
      'a gap still applies while standing',
      ['09:00 start active', '09:02 report standing', '09:07 tick', '09:30 tick', '09:35 end'],
      { sit: 420, stand: 600, untracked: 1080, breaks: 1, longest: 300 },
    ),
    // Gap ending in idle while standing: the idle continues the gap's spell (rule 7); untracked
    // 09:12-09:30 = 1080, away 09:30-09:33 = 180, sitting 09:33-09:40 = 420. Standing 600.
    c(
      'a gap ending in idle while standing continues the spell',
      [
        '09:00 start active',
        '09:02 report standing',
        '09:07 tick',
        '09:30 idle idle',
        '09:33 idle active',
        '09:38 tick',
        '09:40 end',
      ],
      { sit: 540, stand: 600, away: 180, untracked: 1080, breaks: 1, longest: 420 },
    ),
    // The idle at 09:05 is ignored (standing), so 09:05-10:05 is a gap: standing to 09:10 (09:02-09:10 = 480),
    // untracked 09:10-10:05 = 3300, sitting 10:05-10:10 = 300 after the break. Sitting 120 + 300.
    c(
      'an idle ignored while standing does not stop a gap',
      ['09:00 start active', '09:02 report standing', '09:05 idle idle', '10:05 idle active', '10:10 end'],
      { sit: 420, stand: 480, untracked: 3300, breaks: 1, longest: 300 },
    ),
    // breakMinutes 10: gap 09:07-09:19 (720 > 600): standing 09:07-09:12, spell 09:12-09:19 = 420 < 600 counts
    // as standing. Standing 09:02-09:20 = 1080.
    c(
      'a gap whose spell is short keeps standing',
      ['09:00 start active', '09:02 report standing', '09:07 tick', '09:19 tick', '09:20 end'],
      { sit: 120, stand: 1080, breaks: 1, longest: 120 },
      cfg('"breakMinutes":10'),
    ),
    // Gap while moving: moving 09:02-09:12 = 600 (one heartbeat after 09:07), untracked 09:12-10:07 = 3300,
    // sitting 10:07-10:10 = 180 after the break. Sitting 120 + 180.
    c(
      'a gap while moving keeps moving for one heartbeat',
      ['09:00 start active', '09:02 report moving', '09:07 tick', '10:07 idle active', '10:10 end'],
      { sit: 300, move: 600, untracked: 3300, breaks: 1, longest: 180 },
    ),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 7: gaps', () => {
  it.each<Case>([
    // Gap 09:05-10:05: sitting 09:05-09:10 (one heartbeat), untracked 09:10-10:05 = 3300.
    // Sitting 600 + 600 (10:05-10:15) = 1200.
    c(
      'a gap ending in active',
      ['09:00 start active', '09:05 tick', '10:05 idle active', '10:10 tick', '10:15 end'],
      { sit: 1200, untracked: 3300, breaks: 1, longest: 600 },
    ),
    // 09:05 -> 09:15 is exactly 600 s = 2 x heartbeat: not more, no gap.
    c(
      'exactly 2 x heartbeatSeconds is no gap',
      ['09:00 start active', '09:05 tick', '09:15 tick', '09:20 end'],
      { sit: 1200, longest: 1200 },
    ),
    // 601 s: sitting 09:05-09:10, untracked 09:10:00-09:15:01 = 301; sitting 600 + 299 (09:15:01-09:20).
    c(
      'one second more than 2 x heartbeatSeconds is a gap',
      ['09:00 start active', '09:05 tick', '09:15:01 tick', '09:20 end'],
      { sit: 899, untracked: 301, breaks: 1, longest: 600 },
    ),
    // breakMinutes 10: gap spell 09:10-09:17 = 420 < 600: counts as sitting, not untracked.
    c(
      'a gap whose spell is shorter than breakMinutes keeps the posture',
      ['09:00 start active', '09:05 tick', '09:17 tick', '09:20 end'],
      { sit: 1200, longest: 1200 },
      cfg('"breakMinutes":10'),
    ),
    // The idle at 10:05 continues the gap's spell to 10:08: untracked 09:10-10:05 = 3300, away 10:05-10:08
    // = 180. Sitting 600 + 420 (10:08-10:15) = 1020.
    c(
      'a gap ending in idle continues the spell',
      ['09:00 start active', '09:05 tick', '10:05 idle idle', '10:08 idle active', '10:13 tick', '10:15 end'],
      { sit: 1020, away: 180, untracked: 3300, breaks: 1, longest: 600 },
    ),
    // The lock at 10:05 continues the gap's spell to end 10:15: untracked 3300, away 600.
    c(
      'a gap ending in locked continues the spell',
      ['09:00 start active', '09:05 tick', '10:05 idle locked', '10:15 end'],
      { sit: 600, away: 600, untracked: 3300, breaks: 1, longest: 600 },
    ),
    // start idle is a state sample too: untracked 09:10-10:00 = 3000, away 10:00-10:02 = 120.
    // Sitting 600 + 480 (10:02-10:10).
    c(
      'a gap ending in start idle continues the spell',
      [
        '09:00 start active',
        '09:05 tick',
        '10:00 start idle',
        '10:02 idle active',
        '10:07 tick',
        '10:10 end',
      ],
      { sit: 1080, away: 120, untracked: 3000, breaks: 1, longest: 600 },
    ),
    // breakMinutes 10: gap spell 09:10 continued by idle 09:17 to active 09:18 = 480 < 600: sitting.
    c(
      'a continued gap spell shorter than breakMinutes keeps the posture',
      ['09:00 start active', '09:05 tick', '09:17 idle idle', '09:18 idle active', '09:20 end'],
      { sit: 1200, longest: 1200 },
      cfg('"breakMinutes":10'),
    ),
    // The gap reaches end: untracked 09:10-10:05 = 3300; the bout ended at 09:10, before end: 1 break.
    c('a gap ending at end', ['09:00 start active', '09:05 tick', '10:05 end'], {
      sit: 600,
      untracked: 3300,
      breaks: 1,
      longest: 600,
    }),
    // A spell is running (lock 09:10), so the long silence is no gap: away 09:10-11:00 = 6600.
    c(
      'a long silence while locked is away, not untracked',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '11:00 idle active',
        '11:05 tick',
        '11:10 end',
      ],
      { sit: 1200, away: 6600, breaks: 1, longest: 600 },
    ),
    // Browser closed: untracked 09:10-12:00 = 10200; sitting 600 + 600.
    c(
      'a gap ending in a restart',
      ['09:00 start active', '09:05 tick', '12:00 start active', '12:05 tick', '12:10 end'],
      { sit: 1200, untracked: 10200, breaks: 1, longest: 600 },
    ),
    // Untracked 09:10-10:00 = 3000; the ending report sets standing 10:00-10:05 = 300.
    c(
      'a gap ending in a report',
      ['09:00 start active', '09:05 tick', '10:00 report standing', '10:05 end'],
      { sit: 600, stand: 300, untracked: 3000, breaks: 1, longest: 600 },
    ),
    // Two gaps: sitting 09:00-09:10, untracked 09:10-09:20 (600); sitting 09:20-09:25, untracked 09:25-09:35
    // (600); sitting 09:35-09:40. Sitting 600 + 300 + 300; bouts 600 and 300 end in untracked: 2 breaks.
    c('two gaps in a row', ['09:00 start active', '09:05 tick', '09:20 tick', '09:35 tick', '09:40 end'], {
      sit: 1200,
      untracked: 1200,
      breaks: 2,
      longest: 600,
    }),
    // The gap's spell ends at the later event whatever it is (here a call off): untracked 09:10-10:05 = 3300;
    // sitting 600 + 300 (10:05-10:10).
    c('a gap ending in call off', ['09:00 start active', '09:05 tick', '10:05 call off', '10:10 end'], {
      sit: 900,
      untracked: 3300,
      breaks: 1,
      longest: 600,
    }),
    // breakMinutes 10: the gap's spell (from 09:10) is continued by the lock at 09:17 to 09:25 = 900 >= 600:
    // untracked 09:10-09:17 = 420, away 09:17-09:25 = 480. Sitting 600 + 300 (09:25-09:30).
    c(
      'a lock that continues a gap spell can make it a break',
      ['09:00 start active', '09:05 tick', '09:17 idle locked', '09:25 idle active', '09:30 end'],
      { sit: 900, away: 480, untracked: 420, breaks: 1, longest: 600 },
      cfg('"breakMinutes":10'),
    ),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('rule 8: bouts and breaks', () => {
  it.each<Case>([
    // Sitting 09:00-09:00:50 (50 s) is no bout, so no break; away 09:00:50-09:05 = 250; sitting 300.
    c(
      'a sitting stretch under 60 s is sitting time but no bout',
      ['09:00 start active', '09:00:50 idle locked', '09:05 idle active', '09:10 end'],
      { sit: 350, away: 250, longest: 300 },
    ),
    // 60 s is not shorter than 60 s: a bout that ends in away: 1 break.
    c(
      'a sitting stretch of exactly 60 s is a bout',
      ['09:00 start active', '09:01 idle locked', '09:05 idle active', '09:10 end'],
      { sit: 360, away: 240, breaks: 1, longest: 300 },
    ),
    // 59.999 s: no bout. Sitting 59.999 + 300 = 359.999 -> 360; away 240.001 -> 240.
    c(
      'a sitting stretch of 59.999 s is no bout',
      ['09:00 start active', '09:00:59.999 idle locked', '09:05 idle active', '09:10 end'],
      { sit: 360, away: 240, longest: 300 },
    ),
    // Short spell 09:09-09:10:30 belongs to the bout 09:00-09:20 (1200); lock 09:20-09:25 away; sitting 300.
    c(
      'a short spell belongs to its bout',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle idle',
        '09:10:30 idle active',
        '09:15 tick',
        '09:20 idle locked',
        '09:25 idle active',
        '09:30 end',
      ],
      { sit: 1500, away: 300, breaks: 1, longest: 1200 },
    ),
    // An exercise: moving 09:10-09:12 (120) ends the bout of 600; sitting 600 + 480.
    c(
      'moving ends a bout',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 report moving',
        '09:12 report sitting',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1080, move: 120, breaks: 1, longest: 600 },
    ),
    // Sitting 09:05-09:05:30 (30 s) between standings: no bout, no break; standing 300 + 570 = 870.
    c(
      'a short sitting stretch between standings is no bout',
      [
        '09:00 start active',
        '09:00 report standing',
        '09:05 report sitting',
        '09:05:30 report standing',
        '09:10 tick',
        '09:15 end',
      ],
      { sit: 30, stand: 870 },
    ),
    // Bout 09:00-09:30 = 1800: "1800 s or more": boutsOver30 1. Away 09:30-09:35; sitting 300.
    c(
      'a bout of exactly 1800 s counts as 30 minutes or more',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 tick',
        '09:15 tick',
        '09:20 tick',
        '09:25 tick',
        '09:30 idle locked',
        '09:35 idle active',
        '09:40 end',
      ],
      { sit: 2100, away: 300, breaks: 1, longest: 1800, over30: 1 },
    ),
    // Bout 09:00-09:35 = 2100 with a 90 s short spell at 09:19-09:20:30 inside it: still one bout, over 30.
    c(
      'a short spell does not split a long bout',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 tick',
        '09:15 tick',
        '09:20 idle idle',
        '09:20:30 idle active',
        '09:25 tick',
        '09:30 tick',
        '09:35 idle locked',
        '09:40 end',
      ],
      { sit: 2100, away: 300, breaks: 1, longest: 2100, over30: 1 },
    ),
    // Bouts 08:00-08:40 (2400, away), 08:45-09:30 (2700, standing), 09:35-09:45 (600, cut off).
    // Sitting 5700, away 300, standing 300, breaks 2, longest 2700, two bouts of 1800 s or more.
    c(
      'several bouts',
      [
        '08:00 start active',
        '08:05 tick',
        '08:10 tick',
        '08:15 tick',
        '08:20 tick',
        '08:25 tick',
        '08:30 tick',
        '08:35 tick',
        '08:40 idle locked',
        '08:45 idle active',
        '08:50 tick',
        '08:55 tick',
        '09:00 tick',
        '09:05 tick',
        '09:10 tick',
        '09:15 tick',
        '09:20 tick',
        '09:25 tick',
        '09:30 report standing',
        '09:35 report sitting',
        '09:40 tick',
        '09:45 end',
      ],
      { sit: 5700, stand: 300, away: 300, breaks: 2, longest: 2700, over30: 2 },
    ),
    // Bout 600 ends in away (break); the 30 s of sitting before end is no bout.
    c(
      'a short last stretch is no bout',
      ['09:00 start active', '09:05 tick', '09:10 idle locked', '09:19:30 idle active', '09:20 end'],
      { sit: 630, away: 570, breaks: 1, longest: 600 },
    ),
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

const AMS = (extra = '') => `{"type":"config","heartbeatSeconds":300,"timeZone":"Europe/Amsterdam"${extra}}`;

describe('rule 9: local days', () => {
  it.each<Case>([
    // Sitting 23:50-24:00 (600) and 00:00-00:10 (600); the split is no break.
    {
      name: 'a bout across midnight is split but not broken',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '2026-05-20T00:00 tick',
        '2026-05-20T00:05 tick',
        '2026-05-20T00:10 end',
      ]),
      days: [day('2026-05-19', { sit: 600, longest: 600 }), day('2026-05-20', { sit: 600, longest: 600 })],
    },
    // Bout 23:35-00:35 (3600) in pieces 1500 and 2100: only the second piece is 1800 s or more. It stops at
    // 00:35 (away to 00:40): the break counts on 05-20. Sitting 05-20: 2100 + 300 (00:40-00:45).
    {
      name: 'longest bout and bouts over 30 use the per-day pieces',
      text: trace(UTC300, DAY, [
        '23:35 start active',
        '23:40 tick',
        '23:45 tick',
        '23:50 tick',
        '23:55 tick',
        '2026-05-20T00:00 tick',
        '2026-05-20T00:05 tick',
        '2026-05-20T00:10 tick',
        '2026-05-20T00:15 tick',
        '2026-05-20T00:20 tick',
        '2026-05-20T00:25 tick',
        '2026-05-20T00:30 tick',
        '2026-05-20T00:35 idle locked',
        '2026-05-20T00:40 idle active',
        '2026-05-20T00:45 end',
      ]),
      days: [
        day('2026-05-19', { sit: 1500, longest: 1500 }),
        day('2026-05-20', { sit: 2400, away: 300, breaks: 1, longest: 2100, over30: 1 }),
      ],
    },
    // Bout 23:30-00:00:30 = 1830 s (a bout). Pieces: 1800 on 05-19 (over 30) and 30 on 05-20. Away
    // 00:00:30-00:05 = 270 (a break, on 05-20, where the bout stopped).
    {
      name: 'a bout piece under 60 s is still a bout piece',
      text: trace(UTC300, DAY, [
        '23:30 start active',
        '23:35 tick',
        '23:40 tick',
        '23:45 tick',
        '23:50 tick',
        '23:55 tick',
        '2026-05-20T00:00:30 idle locked',
        '2026-05-20T00:05 end',
      ]),
      days: [
        day('2026-05-19', { sit: 1800, longest: 1800, over30: 1 }),
        day('2026-05-20', { sit: 30, away: 270, breaks: 1, longest: 30 }),
      ],
    },
    // The bout stops exactly at midnight (lock 00:00): its break counts on the new day.
    {
      name: 'a bout that stops exactly at midnight breaks on the new day',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '2026-05-20T00:00 idle locked',
        '2026-05-20T00:05 idle active',
        '2026-05-20T00:10 end',
      ]),
      days: [
        day('2026-05-19', { sit: 600, longest: 600 }),
        day('2026-05-20', { sit: 300, away: 300, breaks: 1, longest: 300 }),
      ],
    },
    // Lock at 23:59:59: bout 599 stops on 05-19; away 1 s on 05-19 and 300 s on 05-20.
    {
      name: 'a bout that stops a second before midnight breaks on the old day',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '23:59:59 idle locked',
        '2026-05-20T00:05 idle active',
        '2026-05-20T00:10 end',
      ]),
      days: [
        day('2026-05-19', { sit: 599, away: 1, breaks: 1, longest: 599 }),
        day('2026-05-20', { sit: 300, away: 300, longest: 300 }),
      ],
    },
    // end exactly at midnight adds a day of zeros.
    {
      name: 'end at exactly midnight adds a day of zeros',
      text: trace(UTC300, DAY, ['23:50 start active', '23:55 tick', '2026-05-20T00:00 end']),
      days: [day('2026-05-19', { sit: 600, longest: 600 }), day('2026-05-20')],
    },
    // Gap from 23:55 (sitting to 00:00) to 05-21 00:10: untracked all of 05-20 (86400) and 600 on 05-21.
    // The bout stopped at midnight: its break is on 05-20.
    {
      name: 'a whole day untracked',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '2026-05-21T00:10 start active',
        '2026-05-21T00:15 end',
      ]),
      days: [
        day('2026-05-19', { sit: 600, longest: 600 }),
        day('2026-05-20', { untracked: 86400, breaks: 1 }),
        day('2026-05-21', { sit: 300, untracked: 600, longest: 300 }),
      ],
    },
    // Days come from timeZone, not from the offsets: in Amsterdam (+02:00 in May) 21:50Z is 23:50 on 05-19 and
    // 22:00Z is midnight of 05-20. All five instants are on 05-19 in UTC.
    {
      name: 'days come from timeZone, not from the offsets',
      text: trace(AMS(), DAY, [
        '2026-05-19T21:50:00Z start active',
        '2026-05-19T16:55:00-05:00 tick',
        '2026-05-20T00:00:00+02:00 tick',
        '2026-05-19T22:05:00Z tick',
        '2026-05-19T22:10:00+0000 end',
      ]),
      days: [day('2026-05-19', { sit: 600, longest: 600 }), day('2026-05-20', { sit: 600, longest: 600 })],
    },
    // America/Santiago jumps from 2026-09-05 24:00 (-04:00) to 2026-09-06 01:00 (-03:00): 09-06 starts at
    // 01:00 local = 04:00Z. Sitting 03:50Z-04:00Z = 600 on 09-05 and 04:00Z-04:10Z = 600 on 09-06.
    {
      name: 'a day starts at the first instant with its date where the clock jumps over midnight',
      text: trace('{"type":"config","heartbeatSeconds":300,"timeZone":"America/Santiago"}', DAY, [
        '2026-09-05T23:50:00-04:00 start active',
        '2026-09-05T23:55:00-04:00 tick',
        '2026-09-06T01:00:00-03:00 tick',
        '2026-09-06T01:05:00-03:00 tick',
        '2026-09-06T01:10:00-03:00 end',
      ]),
      days: [day('2026-09-05', { sit: 600, longest: 600 }), day('2026-09-06', { sit: 600, longest: 600 })],
    },
    // end at 01:00 -03:00, the first instant of 09-06 there, is "exactly midnight": a day of zeros.
    {
      name: 'end at the start of a day without 00:00 adds a day of zeros',
      text: trace('{"type":"config","heartbeatSeconds":300,"timeZone":"America/Santiago"}', DAY, [
        '2026-09-05T23:50:00-04:00 start active',
        '2026-09-05T23:55:00-04:00 tick',
        '2026-09-06T01:00:00-03:00 end',
      ]),
      days: [day('2026-09-05', { sit: 600, longest: 600 }), day('2026-09-06')],
    },
    // Idle 00:00:30 -> spell at 23:59:30 the day before; active 00:05: away 30 s on 05-19 and 300 s on 05-20.
    // The bout 23:50-23:59:30 (570) stopped on 05-19: the break counts there.
    {
      name: 'a backdated idle can stop a bout on the day before',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '2026-05-20T00:00:30 idle idle',
        '2026-05-20T00:05 idle active',
        '2026-05-20T00:10 end',
      ]),
      days: [
        day('2026-05-19', { sit: 570, away: 30, breaks: 1, longest: 570 }),
        day('2026-05-20', { sit: 300, away: 300, longest: 300 }),
      ],
    },
    // Spell 23:59:30-00:01 = 90 s < 120: sitting; one bout 23:50-00:10 in pieces of 600 and 600.
    {
      name: 'a short spell across midnight does not break the bout',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '2026-05-20T00:00:30 idle idle',
        '2026-05-20T00:01 idle active',
        '2026-05-20T00:06 tick',
        '2026-05-20T00:10 end',
      ]),
      days: [day('2026-05-19', { sit: 600, longest: 600 }), day('2026-05-20', { sit: 600, longest: 600 })],
    },
    // Lock 23:57 to end at midnight = 180 away; the bout of 420 stopped on 05-19; 05-20 is all zeros.
    {
      name: 'end at midnight during a spell',
      text: trace(UTC300, DAY, [
        '23:50 start active',
        '23:55 tick',
        '23:57 idle locked',
        '2026-05-20T00:00 end',
      ]),
      days: [day('2026-05-19', { sit: 420, away: 180, breaks: 1, longest: 420 }), day('2026-05-20')],
    },
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('Europe/Amsterdam DST days', () => {
  it.each<Case>([
    // 2026-03-29 runs 00:00+01:00 (03-28 23:00Z) to 00:00+02:00 on 03-30 (03-29 22:00Z): 23 h = 82800 s,
    // all one bout (ticks every 300 s); end at midnight adds 03-30 with zeros.
    {
      name: '2026-03-29 has 23 hours',
      text: trace(AMS(), DAY, [
        '2026-03-29T00:00:00+01:00 start active',
        ...ticksBetween('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', 300),
        '2026-03-30T00:00:00+02:00 end',
      ]),
      days: [day('2026-03-29', { sit: 82800, longest: 82800, over30: 1 }), day('2026-03-30')],
    },
    // 2026-10-25 runs 00:00+02:00 (10-24 22:00Z) to 00:00+01:00 on 10-26 (10-25 23:00Z): 25 h = 90000 s.
    {
      name: '2026-10-25 has 25 hours',
      text: trace(AMS(), DAY, [
        '2026-10-25T00:00:00+02:00 start active',
        ...ticksBetween('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00', 300),
        '2026-10-26T00:00:00+01:00 end',
      ]),
      days: [day('2026-10-25', { sit: 90000, longest: 90000, over30: 1 }), day('2026-10-26')],
    },
    // 01:50+01:00 (00:50Z) to the lock at 03:10+02:00 (01:10Z) is 20 real minutes: bout 1200, not 80 min.
    // Away 01:10Z-01:15Z = 300; sitting 300 more to 01:20Z.
    {
      name: 'a bout across the spring-forward jump is measured in real time',
      text: trace(AMS(), DAY, [
        '2026-03-29T01:50:00+01:00 start active',
        '2026-03-29T01:55:00+01:00 tick',
        '2026-03-29T03:00:00+02:00 tick',
        '2026-03-29T03:05:00+02:00 tick',
        '2026-03-29T03:10:00+02:00 idle locked',
        '2026-03-29T03:15:00+02:00 idle active',
        '2026-03-29T03:20:00+02:00 end',
      ]),
      days: [day('2026-03-29', { sit: 1500, away: 300, breaks: 1, longest: 1200 })],
    },
    // 02:50+02:00 (00:50Z) ... 02:00+01:00 (01:00Z) ... lock 02:10+01:00 (01:10Z): the wall clock goes back but
    // time does not. Bout 1200, away 300, sitting 300.
    {
      name: 'a bout across the fall-back hour is measured in real time',
      text: trace(AMS(), DAY, [
        '2026-10-25T02:50:00+02:00 start active',
        '2026-10-25T02:55:00+02:00 tick',
        '2026-10-25T02:00:00+01:00 tick',
        '2026-10-25T02:05:00+01:00 tick',
        '2026-10-25T02:10:00+01:00 idle locked',
        '2026-10-25T02:15:00+01:00 idle active',
        '2026-10-25T02:20:00+01:00 end',
      ]),
      days: [day('2026-10-25', { sit: 1500, away: 300, breaks: 1, longest: 1200 })],
    },
    // 03-28 23:30+01:00 (22:30Z) to 03-29 04:00+02:00 (02:00Z), ticks every 300 s: 1800 on 03-28 and
    // 23:00Z-02:00Z = 10800 on 03-29 (the local clock shows 4 h, only 3 passed). Both pieces over 30.
    {
      name: 'a bout across midnight and the spring-forward jump',
      text: trace(AMS(), DAY, [
        '2026-03-28T23:30:00+01:00 start active',
        ...ticksBetween('2026-03-28T23:30:00+01:00', '2026-03-29T04:00:00+02:00', 300),
        '2026-03-29T04:00:00+02:00 end',
      ]),
      days: [
        day('2026-03-28', { sit: 1800, longest: 1800, over30: 1 }),
        day('2026-03-29', { sit: 10800, longest: 10800, over30: 1 }),
      ],
    },
    // Sleep across the fall-back night: sitting 20:00Z-20:10Z (22:00-22:10 local), untracked 20:10Z to local
    // midnight 22:00Z = 6600 on 10-24, and 22:00Z to 07:00Z (08:00+01:00) = 9 h = 32400 on 10-25.
    {
      name: 'sleeping through the fall-back night',
      text: trace(AMS(), DAY, [
        '2026-10-24T22:00:00+02:00 start active',
        '2026-10-24T22:05:00+02:00 tick',
        '2026-10-25T08:00:00+01:00 start active',
        '2026-10-25T08:05:00+01:00 tick',
        '2026-10-25T08:10:00+01:00 end',
      ]),
      days: [
        day('2026-10-24', { sit: 600, untracked: 6600, breaks: 1, longest: 600 }),
        day('2026-10-25', { sit: 600, untracked: 32400, longest: 600 }),
      ],
    },
    // Sleep across the spring-forward night: sitting 21:00Z-21:10Z, untracked 21:10Z-23:00Z = 6600 on 03-28 and
    // 23:00Z to 06:00Z (08:00+02:00) = 7 h = 25200 on 03-29.
    {
      name: 'sleeping through the spring-forward night',
      text: trace(AMS(), DAY, [
        '2026-03-28T22:00:00+01:00 start active',
        '2026-03-28T22:05:00+01:00 tick',
        '2026-03-29T08:00:00+02:00 start active',
        '2026-03-29T08:05:00+02:00 tick',
        '2026-03-29T08:10:00+02:00 end',
      ]),
      days: [
        day('2026-03-28', { sit: 600, untracked: 6600, breaks: 1, longest: 600 }),
        day('2026-03-29', { sit: 600, untracked: 25200, longest: 600 }),
      ],
    },
  ])('$name', ({ text, days }) => expectDays(text, days));
});

// ---------------------------------------------------------------------------------------------

describe('decided edge cases', () => {
  it.each<Case>([
    // Same instant, file order: lock then active at 09:10 is a spell of zero length: nothing; one bout 1200.
    c(
      'lock then active at the same instant is nothing',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:10 idle active',
        '09:15 tick',
        '09:20 end',
      ],
      { sit: 1200, longest: 1200 },
    ),
    // Same instant, other order: active then lock at 09:10: the spell runs 09:10-09:20 = 600 away.
    c(
      'active then lock at the same instant starts a spell',
      ['09:00 start active', '09:05 tick', '09:10 idle active', '09:10 idle locked', '09:20 end'],
      { sit: 600, away: 600, breaks: 1, longest: 600 },
    ),
    // Standing for zero seconds counts for nothing: the bout 09:00-09:20 goes on.
    c(
      'a zero-length standing stretch counts for nothing',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 report standing',
        '09:10 report sitting',
        '09:15 tick',
        '09:20 end',
      ],
      { sit: 1200, longest: 1200 },
    ),
    // Rounded after summing: sitting 600.25 (09:00-09:10:00.250) + 300.25 (09:15:00.250-09:20:00.500) = 900.5
    // -> 901 (rounding each piece first would give 900). Away exactly 300. Longest 600.25 -> 600.
    c(
      'fields are rounded after summing milliseconds',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10:00.250 idle locked',
        '09:15:00.250 idle active',
        '09:20:00.500 end',
      ],
      { sit: 901, away: 300, breaks: 1, longest: 600 },
    ),
    // Away 120.5 -> 121 (half up); sitting 600 + 479.5 = 1079.5 -> 1080: the day adds up to 1201 for 1200 s.
    c(
      'half a second rounds up',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:12:00.500 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1080, away: 121, breaks: 1, longest: 600 },
    ),
    // Away 120.499 -> 120; sitting 600 + 479.501 = 1079.501 -> 1080.
    c(
      'less than half a second rounds down',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 idle locked',
        '09:12:00.499 idle active',
        '09:17 tick',
        '09:20 end',
      ],
      { sit: 1080, away: 120, breaks: 1, longest: 600 },
    ),
    // Bout 1799.5 s: longestBoutSeconds rounds to 1800, but the piece is not 1800 s or more (times are in ms).
    // Sitting 1799.5 + 300 = 2099.5 -> 2100; away 09:29:59.500-09:35 = 300.5 -> 301.
    c(
      'a bout of 1799.5 s is not a bout of 30 minutes',
      [
        '09:00 start active',
        '09:05 tick',
        '09:10 tick',
        '09:15 tick',
        '09:20 tick',
        '09:25 tick',
        '09:29:59.500 idle locked',
        '09:35 idle active',
        '09:40 end',
      ],
      { sit: 2100, away: 301, breaks: 1, longest: 1800 },
    ),
    // Zero-length trace: one day of zeros.
    c('end at the instant of the first event', ['09:00 start active', '09:00 end'], {}),
    // Sitting 0.5 s on each side of midnight: each day rounds 0.5 up to 1; the whole stretch (1 s) is no bout.
    {
      name: 'each day rounds on its own',
      text: trace(UTC300, DAY, ['23:59:59.500 start active', '2026-05-20T00:00:00.500 end']),
      days: [day('2026-05-19', { sit: 1 }), day('2026-05-20', { sit: 1 })],
    },
  ])('$name', ({ text, days }) => expectDays(text, days));
});
