/** docs/data-formats.md stays true: its example reads back, and its columns are the code's. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/backup/backup';
import { DAY_COLUMNS, daysCsv, mergeDays, PROMPT_COLUMNS, promptsCsv } from '@/lib/backup/csv';

const doc = readFileSync(resolve(process.cwd(), 'docs/data-formats.md'), 'utf8');
const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1] ?? '');
/** The first-column names of the table that follows a heading. */
function tableColumns(heading: string): string[] {
  const section = doc.slice(doc.indexOf(heading));
  const table = section.slice(
    section.indexOf('| Column |'),
    section.indexOf('\n\n', section.indexOf('| Column |')),
  );
  return [...table.matchAll(/^\| `([a-z_0-9]+)` \|/gm)].map((match) => match[1] ?? '');
}

describe('docs/data-formats.md', () => {
  const [json = ''] = blocks('json');
  const result = parseBackup(json, { now: Date.parse('2026-06-30T12:00:00Z') });

  it('has an example backup that reads back', () => {
    expect(result.ok ? 'ok' : result.problem).toBe('ok');
  });

  it('shows the CSV the example backup gives', () => {
    if (!result.ok) throw new Error('example backup refused');
    const { stores } = result.backup;
    const [days = '', prompts = ''] = blocks('csv');
    expect(days).toBe(daysCsv(mergeDays(stores.days, stores.summaries)).replaceAll('\r\n', '\n'));
    expect(prompts).toBe(promptsCsv(stores.prompts, 'Europe/Amsterdam').replaceAll('\r\n', '\n'));
  });

  it('documents every column, in order', () => {
    expect(tableColumns('### `balans-days-')).toEqual([...DAY_COLUMNS]);
    expect(tableColumns('### `balans-prompts-')).toEqual([...PROMPT_COLUMNS]);
  });
});
