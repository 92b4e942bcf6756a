import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_LANGS,
  type CatalogueEntry,
  catalogue,
  type Dosage,
  type EntryText,
  FAMILIES,
  findEntry,
  generalSafety,
  illustrations,
  isExercise,
  KINDS,
  POSITIONS,
  REGIONS,
  renderIllustration,
  SOURCE_SECTIONS,
} from '../../../lib/catalogue';

/** Every field of an entry; `satisfies` makes the compiler flag a field added to the type but not here. */
const ENTRY_FIELDS = Object.keys({
  id: true,
  family: true,
  regions: true,
  kind: true,
  position: true,
  callSafe: true,
  durationSeconds: true,
  dosage: true,
  text: true,
  source: true,
  illustration: true,
} satisfies Record<keyof CatalogueEntry, true>) as (keyof CatalogueEntry)[];

const TEXT_FIELDS = Object.keys({
  name: true,
  summary: true,
  dosage: true,
  steps: true,
  cues: true,
  cautions: true,
} satisfies Record<keyof EntryText, true>) as (keyof EntryText)[];

const MAIN_FAMILIES = ['hip-stability', 'rotator-cuff', 'deep-core', 'upper-back'] as const;

const PLACEHOLDERS: RegExp[] = [/\bTODO\b/i, /\bTBD\b/i, /\bFIXME\b/i, /lorem/i, /xxx/i, /\.\.\./, /…/];

/** Medical claims a wellness product must not make (EU MDR), checked in both languages. */
const BANNED: RegExp[] = [
  // English
  /\btreat/i,
  /\bcure/i,
  /therap(y|ies)/i,
  /rehabilitat/i,
  /diagnos/i,
  /prevents? (neck |back |low-back )?pain/i,
  /\bheal/i,
  /correct\w* (muscle |muscular )?imbalance/i,
  // Dutch
  /behandel/i,
  /genees/i,
  /therapie/i,
  /revalid/i,
  /voorkomt (\w+)?pijn/i,
  /\bherstel/i,
  /corrigeer\w*/i,
];

const SHAPE = /<(path|line|circle|ellipse|rect|polyline|polygon)\b/;

const all = catalogue.map((entry) => [entry.id, entry] as const);
const exercises = catalogue.filter(isExercise);
const prompts = catalogue.filter((entry) => !isExercise(entry));

/** Every user-facing string of an entry in one language, labelled by field. */
function strings(text: EntryText): [string, string][] {
  return [
    ['name', text.name],
    ['summary', text.summary],
    ['dosage', text.dosage],
    ...text.steps.map((s, i): [string, string] => [`steps[${i}]`, s]),
    ...text.cues.map((s, i): [string, string] => [`cues[${i}]`, s]),
    ...text.cautions.map((s, i): [string, string] => [`cautions[${i}]`, s]),
  ];
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

describe('catalogue size and coverage', () => {
  it('has at least 16 micro-exercises and 6 posture prompts', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(16);
    expect(prompts.length).toBeGreaterThanOrEqual(6);
  });

  it.each(FAMILIES)('covers family %s', (family) => {
    expect(catalogue.filter((e) => e.family === family).length).toBeGreaterThan(0);
  });

  it.each(MAIN_FAMILIES)('has at least 3 exercises in main family %s', (family) => {
    expect(catalogue.filter((e) => e.family === family).length).toBeGreaterThanOrEqual(3);
  });

  it.each(REGIONS)('covers region %s with exercises', (region) => {
    expect(exercises.filter((e) => e.regions.includes(region)).length).toBeGreaterThanOrEqual(3);
  });

  it('offers several call-safe exercises', () => {
    expect(exercises.filter((e) => e.callSafe).length).toBeGreaterThanOrEqual(5);
  });

  it('has unique kebab-case ids', () => {
    const ids = catalogue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry its own illustration', () => {
    const used = catalogue.map((e) => e.illustration);
    expect(new Set(used).size).toBe(used.length);
    const drawings = used.map((id) => illustrations[id]?.replace(/<title>[^<]*<\/title>/, ''));
    expect(new Set(drawings).size).toBe(drawings.length);
  });

  it('finds entries by id', () => {
    for (const entry of catalogue) expect(findEntry(entry.id)).toBe(entry);
    expect(findEntry('no-such-exercise')).toBeUndefined();
  });
});

