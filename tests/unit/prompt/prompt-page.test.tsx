import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/prompt/App';
import { preparePage } from '@/entrypoints/prompt/prepare';
import type { PromptPageData } from '@/lib/browser/prompt-source';
import { findEntry } from '@/lib/catalogue';
import { fakeSource, pageData, promptRecord } from './fake-source';

function entryText(id: string, lang: 'en' | 'nl') {
  const entry = findEntry(id);
  if (!entry) throw new Error(`no catalogue entry ${id}`);
  return { entry, text: entry.text[lang] };
}

async function renderPage(data: PromptPageData, options: { fail?: boolean } = {}) {
  const source = fakeSource(data, options);
  const page = await preparePage(await source.load());
  render(<App source={source} page={page} now={() => Date.now()} />);
  return source;
}

/** Lets the fake source's promises settle and Preact re-render. */
const settle = () => act(async () => {});

/** Moves fake time on; Preact renders what changed when the act ends. */
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('prompt page: the exercise card', () => {
  it('shows the exercise in English: picture, name, dosage, ordered steps and the caution', async () => {
    const { text } = entryText('seated-twist', 'en');
    await renderPage(pageData(promptRecord()));

    expect(screen.getByRole('heading', { level: 1, name: text.name })).toBeTruthy();
    const picture = screen.getByRole('img', { name: `Picture: ${text.name}` });
    expect(picture.querySelector('svg')).toBeTruthy();
    expect(screen.getByText(text.summary)).toBeTruthy();
    expect(screen.getByText(text.dosage)).toBeTruthy();
    const steps = screen.getByRole('heading', { name: 'How to do it' }).nextElementSibling as HTMLElement;
    expect(steps.tagName).toBe('OL');
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(text.steps);
    for (const caution of text.cautions) expect(screen.getByText(caution)).toBeTruthy();
    expect(screen.getByText("You've been sitting for 31 min. Time to move!")).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it.each([
    ['the chosen language', { language: 'nl' as const }, 'en-GB'],
    ["the browser's language", { language: 'auto' as const }, 'nl-NL'],
  ])('shows it in Dutch when that is %s', async (_, settings, ui) => {
    const { text } = entryText('seated-twist', 'nl');
    await renderPage(pageData(promptRecord(), settings, ui));

    expect(screen.getByRole('heading', { level: 1, name: text.name })).toBeTruthy();
    expect(screen.getByRole('img', { name: `Afbeelding: ${text.name}` })).toBeTruthy();
    expect(screen.getByText(text.steps[0] ?? '')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Zo doe je het' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gedaan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('offers no timer for a long posture prompt, but the same answers', async () => {
    const { entry } = entryText('stand-for-call', 'en');
    expect(entry.durationSeconds).toBeGreaterThan(180);
    await renderPage(pageData(promptRecord({ entryId: 'stand-for-call' })));

    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();
    for (const name of ['Done', 'Partly', 'Skip', '5 min'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
  });
});

describe('prompt page: the timer', () => {
  it('Start sends prompt-start and counts down, announcing only the start, half-way and the end', async () => {
    vi.useFakeTimers();
    const { entry } = entryText('seated-twist', 'en');
    expect(entry.durationSeconds).toBe(75);
    const source = await renderPage(pageData(promptRecord()));
    const timer = screen.getByRole('timer');
    const status = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(timer.textContent).toBe('01:15');

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await settle();
    expect(source.sent).toEqual([{ type: 'prompt-start', id: '1700000000000' }]);
    expect(status.textContent).toBe('Timer started: 1 min 15 sec.');

    await advance(10_000);
    expect(timer.textContent).toBe('01:05');
    expect(status.textContent).toBe('Timer started: 1 min 15 sec.');

    await advance(28_000);
    expect(timer.textContent).toBe('00:37');
    expect(status.textContent).toBe('Half-way: 37 sec to go.');

    await advance(20_000);
    expect(status.textContent).toBe('Half-way: 37 sec to go.');

    await advance(17_000);
    expect(timer.textContent).toBe('00:00');
    expect(status.textContent).toBe("Time's up. Well done!");
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('button', { name: /Start|Pause|Resume/ })).toBeNull();
    expect(source.sent).toHaveLength(1);
  });

  it('pauses and resumes without a second prompt-start', async () => {
    vi.useFakeTimers();
    const source = await renderPage(pageData(promptRecord()));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await advance(5_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(30_000);
    expect(screen.getByRole('timer').textContent).toBe('01:10');

    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(10_000);
    expect(screen.getByRole('timer').textContent).toBe('01:00');
    expect(source.sent.filter((r) => r.type === 'prompt-start')).toHaveLength(1);
  });
});

describe('prompt page: answers', () => {
  it.each(['done', 'partly'] as const)(
    '%s sends prompt-answer and then closes the window',
    async (outcome) => {
      const source = await renderPage(pageData(promptRecord()));
      fireEvent.click(screen.getByRole('button', { name: outcome === 'done' ? 'Done' : 'Partly' }));
      await settle();
      expect(source.sent).toEqual([{ type: 'prompt-answer', id: '1700000000000', outcome }]);
      expect(source.close).toHaveBeenCalledTimes(1);
    },
  );

  it('stays open and says so when the background does not answer', async () => {
    const source = await renderPage(pageData(promptRecord()), { fail: true });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe("That didn't go through. Please try again.");
    expect(source.close).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Done' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('Skip asks why; a plain reason sends prompt-skip and closes', async () => {
    const source = await renderPage(pageData(promptRecord()));
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Why are you skipping this one?' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'In a meeting' }));
    await settle();
    expect(source.sent).toEqual([{ type: 'prompt-skip', id: '1700000000000', reason: 'meeting' }]);
    expect(source.close).toHaveBeenCalledTimes(1);
  });

  it('Back from the reasons returns to the answers with focus on Skip', async () => {
    const source = await renderPage(pageData(promptRecord()));
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skip' }));
    expect(source.sent).toEqual([]);
  });

  it('Skip for pain shows the safety advice, changes nothing by itself, and Hide sends hide-exercise', async () => {
    const source = await renderPage(pageData(promptRecord()));
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pain or discomfort' }));
    await settle();

    expect(source.sent).toEqual([{ type: 'prompt-skip', id: '1700000000000', reason: 'pain' }]);
    expect(source.close).not.toHaveBeenCalled();
    const heading = screen.getByRole('heading', { level: 1, name: 'Take care of yourself' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Stop the exercise for now.')).toBeTruthy();
    expect(screen.getByText(/try it more gently/)).toBeTruthy();
    expect(screen.getByText('If it keeps hurting, ask your physiotherapist.')).toBeTruthy();
    expect(
      screen.getByText(/Chest pain, severe shortness of breath or dizziness: stop at once/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Hide this exercise' }));
    await settle();
    expect(source.sent.at(-1)).toEqual({ type: 'hide-exercise', entryId: 'seated-twist' });
    expect(screen.getByRole('status').textContent).toBe("Hidden: Balans won't offer this exercise again.");
    expect(screen.queryByRole('button', { name: 'Hide this exercise' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(source.close).toHaveBeenCalledTimes(1);
    expect(source.sent).toHaveLength(2);
  });

  it('Snooze sends prompt-snooze with the minutes and closes', async () => {
    const source = await renderPage(pageData(promptRecord({ snoozes: 2 })));
    fireEvent.click(screen.getByRole('button', { name: '10 min' }));
    await settle();
    expect(source.sent).toEqual([{ type: 'prompt-snooze', id: '1700000000000', minutes: 10 }]);
    expect(source.close).toHaveBeenCalledTimes(1);
  });

  it('Snooze is off, with the reason, after 3 snoozes', async () => {
    await renderPage(pageData(promptRecord({ snoozes: 3 })));
    const group = screen.getByRole('group', { name: 'Remind me in' });
    for (const button of within(group).getAllByRole('button')) {
      expect((button as HTMLButtonElement).disabled).toBe(true);
    }
    const reason = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe("You've put this off 3 times. Do it now, or skip it.");
    expect((screen.getByRole('button', { name: 'Done' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('prompt page: nothing to answer', () => {
  it.each([
    ['missing', null],
    ['already answered', promptRecord({ outcome: 'done', answeredAt: 1_700_000_100_000 })],
  ])('a %s prompt shows the answered state with a close button', async (_, prompt) => {
    const source = await renderPage(pageData(prompt));
    expect(screen.getByRole('heading', { name: 'This prompt has already been answered' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(source.close).toHaveBeenCalledTimes(1);
    expect(source.sent).toEqual([]);
  });

  it('an exercise that is no longer in the catalogue says so', async () => {
    await renderPage(pageData(promptRecord({ entryId: 'no-such-exercise' }), { language: 'nl' }));
    expect(screen.getByRole('heading', { name: 'Deze oefening kan niet worden getoond' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sluiten' })).toBeTruthy();
  });
});
