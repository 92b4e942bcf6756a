/**
 * Each page loads only its part of the messages (lib/i18n/page-subsets.ts, served by
 * scripts/page-messages-plugin.ts): every key a page's code names must be in that part, or the
 * page would show the bare key. The code of a page is found by following its imports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import enPopup from 'virtual:balans-messages/en/popup';
import nlProgress from 'virtual:balans-messages/nl/progress';
import nlPrompt from 'virtual:balans-messages/nl/prompt';
import { describe, expect, it } from 'vitest';
import { isMessagePage, type MessagePage, PAGE_PREFIXES, pageMessages } from '@/lib/i18n/page-subsets';
import en from '../../../public/_locales/en/messages.json';
import nl from '../../../public/_locales/nl/messages.json';

const ROOT = process.cwd();
const KEYS = new Set(Object.keys(en));
const PAGES = Object.keys(PAGE_PREFIXES) as MessagePage[];

/** The project's own file an import names (`@/…` or relative), if it is TypeScript. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? resolve(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/** A page's entry and every source file it imports, statically or dynamically. */
function pageFiles(page: MessagePage): Set<string> {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const target = resolveImport(file, specifier);
      if (target) visit(target);
    }
  };
  visit(resolve(ROOT, 'entrypoints', page, 'main.tsx'));
  return files;
}

/** Source without its comments (which may name keys of other pages). */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');

/**
 * The message keys a page's code names: every quoted literal that is a key, so both
 * `t('popupTitle')` and key tables (`{ sitting: 'statusSitting' }`) count.
 */
function usedKeys(page: MessagePage): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of pageFiles(page)) {
    for (const [, word = ''] of code(file).matchAll(/['"`]([A-Za-z][A-Za-z0-9]*)['"`]/g)) {
      if (KEYS.has(word) && !used.has(word)) used.set(word, relative(ROOT, file));
    }
  }
  return used;
}

describe('messages per page', () => {
  it('has the same keys in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('knows every page of the extension', () => {
    const pages = readdirSync(resolve(ROOT, 'entrypoints')).filter((name) =>
      existsSync(resolve(ROOT, 'entrypoints', name, 'index.html')),
    );
    expect(pages.sort()).toEqual([...PAGES].sort());
    expect(pages.every(isMessagePage)).toBe(true);
  });

  /** A key each page's code names in a file that the walk must have reached. */
  const REACHED: Record<MessagePage, string> = {
    popup: 'popupTitle',
    prompt: 'promptSkipPain',
    options: 'optionsLimitFirefox', // components/options/KnownLimits.tsx
    progress: 'dataExportHeading', // components/data/DataControls.tsx
  };

  it.each(PAGES)('gives the %s page every message its code names', (page) => {
    const used = usedKeys(page);
    expect(used.has(REACHED[page])).toBe(true);
    const subset = pageMessages(en, page);
    const missing = [...used]
      .filter(([key]) => !Object.hasOwn(subset, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('serves a page its part of a language through the plugin', () => {
    expect(enPopup).toEqual(pageMessages(en, 'popup'));
    expect(nlPrompt).toEqual(pageMessages(nl, 'prompt'));
    expect(nlProgress).toEqual(pageMessages(nl, 'progress'));
    expect(Object.keys(enPopup).length).toBeLessThan(Object.keys(en).length / 3);
    expect(Object.keys(enPopup).some((key) => /^(options|prompt|progress|data|notify)[A-Z]/.test(key))).toBe(
      false,
    );
  });
});
