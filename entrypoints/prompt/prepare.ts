/**
 * What the prompt page shows, prepared before the first render. Only the chosen language's texts
 * and the entry's family of pictures are loaded (the page's size budget, `promptGzipKB`, counts what
 * it loads); the result equals `findEntry` + `renderIllustration`, which a test checks for every entry.
 */
import type { PromptPageData } from '@/lib/browser/prompt-source';
import { escapeXml } from '@/lib/catalogue/illustrations/draw';
import { findMeta } from '@/lib/catalogue/meta';
import type { CatalogueLang, CatalogueMeta, EntryText, Family } from '@/lib/catalogue/types';
import { type Locale, pickLocale } from '@/lib/i18n';
import type { PromptRecord } from '@/lib/prompts/types';

export interface Exercise {
  meta: CatalogueMeta;
  text: EntryText;
  /** Inline SVG with its `<title>` in the page's language. */
  illustration: string | undefined;
}

export interface PromptPage {
  locale: Locale;
  /** The prompt, if it is still open. */
  prompt: PromptRecord | null;
  /** The open prompt's exercise; undefined when it is not in this version's catalogue. */
  exercise: Exercise | undefined;
}

const TEXTS: Record<CatalogueLang, () => Promise<Record<string, EntryText>>> = {
  en: () => import('@/lib/catalogue/texts/en').then((m) => m.enTexts),
  nl: () => import('@/lib/catalogue/texts/nl').then((m) => m.nlTexts),
};

const PICTURES: Record<Family, () => Promise<Record<string, string>>> = {
  'hip-stability': () => import('@/lib/catalogue/illustrations/hip-stability').then((m) => m.hipStability),
  'rotator-cuff': () => import('@/lib/catalogue/illustrations/rotator-cuff').then((m) => m.rotatorCuff),
  'deep-core': () => import('@/lib/catalogue/illustrations/deep-core').then((m) => m.deepCore),
  'upper-back': () => import('@/lib/catalogue/illustrations/upper-back').then((m) => m.upperBack),
  neck: () => import('@/lib/catalogue/illustrations/neck').then((m) => m.neck),
  posture: () => import('@/lib/catalogue/illustrations/posture').then((m) => m.posture),
};

function own<V>(table: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** One catalogue entry in one language, with its picture. */
export async function loadExercise(id: string, lang: CatalogueLang): Promise<Exercise | undefined> {
  const meta = findMeta(id);
  if (meta === undefined) return undefined;
  const [texts, family] = await Promise.all([TEXTS[lang](), PICTURES[meta.family]()]);
  const text = own(texts, meta.id);
  if (text === undefined) return undefined;
  const markup =
    own(family, meta.illustration) ??
    own((await import('@/lib/catalogue/illustrations/index')).illustrations, meta.illustration);
  return {
    meta,
    text,
    illustration: markup?.replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(text.name)}</title>`),
  };
}

export async function preparePage({ prompt, settings, language }: PromptPageData): Promise<PromptPage> {
  const locale = pickLocale(settings.language, language);
  const open = prompt?.outcome === null ? prompt : null;
  return { locale, prompt: open, exercise: open ? await loadExercise(open.entryId, locale) : undefined };
}
