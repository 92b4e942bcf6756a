/**
 * Where a click on a notification goes: the "still standing?" question to the tracker, a
 * prompt's to the prompter.
 */
import { STANDING_NOTIFICATION } from '@/lib/browser/prompter-ports';
import type { PrompterService } from '@/lib/prompts/service';
import type { StandingQuestionPort } from '@/lib/tracker/ports';
import type { TrackerService } from '@/lib/tracker/service';

export interface ClickTargets {
  tracker: Pick<TrackerService, 'confirmStanding' | 'report'>;
  prompter: Pick<PrompterService, 'openActive' | 'snooze'>;
  standing: StandingQuestionPort;
}

/** A click on the notification itself. */
export async function notificationClicked(id: string, { prompter, standing }: ClickTargets): Promise<void> {
  // The question is answered with its buttons or in the popup; a click only puts it away.
  if (id === STANDING_NOTIFICATION) await standing.clear();
  else await prompter.openActive();
}

/** A click on one of a notification's buttons (Chromium; Firefox notifications have none). */
export async function notificationButtonClicked(
  id: string,
  button: number,
  { tracker, prompter }: ClickTargets,
): Promise<void> {
  if (id === STANDING_NOTIFICATION) {
    if (button === 0) await tracker.confirmStanding();
    else await tracker.report('sitting');
  } else if (button === 0) await prompter.openActive();
  else await prompter.snooze(id, 10);
}
