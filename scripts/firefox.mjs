// Finds Firefox for the Firefox project of the e2e suite, installing Debian's when we may.
// Order: $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox, then `apt-get install
// firefox-esr` when root. puppeteer-core drives it; nothing here downloads a browser from
// anywhere else.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is ${fromEnv}, which does not exist.`);
  }
  return [DEBIAN_FIREFOX, '/usr/bin/firefox'].find((path) => existsSync(path));
}

export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'No Firefox found: run "apt-get install firefox-esr" (Debian/Ubuntu) or set FIREFOX_PATH.',
    );
  }
  console.log('Installing Debian firefox-esr (apt-get install firefox-esr)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
  if (!existsSync(DEBIAN_FIREFOX)) throw new Error('apt-get did not install /usr/bin/firefox-esr.');
  return DEBIAN_FIREFOX;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`Firefox: ${ensureFirefox()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