describe.each(all)('entry %s', (_id, entry) => {
  it.each(ENTRY_FIELDS)('has a non-empty %s', (field) => {
    expect(field in entry).toBe(true);
    expect(isEmpty(entry[field])).toBe(false);
  });

  it('has valid enumerated values', () => {
    expect(FAMILIES).toContain(entry.family);
    expect(KINDS).toContain(entry.kind);
    expect(POSITIONS).toContain(entry.position);
    expect(SOURCE_SECTIONS).toContain(entry.source);
    expect(new Set(entry.regions).size).toBe(entry.regions.length);
    for (const region of entry.regions) expect(REGIONS).toContain(region);
  });

  it('is a posture prompt exactly when family and kind say so', () => {
    expect(entry.family === 'posture').toBe(entry.kind === 'posture');
  });

  it('is call-safe only when seated', () => {
    if (entry.callSafe) expect(entry.position).toBe('seated');
  });

  it('has a duration that fits its kind and dosage', () => {
    const d: Dosage = entry.dosage;
    expect(Number.isInteger(entry.durationSeconds)).toBe(true);
    if (isExercise(entry)) {
      expect(entry.durationSeconds).toBeGreaterThanOrEqual(30);
      expect(entry.durationSeconds).toBeLessThanOrEqual(120);
    } else {
      expect(entry.durationSeconds).toBeGreaterThanOrEqual(10);
      expect(entry.durationSeconds).toBeLessThanOrEqual(900);
    }
    const sides = d.perSide ? 2 : 1;
    const held = (d.holdSeconds ?? 0) * (d.reps ?? 1) * (d.sets ?? 1) * sides;
    expect(held).toBeLessThanOrEqual(entry.durationSeconds);
    if (d.minutes !== undefined) expect(entry.durationSeconds).toBe(d.minutes * 60);
    if (d.seconds !== undefined) expect(entry.durationSeconds).toBe(d.seconds);
    if (d.standMinutes !== undefined || d.moveMinutes !== undefined) {
      expect(entry.durationSeconds).toBe(((d.standMinutes ?? 0) + (d.moveMinutes ?? 0)) * 60);
    }
  });

  it('has a dosage whose numbers appear in the written dosage of each language', () => {
    const { perSide, ...numbers } = entry.dosage;
    const values = Object.values(numbers).filter((v): v is number => typeof v === 'number');
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(Number.isInteger(value) && value > 0).toBe(true);
      for (const lang of CATALOGUE_LANGS) {
        expect(entry.text[lang].dosage).toMatch(new RegExp(`\\b${value}\\b`));
      }
    }
    if (perSide) {
      expect(entry.text.en.dosage).toMatch(/per side/);
      expect(entry.text.nl.dosage).toMatch(/per kant/);
    }
  });

  it.each(CATALOGUE_LANGS)('has complete %s text', (lang) => {
    const text = entry.text[lang];
    for (const field of TEXT_FIELDS) expect(isEmpty(text[field]), field).toBe(false);
    for (const [field, value] of strings(text)) {
      expect(typeof value, field).toBe('string');
      expect(value.trim().length, field).toBeGreaterThan(1);
      expect(value, field).toBe(value.trim());
    }
    expect(text.steps.length).toBeGreaterThanOrEqual(2);
    expect(text.steps.length).toBeLessThanOrEqual(6);
    expect(text.cues.length).toBeGreaterThanOrEqual(1);
    expect(text.cues.length).toBeLessThanOrEqual(2);
    expect(text.cautions.length).toBeGreaterThanOrEqual(1);
    expect(text.summary).toMatch(/[.!?]$/);
    for (const step of text.steps) expect(step).toMatch(/[.!?]$/);
  });

  it('has Dutch and English texts of the same shape that differ field by field', () => {
    const en = strings(entry.text.en);
    const nl = strings(entry.text.nl);
    expect(nl.map(([field]) => field)).toEqual(en.map(([field]) => field));
    en.forEach(([field, value], i) => {
      expect(nl[i]?.[1], field).not.toBe(value);
    });
  });

  it.each(CATALOGUE_LANGS)('has no placeholder text in %s', (lang) => {
    for (const [field, value] of strings(entry.text[lang])) {
      for (const pattern of PLACEHOLDERS) expect(value, `${field}: ${pattern}`).not.toMatch(pattern);
    }
  });

  it.each(CATALOGUE_LANGS)('makes no medical claims in %s', (lang) => {
    for (const [field, value] of strings(entry.text[lang])) {
      for (const pattern of BANNED) expect(value, `${field}: ${pattern}`).not.toMatch(pattern);
    }
  });

  it('has an illustration with a title and drawn shapes', () => {
    const markup = illustrations[entry.illustration];
    expect(markup).toBeDefined();
    expect(markup).toMatch(/^<svg [^>]*viewBox="0 0 200 200"/);
    expect(markup).toMatch(/<title>[^<]+<\/title>/);
    expect(markup).toMatch(SHAPE);
    expect(markup).toContain('currentColor');
    expect(markup).toContain('var(--accent,#0f766e)');
  });
});

describe.each(Object.entries(illustrations))('illustration %s', (id, markup) => {
  it('belongs to an entry', () => {
    expect(catalogue.some((e) => e.illustration === id)).toBe(true);
  });

  it('has no external references, text, scripts or styles', () => {
    const withoutNamespace = markup.replace(' xmlns="http://www.w3.org/2000/svg"', '');
    for (const pattern of [
      /href/i,
      /url\(/i,
      /https?:/i,
      /<image/i,
      /<text/i,
      /<script/i,
      /<style/i,
      /<foreignObject/i,
      /@import/i,
      /font/i,
      /\son\w+=/i,
    ]) {
      expect(withoutNamespace).not.toMatch(pattern);
    }
  });

  it('is compact (under 1 KB gzipped)', () => {
    expect(gzipSync(markup).length).toBeLessThan(1024);
  });

  it('is well-formed XML', () => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.nodeName.toLowerCase()).toBe('svg');
  });
});

describe('localised illustration titles', () => {
  it.each(CATALOGUE_LANGS)('sets the entry name as title in %s', (lang) => {
    for (const entry of catalogue) {
      const markup = renderIllustration(entry.id, lang);
      expect(markup).toContain(`<title>${entry.text[lang].name}</title>`);
    }
  });

  it('returns undefined for unknown ids', () => {
    expect(renderIllustration('no-such-exercise', 'en')).toBeUndefined();
  });
});

describe('general safety notes', () => {
  it.each(CATALOGUE_LANGS)('are present and claim-free in %s', (lang) => {
    const notes = generalSafety[lang];
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes)
      for (const pattern of [...BANNED, ...PLACEHOLDERS]) expect(note).not.toMatch(pattern);
  });

  it('differ between languages', () => {
    generalSafety.en.forEach((note, i) => {
      expect(generalSafety.nl[i]).not.toBe(note);
    });
  });
});
