import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CHECKIN_DISMISSED_KEY, createBrowserProgressSource } from '@/lib/browser/progress-source';
import { createHistory, type History } from '@/lib/db/history';
import { openBalansDB } from '@/lib/db/schema';
import { feed } from '@/lib/model/engine';
import { createRecord, TRACKER_KEY } from '@/lib/tracker/record';
import { CHECKINS, PROMPTS, SUMMARIES, ZONE } from './fixture';

const NINE = Date.parse('2026-05-22T09:00:00+02:00');
const TEN = NINE + 3_600_000;

/** The tracker's record after an hour of sitting from 09:00 today (Friday 22 May). */
function sittingRecord() {
  const record = createRecord(ZONE, NINE);
  record.engine = feed(record.engine, { type: 'start', at: NINE, state: 'active' });
  for (let minute = 1; minute <= 60; minute++) {
    record.engine = feed(record.engine, { type: 'tick', at: NINE + minute * 60_000 });
  }
  return record;
}

let history: History;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TEN);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-NL');
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  history = createHistory(await openBalansDB());
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('browser progress source', () => {
  it('reads the range from IndexedDB with the held day worked out from the tracker record', async () => {
    await history.putSettled(SUMMARIES, []);
    for (const prompt of PROMPTS) await history.putPrompt(prompt, ZONE);
    for (const checkin of CHECKINS) await history.putCheckin(checkin);
    await history.putPause({ from: NINE, until: NINE + 1_800_000 });
    await fakeBrowser.storage.local.set({
      [TRACKER_KEY]: sittingRecord(),
      [CHECKIN_DISMISSED_KEY]: '2026-W21',
    });
    const source = createBrowserProgressSource(async () => history);

    const data = await source.load({ from: '2026-05-18', to: '2026-05-22' });

    expect(data.summaries.map((day) => day.date)).toEqual([
      '2026-05-18',
      '2026-05-19',
      '2026-05-20',
      '2026-05-21',
      '2026-05-22',
    ]);
    // Today comes from the tracker (an hour of sitting), not from the stored summary.
    const today = data.summaries.at(-1);
    expect(today?.sittingSeconds).toBe(3600);
    expect(today?.sittingByHour[9]).toBe(3600);
    // Eight of the fixture's prompts fall in the range, on the 18th, 19th and 20th.
    expect([...data.tallies.keys()].sort()).toEqual(['2026-05-18', '2026-05-19', '2026-05-20']);
    expect([...data.tallies.values()].reduce((sum, tally) => sum + tally.prompts.offered, 0)).toBe(8);
    expect(data.checkins).toEqual(CHECKINS);
    expect(data.pauses).toHaveLength(1);
    expect(data).toMatchObject({
      timeZone: ZONE,
      uiLanguage: 'nl-NL',
      historyAvailable: true,
      checkinDismissed: '2026-W21',
      now: TEN,
    });
  });

  it('assigns prompts to the local days of the range', async () => {
    const justAfter = Date.parse('2026-05-19T00:30:00+02:00');
    const justBefore = Date.parse('2026-05-18T23:30:00+02:00');
    for (const at of [justBefore, justAfter]) {
      await history.putPrompt(
        { ...(PROMPTS[0] as (typeof PROMPTS)[number]), id: String(at), offeredAt: at },
        ZONE,
      );
    }
    await fakeBrowser.storage.local.set({ [TRACKER_KEY]: sittingRecord() });
    const source = createBrowserProgressSource(async () => history);

    const data = await source.load({ from: '2026-05-18', to: '2026-05-18' });

    expect([...data.tallies.keys()]).toEqual(['2026-05-18']);
    expect(data.tallies.get('2026-05-18')?.prompts.offered).toBe(1);
  });

  it.each([
    ['Pacific/Kiritimati', '+14:00'],
    ['Pacific/Pago_Pago', '-11:00'],
  ])('keeps the first and last instants of the range in a zone far from UTC (%s)', async (zone, offset) => {
    const edges = [
      Date.parse(`2026-05-17T23:59:59.999${offset}`),
      Date.parse(`2026-05-18T00:00:00${offset}`),
      Date.parse(`2026-05-19T23:59:59.999${offset}`),
      Date.parse(`2026-05-20T00:00:00${offset}`),
    ];
    for (const at of edges) {
      await history.putPrompt(
        { ...(PROMPTS[0] as (typeof PROMPTS)[number]), id: String(at), offeredAt: at },
        zone,
      );
    }
    await fakeBrowser.storage.local.set({ [TRACKER_KEY]: createRecord(zone, NINE) });
    const source = createBrowserProgressSource(async () => history);

    const data = await source.load({ from: '2026-05-18', to: '2026-05-19' });

    expect([...data.tallies].map(([date, tally]) => [date, tally.prompts.offered]).sort()).toEqual([
      ['2026-05-18', 1],
      ['2026-05-19', 1],
    ]);
  });

  it('stores a check-in and the week put off', async () => {
    const source = createBrowserProgressSource(async () => history);

    await source.saveCheckin({ week: '2026-W21', at: TEN, tension: { shoulder: 2 }, moving: 'easier' });
    await source.dismissCheckin('2026-W22');

    expect(await history.checkins()).toEqual([
      { week: '2026-W21', at: TEN, tension: { shoulder: 2 }, moving: 'easier' },
    ]);
    expect((await fakeBrowser.storage.local.get(CHECKIN_DISMISSED_KEY))[CHECKIN_DISMISSED_KEY]).toBe(
      '2026-W22',
    );
  });

  it('without IndexedDB still shows the tracker record, and cannot keep a check-in', async () => {
    const record = sittingRecord();
    record.historyAvailable = false;
    record.fallbackDays = [{ ...(SUMMARIES[1] as (typeof SUMMARIES)[number]) }];
    await fakeBrowser.storage.local.set({ [TRACKER_KEY]: record });
    const source = createBrowserProgressSource(async () => null);

    const data = await source.load({ from: '2026-05-18', to: '2026-05-22' });

    expect(data.historyAvailable).toBe(false);
    expect(data.summaries.map((day) => [day.date, day.sittingSeconds])).toEqual([
      ['2026-05-18', 18000],
      ['2026-05-22', 3600],
    ]);
    expect(data.tallies.size).toBe(0);
    await expect(
      source.saveCheckin({ week: '2026-W21', at: TEN, tension: {}, moving: 'same' }),
    ).rejects.toThrow(/unavailable/);
  });

  it('works before the tracker has written anything', async () => {
    const source = createBrowserProgressSource(async () => history);

    const data = await source.load({ from: '2026-05-18', to: '2026-05-22' });

    expect(data.summaries).toEqual([]);
    expect(data.checkinDismissed).toBeNull();
    expect(data.settings.sittingLimitMinutes).toBe(30);
  });
});
