import { type BackgroundRequest, isBackgroundRequest } from '@/lib/messages';
import { toTrace } from '@/lib/trace/export';
import type { TrackerService } from '@/lib/tracker/service';

/**
 * Answers the pages' requests. Anything else (such as a test hook's message) gets no answer,
 * synchronously, so that another listener may answer it.
 */
export function answer(
  message: unknown,
  tracker: TrackerService,
  now: () => number,
): Promise<unknown> | undefined {
  return isBackgroundRequest(message) ? answerRequest(message, tracker, now) : undefined;
}

async function answerRequest(message: BackgroundRequest, tracker: TrackerService, now: () => number) {
  switch (message.type) {
    case 'report':
      await tracker.report(message.posture);
      return { ok: true };
    case 'undo':
      return { ok: await tracker.undo() };
    case 'export-trace': {
      const record = await tracker.current();
      return { ok: true, trace: toTrace(record.engine.config, await tracker.storedEvents(), now()) };
    }
  }
}
