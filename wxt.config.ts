import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { pageMessagesPlugin } from './scripts/page-messages-plugin';

/** Connections are allowed to the extension itself only: Balans never talks to a server. */
const CSP =
  "script-src 'self'; object-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // JSON as modules with named exports, so unused messages are left out of a bundle;
  // `virtual:balans-messages/<lang>/<page>`: the messages one page shows (lib/i18n/page-subsets.ts).
  vite: () => ({ plugins: [preact(), pageMessagesPlugin()], json: { stringify: false } }),
  zip: {
    excludeSources: ['tests/**', 'coverage/**', 'test-results/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'idle', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'move-now': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandMoveNow__',
      },
    },
    content_security_policy: { extension_pages: CSP },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'balans@balans.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
