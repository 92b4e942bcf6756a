import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  csvField,
  csvText,
  DAY_COLUMNS,
  daysCsv,
  isoWithOffset,
  mergeDays,
  PROMPT_COLUMNS,
  promptsCsv,
  withBom,
} from '@/lib/backup/csv';
import { figures, prompt, summary, ZONE } from './fixture';

/** A small RFC 4180 reader, to check that what is written reads back the same. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['crlf\r\nend', '"crlf\r\nend"'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<script>alert("x")</script>', '"<script>alert(""x"")</script>"'],
    ['Nek & schouders – één', 'Nek & schouders – één'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([
    [0, '0'],
    [1800, '1800'],
    [-5, '-5'],
    [1.5, '1.5'],
    [Number.NaN, ''],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
    [undefined, ''],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('ends every record with CRLF and reads back cell for cell', () => {
    const rows = [
      ['a', 'b', 'c'],
      ['x,y', 'he said "no"', 'two\nlines'],
      ['<b>bold</b>', '', 'last'],
    ];
    const text = csvText(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual(rows);
  });

  it('adds one byte order mark', () => {
    expect(withBom('a\r\n')).toBe(`${CSV_BOM}a\r\n`);
    expect(withBom(withBom('a\r\n'))).toBe(`${CSV_BOM}a\r\n`);
  });
});

describe('ISO timestamps with offset', () => {
  it.each([
    [Date.parse('2026-06-29T07:00:00Z'), 'Europe/Amsterdam', '2026-06-29T09:00:00+02:00'],
    [Date.parse('2026-01-15T07:00:00.999Z'), 'Europe/Amsterdam', '2026-01-15T08:00:00+01:00'],
    [Date.parse('2026-03-29T01:30:00Z'), 'Europe/Amsterdam', '2026-03-29T03:30:00+02:00'],
    [Date.parse('2026-03-29T00:59:59Z'), 'Europe/Amsterdam', '2026-03-29T01:59:59+01:00'],
    [Date.parse('2026-06-29T07:00:00Z'), 'UTC', '2026-06-29T07:00:00+00:00'],
    [Date.parse('2026-06-29T07:00:00Z'), 'America/New_York', '2026-06-29T03:00:00-04:00'],
    [Date.parse('2026-06-29T07:00:00Z'), 'Asia/Kolkata', '2026-06-29T12:30:00+05:30'],
    [Date.parse('2026-06-29T23:30:00Z'), 'Pacific/Kiritimati', '2026-06-30T13:30:00+14:00'],
  ])('%d in %s is %s', (at, zone, text) => {
    expect(isoWithOffset(at, zone)).toBe(text);
    expect(Date.parse(text)).toBe(Math.floor(at / 1000) * 1000);
  });
});

describe('days CSV', () => {
  it('has the documented header row and only it when empty', () => {
    expect(daysCsv([])).toBe(`${DAY_COLUMNS.join(',')}\r\n`);
    expect(DAY_COLUMNS[0]).toBe('date');
    for (const column of DAY_COLUMNS) {
      if (/bout|sitting|standing|moving|away|untracked|present/.test(column) && column !== 'bouts')
        expect(column === 'bouts_30_min_or_more' || column.endsWith('_seconds')).toBe(true);
    }
  });

  it('writes a summary in full and a day without one with the summary columns empty, in date order', () => {
    const rows = readCsv(
      daysCsv(mergeDays([figures('2026-06-29'), figures('2026-05-01', 120)], [summary('2026-06-29')])),
    );
    expect(rows[0]).toEqual([...DAY_COLUMNS]);
    expect(rows[1]).toEqual([
      '2026-05-01',
      '',
      '120',
      '600',
      '300',
      '1200',
      '0',
      '4',
      '1900',
      '1',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[2]).toEqual([
      '2026-06-29',
      'true',
      '3600',
      '600',
      '300',
      '1200',
      '0',
      '4',
      '1900',
      '1',
      '3',
      '900',
      '3000',
      '3600',
      '3',
    ]);
    expect(rows).toHaveLength(3);
  });
});

describe('prompts CSV', () => {
  it('has the documented header row', () => {
    expect(promptsCsv([], ZONE)).toBe(`${PROMPT_COLUMNS.join(',')}\r\n`);
  });

  it('writes one row per prompt in time order, times with the offset and the family', () => {
    const at = Date.parse('2026-06-29T07:00:00Z');
    const rows = readCsv(
      promptsCsv(
        [
          prompt(at + 3_600_000, {
            outcome: 'skipped',
            skipReason: 'pain',
            answeredAt: at + 3_605_000,
            startedAt: undefined,
          }),
          prompt(at),
          prompt(at + 7_200_000, {
            outcome: null,
            answeredAt: undefined,
            startedAt: undefined,
            channel: 'move-now',
            reason: 'asked',
          }),
        ],
        ZONE,
      ),
    );
    expect(rows[0]).toEqual([...PROMPT_COLUMNS]);
    const column = (name: (typeof PROMPT_COLUMNS)[number]) => PROMPT_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((row) => row[column('offered_at')])).toEqual([
      '2026-06-29T09:00:00+02:00',
      '2026-06-29T10:00:00+02:00',
      '2026-06-29T11:00:00+02:00',
    ]);
    expect(rows[1]).toEqual([
      String(at),
      '2026-06-29T09:00:00+02:00',
      '2026-06-29',
      'chin-retraction',
      'neck',
      'limit',
      'notification',
      '1800',
      'done',
      '',
      '0',
      'false',
      '2026-06-29T09:00:30+02:00',
      '2026-06-29T09:02:00+02:00',
    ]);
    expect(rows[2]?.[column('outcome')]).toBe('skipped');
    expect(rows[2]?.[column('skip_reason')]).toBe('pain');
    expect(rows[2]?.[column('started_at')]).toBe('');
    expect(rows[3]?.[column('outcome')]).toBe('');
    expect(rows[3]?.[column('channel')]).toBe('move-now');
    expect(rows[3]?.[column('reason')]).toBe('asked');
  });

  it('keeps hostile text from a restored backup literal, and an unknown entry has no family', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const rows = readCsv(
      promptsCsv([prompt(Date.parse('2026-06-29T07:00:00Z'), { entryId: hostile })], ZONE),
    );
    expect(rows[1]?.[PROMPT_COLUMNS.indexOf('entry_id')]).toBe(hostile);
    expect(rows[1]?.[PROMPT_COLUMNS.indexOf('family')]).toBe('');
  });
});
