/**
 * What the prompt page shows, prepared before the first render: only the chosen language's texts
 * and pictures of the entry's family are loaded (`promptGzipKB` counts what the page loads).
 */
import type { PromptPageData } from '@/lib/browser/prompt-source';
import { type LoadedEntry, loadEntry } from '@/lib/catalogue/load';
import type { CatalogueLang } from '@/lib/catalogue/types';
import { type Locale, pickLocale } from '@/lib/i18n';
import type { PromptRecord } from '@/lib/prompts/types';

export type Exercise = LoadedEntry;

export interface PromptPage {
  locale: Locale;
  /** The prompt, if it is still open. */
  prompt: PromptRecord | null;
  /** The open prompt's exercise; undefined when it is not in this version's catalogue. */
  exercise: Exercise | undefined;
}

/** One catalogue entry in one language, with its picture. */
export const loadExercise: (id: string, lang: CatalogueLang) => Promise<Exercise | undefined> = loadEntry;

export async function preparePage({ prompt, settings, language }: PromptPageData): Promise<PromptPage> {
  const locale = pickLocale(settings.language, language);
  const open = prompt?.outcome === null ? prompt : null;
  return { locale, prompt: open, exercise: open ? await loadExercise(open.entryId, locale) : undefined };
}
