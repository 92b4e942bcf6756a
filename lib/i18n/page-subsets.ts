/**
 * Which messages each page carries. A key that starts with one of `PREFIXES` and then a capital
 * (`promptSkip`, `dataExportHeading`) belongs to that part of the extension; any other key
 * (`moveNow`, `durationMinutes`) is common and goes to every page. Used by the Vite plugin in
 * scripts/page-messages-plugin.ts (`virtual:balans-messages/<lang>/<page>`) and by a test that
 * checks each page's subset holds every key its code names. Pure: no browser, no Node.
 */

export const PREFIXES = ['options', 'prompt', 'progress', 'data', 'notify'] as const;
export type Prefix = (typeof PREFIXES)[number];

/** The prefixed messages a page carries besides the common ones (`notify*` is the background's). */
export const PAGE_PREFIXES = {
  popup: [],
  prompt: ['prompt'],
  options: ['options'],
  // The data controls are a section of the progress page, which also reuses two options texts.
  progress: ['progress', 'data', 'options'],
} as const satisfies Record<string, readonly Prefix[]>;

export type MessagePage = keyof typeof PAGE_PREFIXES;

export function isMessagePage(name: string | undefined): name is MessagePage {
  return name !== undefined && Object.hasOwn(PAGE_PREFIXES, name);
}

/** The part of the extension a key belongs to; undefined for a common key. */
export function keyPrefix(key: string): Prefix | undefined {
  return PREFIXES.find((prefix) => key.startsWith(prefix) && /^[A-Z]/.test(key.slice(prefix.length)));
}

export function inPage(key: string, page: MessagePage): boolean {
  const prefix = keyPrefix(key);
  return prefix === undefined || (PAGE_PREFIXES[page] as readonly Prefix[]).includes(prefix);
}

/** The messages of one language's catalogue that a page carries, in the catalogue's order. */
export function pageMessages<T>(messages: Record<string, T>, page: MessagePage): Record<string, T> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => inPage(key, page)));
}
