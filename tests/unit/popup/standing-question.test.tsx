/** The popup asks "still standing?" after an hour of standing, and passes the answer on. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import type { PopupData, TrackerSource } from '@/lib/browser/popup-source';
import { createTranslator } from '@/lib/i18n';
import { feed } from '@/lib/model/engine';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { createRecord } from '@/lib/tracker/record';

const ZONE = 'Europe/Amsterdam';
const at = (time: string) => Date.parse(`2026-05-19T${time}:00+02:00`);

/** Present from 09:00, "standing" at 09:10, the heartbeat every minute until `until`. */
function standingRecord(until: number) {
  const record = createRecord(ZONE, at('09:00'));
  feed(record.engine, { type: 'start', at: at('09:00'), state: 'active' });
  for (let t = at('09:01'); t <= until; t += 60_000) {
    feed(
      record.engine,
      t === at('09:10') ? { type: 'report', at: t, posture: 'standing' } : { type: 'tick', at: t },
    );
  }
  record.idleEverSeen = true;
  return record;
}

function renderPopup(now: number, locale: 'en' | 'nl' = 'en') {
  const send = vi.fn(async () => ({ ok: true }));
  const source: TrackerSource = {
    load: async () => data,
    onChange: () => () => {},
    send,
    openOptions: () => {},
    openProgress: () => {},
    uiLanguage: () => locale,
  };
  const data: PopupData = {
    record: standingRecord(now),
    prompter: null,
    settings: DEFAULT_SETTINGS,
    uiLanguage: locale,
  };
  render(<App source={source} initial={data} tr={createTranslator(locale)} now={() => now} />);
  return send;
}

describe('popup: still standing?', () => {
  it('is not asked before an hour of standing', () => {
    renderPopup(at('10:09'));
    expect(screen.queryByRole('region', { name: 'Still standing?' })).toBeNull();
  });

  it('after an hour asks, with the time the standing began, and passes on either answer', () => {
    const send = renderPopup(at('10:10'));
    const question = screen.getByRole('region', { name: 'Still standing?' });
    expect(question.textContent).toContain('standing since 09:10');

    fireEvent.click(screen.getByRole('button', { name: 'Still standing' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'standing-confirm' });
    fireEvent.click(screen.getByRole('button', { name: 'I sat down' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'report', posture: 'sitting' });
  });

  it('asks in Dutch too', () => {
    renderPopup(at('10:30'), 'nl');
    expect(screen.getByRole('region', { name: 'Sta je nog?' }).textContent).toContain('Je staat sinds 09:10');
    expect(screen.getByRole('button', { name: 'Ik zit weer' })).toBeTruthy();
  });
});
