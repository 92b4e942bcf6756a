import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DataControls } from '@/components/data/DataControls';
import { problemText } from '@/components/data/problem-text';
import { type BackupProblem, type Contents, STORE_NAMES } from '@/lib/backup/backup';
import type { DataSource } from '@/lib/browser/data-source';
import { createTranslator } from '@/lib/i18n';
import { backupText, NOW, ZONE } from './fixture';

const HOSTILE = '<img src=x onerror=alert(1)>';

function fakeSource(overrides: Partial<DataSource> = {}) {
  const current = Object.fromEntries(
    STORE_NAMES.map((store) => [store, { count: 0, first: null, last: null }]),
  ) as Contents;
  current.days = { count: 12, first: '2026-06-01', last: '2026-07-01' };
  const source: DataSource = {
    now: () => NOW,
    timeZone: () => ZONE,
    exportDaysCsv: vi.fn(async () => 'balans-days-2026-06-30.csv'),
    exportPromptsCsv: vi.fn(async () => 'balans-prompts-2026-06-30.csv'),
    exportBackup: vi.fn(async () => 'balans-backup-2026-06-30.json'),
    readFile: vi.fn(async (file: File) => ({ ok: true as const, text: await file.text() })),
    contents: vi.fn(async () => current),
    restore: vi.fn(async () => ({ settingsSaved: true })),
    deleteHistory: vi.fn(async () => {}),
    resetSettings: vi.fn(async () => {}),
    ...overrides,
  };
  return source;
}

function choose(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}

const en = () => createTranslator('en');

