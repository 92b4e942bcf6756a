// Finds the Chromium the tests and `npm start` use, installing Debian's when we can.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium chromium-l10n';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

function found() {
  return CANDIDATES.find((path) => existsSync(path));
}

function canApt() {
  return (
    process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  );
}

/**
 * The path of a Chromium-family browser. With `withDutch`, Debian's Dutch locale pack
 * must be there too (the e2e run checks the Dutch UI).
 */
export function ensureChromium({ withDutch = false } = {}) {
  const dutchMissing =
    withDutch && existsSync('/usr/bin/chromium') && !existsSync('/usr/lib/chromium/locales/nl.pak');
  let path = found();
  if ((!path || dutchMissing) && canApt()) {
    console.log('Installing Debian chromium and chromium-l10n (needed by the browser tests)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n'], { stdio: 'inherit', env });
    path = found();
  }
  if (!path) {
    console.error(`No Chromium-family browser found. Install one, for example:\n  ${INSTALL_COMMAND}`);
    process.exit(1);
  }
  return path;
}

/**
 * Chromium flags for a headless run with one unpacked extension: the `--disable-extensions-except`
 * beats Playwright's own `--disable-extensions`; the background-networking flags keep
 * Chromium itself from calling home on a machine with no network.
 */
export function headlessExtensionArgs(extensionDir) {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
