/** Clicks on notifications: the standing question's go to the tracker, a prompt's to the prompter. */
import { describe, expect, it, vi } from 'vitest';
import { notificationButtonClicked, notificationClicked } from '@/entrypoints/background/notification-clicks';
import { STANDING_NOTIFICATION } from '@/lib/browser/prompter-ports';

function targets() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) =>
      void calls.push([name, ...args].join(' '));
  return {
    calls,
    tracker: { confirmStanding: vi.fn(record('confirmStanding')), report: vi.fn(record('report')) },
    prompter: { openActive: vi.fn(record('openActive')), snooze: vi.fn(record('snooze')) },
    standing: { show: vi.fn(record('show')), clear: vi.fn(record('clear')) },
  };
}

describe('notification clicks', () => {
  it.each([
    ['standing question, first button', STANDING_NOTIFICATION, 0, 'confirmStanding'],
    ['standing question, second button', STANDING_NOTIFICATION, 1, 'report sitting'],
    ['a prompt, first button (Start)', '1779176000000', 0, 'openActive'],
    ['a prompt, second button (Snooze 10 min)', '1779176000000', 1, 'snooze 1779176000000 10'],
  ])('%s', async (_name, id, button, call) => {
    const t = targets();
    await notificationButtonClicked(id, button, t);
    expect(t.calls).toEqual([call]);
  });

  it('a click on the standing question puts it away; on a prompt opens it', async () => {
    const t = targets();
    await notificationClicked(STANDING_NOTIFICATION, t);
    await notificationClicked('1779176000000', t);
    expect(t.calls).toEqual(['clear', 'openActive']);
  });
});
