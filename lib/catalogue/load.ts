/**
 * One entry in one language, with its picture, loading only that language's texts and that
 * family's pictures (a page that shows one exercise carries no more than it shows).
 * Equals `findEntry` + `renderIllustration`, which a test checks for every entry.
 */
import { escapeXml } from './illustrations/draw';
import { findMeta } from './meta';
import type { CatalogueLang, CatalogueMeta, EntryText, Family } from './types';

export interface LoadedEntry {
  meta: CatalogueMeta;
  text: EntryText;
  /** Inline SVG with its `<title>` in the entry's language. */
  illustration: string | undefined;
}

type Table = Record<string, EntryText>;

const TEXTS: Record<CatalogueLang, Record<Family, () => Promise<Table>>> = {
  en: {
    'hip-stability': () => import('./texts/en/hip-stability').then((m) => m.hipStability),
    'rotator-cuff': () => import('./texts/en/rotator-cuff').then((m) => m.rotatorCuff),
    'deep-core': () => import('./texts/en/deep-core').then((m) => m.deepCore),
    'upper-back': () => import('./texts/en/upper-back').then((m) => m.upperBack),
    neck: () => import('./texts/en/neck').then((m) => m.neck),
    posture: () => import('./texts/en/posture').then((m) => m.posture),
  },
  nl: {
    'hip-stability': () => import('./texts/nl/hip-stability').then((m) => m.hipStability),
    'rotator-cuff': () => import('./texts/nl/rotator-cuff').then((m) => m.rotatorCuff),
    'deep-core': () => import('./texts/nl/deep-core').then((m) => m.deepCore),
    'upper-back': () => import('./texts/nl/upper-back').then((m) => m.upperBack),
    neck: () => import('./texts/nl/neck').then((m) => m.neck),
    posture: () => import('./texts/nl/posture').then((m) => m.posture),
  },
};

const PICTURES: Record<Family, () => Promise<Record<string, string>>> = {
  'hip-stability': () => import('./illustrations/hip-stability').then((m) => m.hipStability),
  'rotator-cuff': () => import('./illustrations/rotator-cuff').then((m) => m.rotatorCuff),
  'deep-core': () => import('./illustrations/deep-core').then((m) => m.deepCore),
  'upper-back': () => import('./illustrations/upper-back').then((m) => m.upperBack),
  neck: () => import('./illustrations/neck').then((m) => m.neck),
  posture: () => import('./illustrations/posture').then((m) => m.posture),
};

function own<V>(table: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export async function loadEntry(id: string, lang: CatalogueLang): Promise<LoadedEntry | undefined> {
  const meta = findMeta(id);
  if (meta === undefined) return undefined;
  const [texts, family] = await Promise.all([TEXTS[lang][meta.family](), PICTURES[meta.family]()]);
  const text = own(texts, meta.id);
  if (text === undefined) return undefined;
  const markup =
    own(family, meta.illustration) ??
    own((await import('./illustrations/index')).illustrations, meta.illustration);
  return {
    meta,
    text,
    illustration: markup?.replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(text.name)}</title>`),
  };
}
