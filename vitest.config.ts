import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pageMessagesPlugin } from './scripts/page-messages-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), pageMessagesPlugin()],
  resolve: {
    // Keeps vite itself out of the test runtime (faster; avoids a TextEncoder invariant failure).
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
  },
});
