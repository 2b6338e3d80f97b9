// `wxt/browser` in the provider pages' scripts (see wxt.config.ts): the browser's own
// promise-based API, Firefox's `browser`, else Chrome's `chrome`. Every call these scripts make
// (runtime.sendMessage and getURL, onMessage for notices that need no answer, i18n) behaves the
// same natively in Chrome MV3 and Firefox, so the polyfill's 3 kB stays with the background,
// the pages and the Upstack script, and a dashboard page carries less.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const browser: Browser = scope.browser?.runtime?.id
  ? scope.browser
  : (scope.chrome as Browser);
