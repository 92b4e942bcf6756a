// `npm start`: builds Balans for Chrome and opens a Chromium-family browser with it loaded,
// on a fresh profile, so you see exactly what a new user sees.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './browser.mjs';

const browser = ensureChromium();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const extension = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'balans-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...(process.env.DISPLAY || process.platform !== 'linux' ? [] : ['--headless=new']),
  'chrome://extensions',
];
console.log(
  `Opening ${browser} with Balans loaded (profile ${profile}). Pin Balans from the puzzle-piece menu.`,
);
const child = spawn(browser, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
