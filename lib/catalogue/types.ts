/** Languages every catalogue text is written in. */
export const CATALOGUE_LANGS = ['en', 'nl'] as const;
export type CatalogueLang = (typeof CATALOGUE_LANGS)[number];

/**
 * Exercise families. The first four are the families the source material names; `neck` covers the
 * neck and shoulder-blade work for the regions it names; `posture` holds posture-variation prompts.
 */
export const FAMILIES = [
  'hip-stability',
  'rotator-cuff',
  'deep-core',
  'upper-back',
  'neck',
  'posture',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Body regions the source material names as examples (and the weekly check-in asks about). */
export const REGIONS = ['neck-shoulders', 'low-back-pelvis', 'knee-ankle', 'shoulder'] as const;
export type Region = (typeof REGIONS)[number];

export const KINDS = ['posture', 'mobility', 'activation', 'stability'] as const;
export type Kind = (typeof KINDS)[number];

export const POSITIONS = ['seated', 'standing'] as const;
export type Position = (typeof POSITIONS)[number];

/** Section headings of the source article (shared/seed) that entries point back to. */
export const SOURCE_SECTIONS = [
  'Heupstabiliteitsoefeningen',
  'Rotator cuff controle',
  'Diepe rompspieren',
  'Mobiliteit van bovenrug',
  'Nek en schoudergebied',
  'Lage rug en bekken',
  'Knie en enkel',
  'Schoudergewricht',
  'Hoe spierbalans verstoord raakt',
  'Waarom dagelijkse beweging helpt om spierbalans te behouden',
] as const;
export type SourceSection = (typeof SOURCE_SECTIONS)[number];

/**
 * Usual amount, in numbers. Every number given also appears in the written dosage of each
 * language. Repetitions and holds are per side when `perSide` is set.
 */
export interface Dosage {
  reps?: number;
  holdSeconds?: number;
  sets?: number;
  perSide?: boolean;
  /** Continuous time, for breathing and posture prompts. */
  minutes?: number;
  /** Continuous time under a minute. */
  seconds?: number;
  /** Sit-stand desk cycle: minutes standing, then minutes moving. */
  standMinutes?: number;
  moveMinutes?: number;
}

/** The texts of one entry in one language. */
export interface EntryText {
  name: string;
  /** One sentence: what you do and what it is for (wellness wording, no health claims). */
  summary: string;
  /** The dosage in words, e.g. "10 per side". */
  dosage: string;
  steps: string[];
  /** One or two short cues. */
  cues: string[];
  /** At least one safety note specific to this entry. */
  cautions: string[];
}

/** An entry without its texts: all the background needs to choose one. */
export type CatalogueMeta = Omit<CatalogueEntry, 'text'>;

export interface CatalogueEntry {
  /** Kebab-case, stable: stored in history and program codes. */
  id: string;
  family: Family;
  regions: Region[];
  kind: Kind;
  position: Position;
  /** Silent, seated and unobtrusive on camera: may be offered during a video call. */
  callSafe: boolean;
  /** Time the prompt asks for: 30-120 s for exercises, longer for some posture prompts. */
  durationSeconds: number;
  dosage: Dosage;
  text: Record<CatalogueLang, EntryText>;
  /** Section of the source article the entry comes from. */
  source: SourceSection;
  /** Key into `illustrations`. */
  illustration: string;
}
