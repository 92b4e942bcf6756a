import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { fakeSource } from './fake-source';

beforeEach(() => {
  document.documentElement.lang = '';
});

describe('options page', () => {
  it('renders every setting in English, with its default', () => {
    const { source, initial } = fakeSource();
    render(<App source={source} initial={initial} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Balans settings' })).toBeTruthy();
    expect((screen.getByLabelText('Language of Balans') as HTMLSelectElement).value).toBe('auto');
    const limit = screen.getByLabelText('Prompt me after sitting for') as HTMLInputElement;
    expect(limit.value).toBe('30');
    expect(limit.getAttribute('aria-valuetext')).toBe('30 min');
    expect((screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Sunday' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('08:30');
    expect((screen.getByLabelText('Until') as HTMLInputElement).value).toBe('17:30');
    for (const region of [
      'Neck and shoulders',
      'Lower back and pelvis',
      'Knees and ankles',
      'Shoulder joint',
    ]) {
      expect((screen.getByRole('checkbox', { name: region }) as HTMLInputElement).checked).toBe(false);
    }
    for (const name of [
      'Only exercises I can do seated',
      'I have a sit-stand desk',
      'Open the prompt window by itself',
    ]) {
      const box = screen.getByRole('checkbox', { name }) as HTMLInputElement;
      expect(box.checked).toBe(false);
      expect(box.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(screen.getByText(/Default: 30 min\./)).toBeTruthy();
    expect(screen.getByRole('heading', { name: "What Balans can't see" })).toBeTruthy();
    expect(screen.getByText(/not a medical device/)).toBeTruthy();
    expect(screen.getByText(/No account, no server/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Balans settings');
  });

  it('renders in Dutch when the browser is Dutch', () => {
    const { source, initial } = fakeSource({ uiLanguage: 'nl-NL' });
    render(<App source={source} initial={initial} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Instellingen van Balans' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'maandag' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Nek en schouders' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wat Balans niet kan zien' })).toBeTruthy();
    expect(screen.getByText(/geen medisch hulpmiddel/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it.each([
    ['45', 45],
    ['90', 60],
    ['5', 20],
  ])('saves a sitting limit of %s as %i', async (typed, stored) => {
    const { source, initial, last } = fakeSource();
    render(<App source={source} initial={initial} />);

    const limit = screen.getByLabelText('Prompt me after sitting for') as HTMLInputElement;
    fireEvent.change(limit, { target: { value: typed } });

    await waitFor(() => expect(last()?.sittingLimitMinutes).toBe(stored));
    expect(last()).toEqual({ ...DEFAULT_SETTINGS, sittingLimitMinutes: stored });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('Saved'));
  });

  it('saves work days in order when one is toggled', async () => {
    const { source, initial, last } = fakeSource();
    render(<App source={source} initial={initial} />);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await waitFor(() => expect(last()?.workHours.days).toEqual([1, 2, 3, 4, 5, 6]));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    await waitFor(() => expect(last()?.workHours.days).toEqual([1, 2, 4, 5, 6]));
    expect(last()?.workHours.start).toBe('08:30');
  });

  it('says that with no work days nothing will prompt', async () => {
    const { source, initial, last } = fakeSource({
      settings: { workHours: { ...DEFAULT_SETTINGS.workHours, days: [3] } },
    });
    render(<App source={source} initial={initial} />);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    await waitFor(() => expect(last()?.workHours.days).toEqual([]));
    expect(screen.getByTestId('no-days').textContent).toContain("won't prompt");
  });

  it('saves work times only when the end is after the start', async () => {
    const { source, initial, saved, last } = fakeSource();
    render(<App source={source} initial={initial} />);

    const end = screen.getByLabelText('Until') as HTMLInputElement;
    fireEvent.change(end, { target: { value: '07:00' } });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/The end must be later than the start/)).toBeTruthy();
    expect(saved).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '06:00' } });
    await waitFor(() =>
      expect(last()?.workHours).toEqual({ days: [1, 2, 3, 4, 5], start: '06:00', end: '07:00' }),
    );
    expect(end.getAttribute('aria-invalid')).toBe('false');
  });

  it('saves focus regions and the on/off settings', async () => {
    const { source, initial, last } = fakeSource();
    render(<App source={source} initial={initial} />);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Shoulder joint' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Neck and shoulders' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only exercises I can do seated' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have a sit-stand desk' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open the prompt window by itself' }));

    await waitFor(() =>
      expect(last()).toEqual({
        ...DEFAULT_SETTINGS,
        focusRegions: ['neck-shoulders', 'shoulder'],
        seatedOnly: true,
        standingDesk: true,
        autoOpenWindow: true,
      }),
    );
  });

  it('switches to Dutch at once and saves the choice', async () => {
    const { source, initial, last } = fakeSource();
    render(<App source={source} initial={initial} />);

    fireEvent.change(screen.getByLabelText('Language of Balans'), { target: { value: 'nl' } });

    expect(screen.getByRole('heading', { level: 1, name: 'Instellingen van Balans' })).toBeTruthy();
    expect((screen.getByLabelText('Taal van Balans') as HTMLSelectElement).value).toBe('nl');
    expect(screen.getByRole('checkbox', { name: 'vrijdag' })).toBeTruthy();
    await waitFor(() => expect(last()?.language).toBe('nl'));
    expect(screen.getByRole('status').textContent).toContain('Opgeslagen');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.title).toBe('Instellingen van Balans');
  });

  it.each([
    ['denied', 'Off', /blocked in your browser's settings/],
    ['unsupported', 'Not available', /can't show notifications/],
  ] as const)('explains where prompts go when notifications are %s', (permission, badge, why) => {
    const { source, initial } = fakeSource({ notifications: permission });
    render(<App source={source} initial={initial} />);

    const section = within(screen.getByRole('region', { name: 'Notifications' }));
    expect(section.getByText(badge)).toBeTruthy();
    expect(section.getByText(why).textContent).toMatch(/only on the badge .* "Move now" in the popup/);
  });

  it('says notifications are on when they are allowed', () => {
    const { source, initial } = fakeSource({ notifications: 'granted' });
    render(<App source={source} initial={initial} />);

    const section = within(screen.getByRole('region', { name: 'Notifications' }));
    expect(section.getByText('On')).toBeTruthy();
    expect(section.queryByText(/only on the badge/)).toBeNull();
  });

  it('reports a failed save', async () => {
    const { source, initial } = fakeSource();
    source.save = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    render(<App source={source} initial={initial} />);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain("Couldn't save"));
  });
});
