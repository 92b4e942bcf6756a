import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/progress/App';
import type { Locale } from '@/lib/i18n';
import { tallyPrompts } from '@/lib/stats/tally';
import { fakeSource, NOW, PROMPTS, progressData, SUMMARIES, ZONE } from './fixture';

beforeEach(() => {
  document.documentElement.lang = '';
});

function renderPage(locale: Locale = 'en', source = fakeSource(), print = vi.fn()) {
  render(
    <App
      source={source.source}
      initial={source.data}
      locale={locale}
      now={() => NOW + 60_000}
      print={print}
    />,
  );
  return { ...source, print };
}

/** The figure `id` of a card, e.g. figure('week', 'adherence') -> "75%". */
function figure(card: string, id: string): string {
  const el = document.querySelector(`[data-card=${card}] [data-figure=${id}] .stat__value`);
  return el?.textContent ?? '(missing)';
}

function detail(card: string, id: string): string {
  return document.querySelector(`[data-card=${card}] [data-figure=${id}] .stat__detail`)?.textContent ?? '';
}

/** The cells of a table row whose header cell is `rowName`, in the table inside `container`. */
function row(container: HTMLElement, rowName: string): string[] {
  const header = within(container).getByRole('rowheader', { name: rowName });
  const tr = header.closest('tr') as HTMLTableRowElement;
  return [...tr.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
}

function chart(id: string): HTMLElement {
  return document.querySelector(`[data-chart=${id}]`) as HTMLElement;
}

/** Unfolds a chart's table with a click on "Show as a table", as a person does; the table is made then. */
function unfold(frame: HTMLElement): HTMLElement {
  fireEvent.click(frame.querySelector('details summary') as HTMLElement);
  return frame;
}

describe('progress page: figures', () => {
  it('shows today, this week and the streak in English', () => {
    renderPage('en');

    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Your progress');

    expect(figure('today', 'sitting')).toBe('1 h 30 min');
    expect(figure('today', 'breaks')).toBe('3');
    expect(figure('today', 'longest')).toBe('40 min');
    expect(figure('week', 'sitting')).toBe('3 h 42 min');
    expect(figure('week', 'long-bouts')).toBe('7');
    expect(figure('week', 'adherence')).toBe('75%');
    expect(detail('week', 'adherence')).toBe('6 of 8 done or partly done');
    expect(document.querySelector('[data-card=week] .card__sub')?.textContent).toContain(
      'Averages over 5 days with figures',
    );
    expect(document.querySelector('[data-figure=streak]')?.textContent).toBe('2 work days');
    expect(screen.getByText(/at least 80% of prompts followed and no bout of 60 min or longer/)).toBeTruthy();
  });

  it('shows the same figures in Dutch', () => {
    renderPage('nl');

    expect(screen.getByRole('heading', { level: 1, name: 'Je voortgang' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(figure('today', 'sitting')).toBe('1 u 30 min');
    expect(figure('week', 'sitting')).toBe('3 u 42 min');
    expect(figure('week', 'adherence')).toBe('75%');
    expect(detail('week', 'adherence')).toBe('6 van 8 gedaan of deels gedaan');
    expect(document.querySelector('[data-figure=streak]')?.textContent).toBe('2 werkdagen');
    expect(screen.getByRole('heading', { name: 'Vandaag' })).toBeTruthy();
    expect(screen.getByText(/geen medisch hulpmiddel/)).toBeTruthy();
  });

  it('shows sitting in work hours and the time not tracked', () => {
    const today = {
      ...(SUMMARIES.at(-1) as (typeof SUMMARIES)[number]),
      workSittingSeconds: 4500,
      untrackedSeconds: 5400,
    };
    renderPage('en', fakeSource(progressData({ summaries: [...SUMMARIES.slice(0, -1), today] })));

    expect(figure('today', 'sitting')).toBe('1 h 30 min');
    expect(figure('today', 'work-sitting')).toBe('1 h 15 min');
    expect(figure('today', 'untracked')).toBe('1 h 30 min');
    expect(detail('today', 'untracked')).toBe('Browser closed or computer off');
  });

  it('shows no adherence ("—", never 0%) for a day without prompts', () => {
    renderPage('en');

    expect(figure('today', 'adherence')).toBe('—');
    expect(detail('today', 'adherence')).toBe('No prompts');
  });

  it('averages the chosen period over the days with figures', () => {
    renderPage('en');

    // 4 weeks from 27 April: 6 days with figures, 81,000 s of sitting -> 3 h 45 min a day.
    expect(document.querySelector('[data-card=range] .card__sub')?.textContent).toContain(
      '27 April 2026 to 22 May 2026',
    );
    expect(figure('range', 'sitting')).toBe('3 h 45 min');
    expect(figure('range', 'adherence')).toBe('80%');
    expect(detail('range', 'adherence')).toBe('8 of 10 done or partly done');
  });

  it('says so when the history cannot be kept, and still shows today', () => {
    const source = fakeSource(
      progressData({ historyAvailable: false, summaries: [], tallies: new Map(), checkins: [] }),
    );
    renderPage('en', source);

    expect(
      screen.getByRole('region', { name: "History can't be kept in this browser profile" }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: "This week's check-in" })).toBeNull();
    expect(document.querySelector('[data-card=today]')?.textContent).toContain('No figures yet');
  });
});

describe('progress page: charts and their tables', () => {
  it('gives the sitting chart a summary and a table of minutes and breaks per day', () => {
    renderPage('en');
    const frame = chart('sitting');
    // A folded table is made only once it is unfolded.
    expect(within(frame).queryByRole('table')).toBeNull();
    unfold(frame);

    const svg = within(frame).getByRole('img');
    expect(svg.getAttribute('aria-label')).toContain('Most sitting: 6 h on Tue 19 May');
    expect(row(frame, 'Mon 18 May')).toEqual(['300', '9']);
    expect(row(frame, 'Fri 22 May')).toEqual(['90', '3']);
    expect(row(frame, 'Mon 4 May')).toEqual(['—', '—']);
    expect(within(frame).getAllByRole('row')).toHaveLength(1 + 26);
  });

  it('gives the hour map a table of minutes per hour', () => {
    renderPage('en');
    const frame = unfold(chart('hours'));

    expect(within(frame).getByRole('img').getAttribute('aria-label')).toContain(
      'Most sitting in the hour from 10:00',
    );
    const headers = within(frame)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    // Hours nobody sat in (12:00 here) are left out of the table.
    expect(headers).toEqual(['Date', '08', '09', '10', '11', '13', '14', '15']);
    expect(row(frame, 'Mon 18 May')).toEqual(['0', '50', '60', '40', '50', '60', '40']);
    expect(row(frame, 'Sat 16 May')).toEqual(new Array(7).fill('—'));
  });

  it('draws a long period in few elements, and still has every day in its table', () => {
    const { source, data } = fakeSource();
    // A linked period of two years (a report link may ask for more than the picker offers).
    const initialRange = { from: '2024-05-27', to: '2026-05-22' };
    render(<App source={source} initial={data} locale="en" now={() => NOW} initialRange={initialRange} />);

    const sitting = chart('sitting');
    const svg = sitting.querySelector('svg.chart__svg') as SVGElement;
    expect(svg.querySelectorAll('rect.bar, circle.dot')).toHaveLength(0);
    expect(svg.querySelectorAll('path.bar')).toHaveLength(1);
    expect(svg.querySelectorAll('path.dot')).toHaveLength(1);
    // One dot a day with figures: a circle is two arcs.
    expect(svg.querySelector('path.dot')?.getAttribute('d')?.match(/a/g)).toHaveLength(2 * 6);
    expect(svg.getAttribute('aria-label')).toContain('Most sitting: 6 h on Tue 19 May');
    unfold(sitting);
    expect(within(sitting).getAllByRole('row')).toHaveLength(1 + 726);
    expect(row(sitting, 'Mon 18 May')).toEqual(['300', '9']);

    const hours = chart('hours');
    // A row a week, its squares one path per shade (whole minutes, as the table shows them).
    expect(hours.querySelectorAll('svg.chart__svg rect')).toHaveLength(0);
    const shades = [...hours.querySelectorAll('svg.chart__svg path.heat')];
    expect(shades.length).toBeLessThanOrEqual(61);
    const squares = shades.reduce((sum, path) => sum + (path.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
    // Only weeks with figures have squares: weeks 20 and 21.
    expect(squares).toBe(2 * 24);
    // Week 20 is one day of four full hours: four squares of the darkest shade.
    const darkest = hours.querySelector('svg.chart__svg path.heat[fill-opacity="1"]:not(.heat--zero)');
    expect(darkest?.getAttribute('d')?.match(/M/g)).toHaveLength(4);
  });

  it('draws no adherence bar for weeks without prompts and lists them as "—"', () => {
    renderPage('en');
    const frame = unfold(chart('adherence'));

    expect(row(frame, '21 (18 May)')).toEqual(['8', '6', '75%']);
    expect(row(frame, '20 (11 May)')).toEqual(['2', '2', '100%']);
    expect(row(frame, '19 (4 May)')).toEqual(['0', '0', '—']);
    const svg = frame.querySelector('svg.chart__svg') as SVGElement;
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(2);
    expect(svg.querySelectorAll('rect.gap')).toHaveLength(2);
    expect(within(frame).getByRole('img').getAttribute('aria-label')).toContain(
      '2 weeks with prompts, 2 without',
    );
  });

  it('lists the check-ins with every region and how moving felt', () => {
    renderPage('en');
    const frame = chart('checkins');

    expect(row(frame, '20 (11 May)')).toEqual(['6', '4', '—', '—', 'The same']);
    expect(frame.querySelectorAll('svg.chart__svg .series--1 .marker')).toHaveLength(1);
    expect(screen.getByText(/never uses them to change your exercises/)).toBeTruthy();
  });

  it('shows the weeks of the period in a table', () => {
    renderPage('en');
    const table = screen.getByRole('table', { name: /Figures per week/ });

    // 31 breaks in 26 work hours present.
    expect(row(table, '21 (18 May)')).toEqual([
      '5',
      '3 h 42 min',
      '1.2',
      '7',
      '1 h 10 min',
      '36 min',
      '75% (6/8)',
    ]);
    expect(row(table, '18 (27 Apr)')).toEqual(['0', '—', '—', '—', '—', '—', '—']);
  });
});

describe('progress page: weekly check-in', () => {
  it('is due this week and says the scores stay on this device', () => {
    renderPage('en');

    const panel = screen.getByRole('region', { name: "This week's check-in" });
    expect(within(panel).getByText(/stay on this device and never change the exercises/)).toBeTruthy();
    expect(within(panel).getAllByRole('group')).toHaveLength(5);
  });

  it('saves the answers for this ISO week', async () => {
    const { saved, source } = renderPage('en');
    const panel = screen.getByRole('region', { name: "This week's check-in" });

    fireEvent.click(
      within(panel)
        .getByRole('group', { name: 'Tension in the neck and shoulders' })
        .querySelector('input[value="3"]') as HTMLInputElement,
    );
    fireEvent.click(
      within(within(panel).getByRole('group', { name: 'Tension in the knees and ankles' })).getByRole(
        'radio',
        {
          name: '7',
        },
      ),
    );
    fireEvent.click(within(panel).getByRole('radio', { name: 'Easier' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save check-in' }));

    await waitFor(() => expect(source.saveCheckin).toHaveBeenCalledOnce());
    expect(saved[0]).toEqual({
      week: '2026-W21',
      at: NOW + 60_000,
      tension: { 'neck-shoulders': 3, 'knee-ankle': 7 },
      moving: 'easier',
    });
    expect(await within(panel).findByRole('status')).toHaveProperty(
      'textContent',
      'Check-in saved. Thank you!',
    );
    expect(row(chart('checkins'), '21 (18 May)')).toEqual(['3', '—', '7', '—', 'Easier']);
  });

  it('asks for at least one answer before saving', () => {
    const { source } = renderPage('en');

    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect(screen.getByRole('alert').textContent).toContain('Answer at least one question');
    expect(source.saveCheckin).not.toHaveBeenCalled();
  });

  it('says so when a check-in could not be saved', async () => {
    renderPage('en', fakeSource(progressData(), { failSave: true }));

    fireEvent.click(screen.getByRole('radio', { name: 'Harder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      "The check-in couldn't be saved. Please try again.",
    );
  });

  it('can be put off for this week, and opened again', () => {
    const { dismissed } = renderPage('en');

    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));

    expect(dismissed).toEqual(['2026-W21']);
    const panel = screen.getByRole('region', { name: "This week's check-in" });
    expect(within(panel).getByRole('status').textContent).toBe("You put this week's check-in off.");
    expect(within(panel).queryByRole('button', { name: 'Save check-in' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Check in now' }));
    expect(within(panel).getByRole('button', { name: 'Save check-in' })).toBeTruthy();
  });

  it('stays folded when this week was put off before', () => {
    renderPage('en', fakeSource(progressData({ checkinDismissed: '2026-W21' })));

    expect(screen.queryByRole('button', { name: 'Save check-in' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Check in now' })).toBeTruthy();
  });
});

describe('progress page: period and report', () => {
  it('loads the period chosen with a preset', async () => {
    const { loads } = renderPage('en');

    fireEvent.click(screen.getByRole('radio', { name: 'Last 3 months' }));

    await waitFor(() => expect(loads).toEqual([{ from: '2026-02-23', to: '2026-05-22' }]));
    fireEvent.click(screen.getByRole('radio', { name: 'This week' }));
    await waitFor(() => expect(loads.at(-1)).toEqual({ from: '2026-05-18', to: '2026-05-22' }));
    await waitFor(() =>
      expect(document.querySelector('[data-card=range] .card__sub')?.textContent).toContain(
        '18 May 2026 to 22 May 2026',
      ),
    );
  });

  it("loads two dates of the person's choosing, up to a year apart", async () => {
    const { loads } = renderPage('en');

    fireEvent.click(screen.getByRole('radio', { name: 'Choose dates' }));
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    fireEvent.input(screen.getByLabelText('Up to and including'), { target: { value: '2026-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));

    expect(screen.getByRole('alert').textContent).toBe('Choose a period of a year at most.');
    expect(loads).toEqual([]);

    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));

    await waitFor(() => expect(loads).toEqual([{ from: '2026-03-01', to: '2026-05-01' }]));
  });

  it('prints the report with the name given, the period and the date', () => {
    const { print } = renderPage('en');

    fireEvent.input(screen.getByLabelText('Name or initials for the report (optional)'), {
      target: { value: ' J.B. ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));

    expect(print).toHaveBeenCalledOnce();
    const header = screen.getByTestId('report-header');
    expect(header.textContent).toContain('Name: J.B.');
    expect(header.textContent).toContain('Period: 27 April 2026 to 22 May 2026');
    expect(header.textContent).toContain('Made on 22 May 2026');
  });

  it('switches the page and the report to Dutch', async () => {
    renderPage('en');

    fireEvent.change(screen.getByLabelText('Language of this page and the report'), {
      target: { value: 'nl' },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Je voortgang' })).toBeTruthy();
    expect(screen.getByTestId('report-header').textContent).toContain(
      'Periode: 27 april 2026 tot en met 22 mei 2026',
    );
  });

  it("keeps a place for the data controls, given the page's language", () => {
    const { source, data } = fakeSource();
    render(
      <App
        source={source}
        initial={data}
        locale="nl"
        now={() => NOW}
        dataControls={(tr) => <p>{tr.t('progressDataHeading')} (controls)</p>}
      />,
    );

    const section = document.getElementById('data') as HTMLElement;
    expect(within(section).getByRole('heading', { name: 'Je gegevens' })).toBeTruthy();
    expect(within(section).getByText('Je gegevens (controls)')).toBeTruthy();
  });
});

describe('progress page: prompts and exercises of the period', () => {
  /** The number in the breakdown's row `name` of table `table` (outcome, family or region). */
  function count(table: string, name: string): string {
    return document.querySelector(`[data-row="${table}:${name}"] td`)?.textContent ?? '(missing)';
  }

  it('counts the schedule prompts by outcome, and what was done by kind and by region', () => {
    renderPage('en');

    // 27 April to 22 May: all ten prompts of the fixture, every one chin retraction (neck; neck and shoulders).
    expect(screen.getByRole('table', { name: 'What came of the 10 prompts from the schedule' })).toBeTruthy();
    expect(
      ['done', 'partly', 'skipped', 'snoozed', 'unanswered'].map((outcome) => count('outcome', outcome)),
    ).toEqual(['7', '1', '1', '0', '1']);
    expect(count('family', 'neck')).toBe('8');
    expect(count('family', 'hip-stability')).toBe('0');
    expect(count('region', 'neck-shoulders')).toBe('8');
    expect(count('region', 'knee-ankle')).toBe('0');
    expect(document.querySelector('[data-figure=extra-moves] strong')?.textContent).toBe('0');
  });

  it("adds moves asked for to the kinds and regions, and not to the schedule's outcomes", () => {
    const asked = (local: string, entryId: string, outcome: 'done' | 'partly') => {
      const at = Date.parse(`${local}:00+02:00`);
      return {
        ...(PROMPTS[0] as (typeof PROMPTS)[number]),
        id: String(at),
        offeredAt: at,
        entryId,
        outcome,
        reason: 'asked' as const,
      };
    };
    const prompts = [
      ...PROMPTS,
      asked('2026-05-21T10:00', 'sit-to-stand', 'done'),
      asked('2026-05-21T16:00', 'belly-breathing', 'partly'),
    ];
    renderPage('nl', fakeSource(progressData({ tallies: tallyPrompts(prompts, ZONE) })));

    expect(
      screen.getByRole('table', { name: 'Wat er van de 10 herinneringen uit het schema kwam' }),
    ).toBeTruthy();
    expect(count('outcome', 'done')).toBe('7');
    // sit-to-stand: hip stability, lower back and knees; belly breathing: deep core, lower back and neck.
    expect(count('family', 'hip-stability')).toBe('1');
    expect(count('family', 'deep-core')).toBe('1');
    expect(count('family', 'neck')).toBe('8');
    expect(count('region', 'low-back-pelvis')).toBe('2');
    expect(count('region', 'knee-ankle')).toBe('1');
    expect(count('region', 'neck-shoulders')).toBe('9');
    expect(document.querySelector('[data-figure=extra-moves] strong')?.textContent).toBe('2');
  });
});
