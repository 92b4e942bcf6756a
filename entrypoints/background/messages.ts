import { type BackgroundRequest, isBackgroundRequest } from '@/lib/messages';
import type { PrompterService } from '@/lib/prompts/service';
import { toTrace } from '@/lib/trace/export';
import type { TrackerService } from '@/lib/tracker/service';

export interface Services {
  tracker: TrackerService;
  prompter: PrompterService;
}

/**
 * Answers the pages' requests. Anything else (such as a test hook's message) gets no answer,
 * synchronously, so that another listener may answer it.
 */
export function answer(
  message: unknown,
  services: Services,
  now: () => number,
): Promise<unknown> | undefined {
  return isBackgroundRequest(message) ? answerRequest(message, services, now) : undefined;
}

async function answerRequest(message: BackgroundRequest, { tracker, prompter }: Services, now: () => number) {
  switch (message.type) {
    case 'report':
      await tracker.report(message.posture);
      return { ok: true };
    case 'undo':
      return { ok: await tracker.undo() };
    case 'standing-confirm':
      await tracker.confirmStanding();
      return { ok: true };
    case 'export-trace': {
      const record = await tracker.current();
      return { ok: true, trace: toTrace(record.engine.config, await tracker.storedEvents(), now()) };
    }
    case 'move-now':
      await prompter.moveNow('move-now');
      return { ok: true };
    case 'prompt-start':
      await prompter.start(message.id);
      return { ok: true };
    case 'prompt-answer':
      await prompter.answer(message.id, message.outcome);
      return { ok: true };
    case 'prompt-skip':
      await prompter.skip(message.id, message.reason);
      return { ok: true };
    case 'prompt-snooze':
      await prompter.snooze(message.id, message.minutes);
      return { ok: true };
    case 'pause':
      await prompter.pause(message.until);
      return { ok: true };
    case 'hide-exercise':
      await prompter.hide(message.entryId);
      return { ok: true };
  }
}
