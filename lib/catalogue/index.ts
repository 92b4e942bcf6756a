import { escapeXml } from './illustrations/draw';
import { illustrations } from './illustrations/index';
import { catalogueMeta } from './meta';
import { enTexts } from './texts/en';
import { nlTexts } from './texts/nl';
import type { CatalogueEntry, CatalogueLang } from './types';

export * from './types';
export { illustrations };

/** Every micro-exercise and posture-variation prompt, exercises first, grouped by family. */
export const catalogue: readonly CatalogueEntry[] = Object.freeze(
  catalogueMeta.map((meta) => {
    const en = enTexts[meta.id];
    const nl = nlTexts[meta.id];
    if (!en || !nl) throw new Error(`catalogue entry ${meta.id} has no text`);
    return { ...meta, text: { en, nl } };
  }),
);

const byId = new Map(catalogue.map((entry) => [entry.id, entry]));

export function findEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}

/** Micro-exercises (30-120 s); everything that is not a posture-variation prompt. */
export function isExercise(entry: CatalogueEntry): boolean {
  return entry.family !== 'posture';
}

/**
 * The entry's picture with its `<title>` set to the entry name in `lang`, ready to inline.
 * Unknown ids give `undefined`.
 */
export function renderIllustration(id: string, lang: CatalogueLang): string | undefined {
  const entry = byId.get(id);
  const markup = illustrations[entry?.illustration ?? id];
  if (markup === undefined) return undefined;
  if (entry === undefined) return markup;
  return markup.replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(entry.text[lang].name)}</title>`);
}

/** Safety notes that apply to every entry; shown with any exercise. */
export const generalSafety: Record<CatalogueLang, readonly string[]> = {
  en: [
    'Move within what feels comfortable and keep breathing normally throughout.',
    'If an exercise hurts in a joint or muscle, stop, check how you are doing it and try again more gently; if it keeps hurting, ask your physiotherapist.',
    'Mild muscle soreness the next day is normal.',
    'Chest pain, severe shortness of breath or dizziness: stop at once and get medical help.',
  ],
  nl: [
    'Beweeg binnen wat prettig voelt en blijf de hele tijd gewoon doorademen.',
    'Doet een oefening pijn in een gewricht of spier, stop dan, kijk naar je uitvoering en probeer het rustiger opnieuw; blijft het pijn doen, vraag het dan je fysiotherapeut.',
    'Een beetje spierpijn de volgende dag is normaal.',
    'Pijn op de borst, erge kortademigheid of duizeligheid: stop meteen en zoek medische hulp.',
  ],
};