describe('data controls: hostile text', () => {
  it('shows a file whose content is markup as not JSON, and runs none of it', async () => {
    const source = fakeSource();
    const { container } = render(<DataControls source={source} tr={en()} />);
    choose(HOSTILE);
    const problem = await screen.findByText(/it doesn't contain JSON/);
    expect(problem.textContent).toContain('Nothing has been changed.');
    expect(container.querySelector('img')).toBeNull();
    expect(source.restore).not.toHaveBeenCalled();
  });

  it('names a hostile duplicate id as text, never as an element', async () => {
    const source = fakeSource();
    const { container } = render(<DataControls source={source} tr={en()} />);
    choose(
      backupText((root) => {
        for (const prompt of root.stores.prompts) (prompt as { id: string }).id = HOSTILE;
      }),
    );
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert.textContent).toContain(`Prompts holds the same record twice (${HOSTILE})`),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(source.restore).not.toHaveBeenCalled();
  });

  it('shows a hostile value and a hostile file name as text', async () => {
    const source = fakeSource();
    const { container } = render(<DataControls source={source} tr={en()} />);
    choose(
      backupText((root) => {
        (root.stores.timeline[0] as { segments: string }).segments = HOSTILE;
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();

    choose(backupText(), `${HOSTILE}.json`);
    expect(await screen.findByText(`File: ${HOSTILE}.json`, { exact: false })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('data controls: restore', () => {
  it('previews what will change, then replaces on confirmation', async () => {
    const source = fakeSource();
    const onChange = vi.fn();
    render(<DataControls source={source} tr={en()} onChange={onChange} />);
    choose(backupText());

    const heading = await screen.findByRole('heading', { name: 'What will change' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const table = screen.getByRole('table');
    const days = within(table).getByRole('row', { name: /^Days/ });
    expect(days.textContent).toContain('12 (1 Jun 2026 to 1 Jul 2026)');
    expect(days.textContent).toContain('2 (28 Jun 2026 to 29 Jun 2026)');
    expect(within(table).getByRole('row', { name: /Weekly check-ins/ }).textContent).toContain('none');
    expect(screen.getByText(/All 12 records kept now are replaced by the 14 records/)).toBeTruthy();
    expect(screen.getByText(/What you kept after that, up to 1 Jul 2026, will be deleted/)).toBeTruthy();
    expect(screen.getByText('Your settings are replaced by those in the backup.')).toBeTruthy();
    expect(source.restore).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Replace my data' }));
    await screen.findByText('Restored. Your history and settings now come from the backup.');
    expect(source.restore).toHaveBeenCalledTimes(1);
    expect(vi.mocked(source.restore).mock.calls[0]?.[0].stores.prompts).toHaveLength(3);
    expect(onChange).toHaveBeenCalledWith('restored');
  });

  it('writes nothing when cancelled', async () => {
    const source = fakeSource();
    render(<DataControls source={source} tr={en()} />);
    choose(backupText());
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByText('Nothing was restored.');
    expect(source.restore).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Backup file')).toBeTruthy();
  });

  it('says nothing changed when the restore fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const source = fakeSource({ restore: vi.fn(async () => Promise.reject(new Error('aborted'))) });
    render(<DataControls source={source} tr={en()} />);
    choose(backupText());
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my data' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Restoring failed. Nothing in your history has changed.',
    );
  });

  it('refuses a file over 50 MB with its size', async () => {
    const source = fakeSource({
      readFile: vi.fn(async () => ({
        ok: false as const,
        problem: { code: 'too-large' as const, bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 },
      })),
    });
    render(<DataControls source={source} tr={en()} />);
    choose('{}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is 60 MB; a backup can be at most 50 MB. Nothing has been changed.',
    );
  });

  it('names the fault of a backup from a newer version and of a truncated one', async () => {
    render(<DataControls source={fakeSource()} tr={en()} />);
    choose(backupText((root) => (root.version = 3)));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/newer version of Balans \(format 3;/),
    );
    choose(backupText().slice(0, 500));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/This backup is incomplete/));
  });
});

describe('data controls: delete', () => {
  it('asks first, then deletes the history and keeps the settings', async () => {
    const source = fakeSource();
    const onChange = vi.fn();
    render(<DataControls source={source} tr={en()} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my history…' }));
    expect(source.deleteHistory).not.toHaveBeenCalled();
    const question = screen.getByText('Are you sure? This deletes your whole history for good.');
    await waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Your history has been deleted. Counting starts afresh.');
    expect(source.deleteHistory).toHaveBeenCalledTimes(1);
    expect(source.resetSettings).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledWith('deleted');
  });

  it('resets the settings too when asked', async () => {
    const source = fakeSource();
    render(<DataControls source={source} tr={en()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my history…' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also reset my settings to their defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Your history has been deleted and your settings are back to their defaults.');
    expect(source.resetSettings).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    const source = fakeSource();
    render(<DataControls source={source} tr={en()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(source.deleteHistory).not.toHaveBeenCalled();
  });
});

describe('data controls: export and language', () => {
  it('exports and says where the file went', async () => {
    const source = fakeSource();
    render(<DataControls source={source} tr={en()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Days (CSV)' }));
    await screen.findByText('Saved balans-days-2026-06-30.csv to your downloads.');
    fireEvent.click(screen.getByRole('button', { name: 'Full backup (JSON)' }));
    await screen.findByText('Saved balans-backup-2026-06-30.json to your downloads.');
    expect(source.exportDaysCsv).toHaveBeenCalledTimes(1);
    expect(source.exportBackup).toHaveBeenCalledTimes(1);
  });

  it('renders in Dutch', () => {
    render(<DataControls source={fakeSource()} tr={createTranslator('nl')} />);
    expect(screen.getByRole('heading', { name: 'Een back-up terugzetten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volledige back-up (JSON)' })).toBeTruthy();
    expect(screen.getByLabelText('Back-upbestand')).toBeTruthy();
  });

  it('has a message for every problem in both languages', () => {
    const problems: BackupProblem[] = [
      { code: 'too-large', bytes: 1, limit: 2 },
      { code: 'not-json' },
      { code: 'truncated' },
      { code: 'wrong-format' },
      { code: 'newer-version', version: 2, supported: 1 },
      { code: 'missing', path: 'stores.days' },
      { code: 'wrong-type', path: 'a', expected: 'integer' },
      { code: 'bad-value', path: 'a', value: 'b' },
      { code: 'duplicate-id', store: 'events', id: '1' },
      { code: 'date-out-of-range', path: 'a', value: '1999-01-01' },
    ];
    for (const locale of ['en', 'nl'] as const) {
      const tr = createTranslator(locale);
      for (const problem of problems) {
        const text = problemText(problem, tr);
        expect(text).not.toMatch(/^data|\{\w+\}/);
      }
    }
  });
});

describe('data controls: accessibility', () => {
  it('has no axe violations with the preview and the delete question open', async () => {
    const axe = (await import('axe-core')).default;
    const source = fakeSource();
    const { container } = render(
      <main>
        <h2>Your data</h2>
        <DataControls source={source} tr={en()} />
      </main>,
    );
    choose(backupText());
    await screen.findByRole('heading', { name: 'What will change' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my history…' }));
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.passes.length).toBeGreaterThan(5);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
