/** Writes events back out as a trace that `npm run replay` reads (PRODUCT.md section 4). */
import type { ModelConfig, TrackerEvent } from '../model/types';

export function toTrace(config: ModelConfig, events: readonly TrackerEvent[], endAt: number): string {
  const lines = [JSON.stringify({ type: 'config', ...config })];
  for (const { at, ...rest } of events) {
    if (rest.type === 'end') continue;
    lines.push(JSON.stringify({ at: new Date(at).toISOString(), ...rest }));
  }
  const lastAt = events.reduce((latest, event) => Math.max(latest, event.at), endAt);
  lines.push(JSON.stringify({ at: new Date(lastAt).toISOString(), type: 'end' }));
  return `${lines.join('\n')}\n`;
}
