/**
 * Vite plugin: `import('virtual:balans-messages/nl/popup')` is the part of
 * `public/_locales/nl/messages.json` that the popup shows (lib/i18n/page-subsets.ts decides
 * which), as a module of its own. A page thus loads only its own texts, in one language, while
 * `_locales` stays the single source of them (the manifest and `browser.i18n` read it too).
 * Used by wxt.config.ts and vitest.config.ts; typed in lib/i18n/page-messages.d.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isMessagePage, pageMessages } from '../lib/i18n/page-subsets';

const PREFIX = 'virtual:balans-messages/';
/**
 * `virtual:balans-messages/nl/popup` is resolved to `\0virtual:balans/messages-nl-popup`: `\0`
 * marks it as virtual (no other plugin reads it from disk), the last part names its chunk.
 */
const RESOLVED = '\0virtual:balans/messages-';

export function pageMessagesPlugin(): Plugin {
  return {
    name: 'balans-page-messages',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const [lang = '', page, ...rest] = id.slice(PREFIX.length).split('/');
      if (!/^[a-z]{2}$/.test(lang) || !isMessagePage(page) || rest.length > 0) {
        this.error(`Balans: no messages module ${id} (use ${PREFIX}<lang>/<page>)`);
      }
      return `${RESOLVED}${lang}-${page}`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [lang = '', page] = id.slice(RESOLVED.length).split('-');
      if (!isMessagePage(page)) return undefined;
      const file = fileURLToPath(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url));
      this.addWatchFile(file); // `wxt dev` rebuilds the page when the catalogue changes
      const subset = pageMessages(JSON.parse(readFileSync(file, 'utf8')), page);
      return `export default ${JSON.stringify(subset)};`;
    },
  };
}
