// The Chromium-only attacks on the Upstack panel's Fill (fill-*.spec.ts, upstack-stale-tab.spec.ts
// here; the merchant's real clicks and keys are in ../security/fill-attacks.spec.ts) share this, over
// Playwright: the Upstack form open with a captured Klaviyo key and the proof that nothing was
// filled. What a page script can reach of the extension's Fill (REACH) is ./upstack-panel.ts's.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { captureKlaviyo, fillButton, sandboxState, storageDump } from './helpers';
import { FORM, KEY_FIELD, REACH } from './upstack-panel';

export { KEY_FIELD };

/** A Klaviyo key captured in `page`; the Upstack form opened in a new tab with `attack` (page
 * script, run before the page's own) and the panel's Fill ready. */
export async function formWithKey(context: BrowserContext, page: Page, attack = '') {
  const key = await captureKlaviyo(page);
  const upstack = await context.newPage();
  // The page's own script: Playwright would run it in the extension's frame too, where no page
  // script can run.
  await upstack.addInitScript({
    content: `if (location.origin === '${new URL(FORM).origin}') {${REACH}${attack}}`,
  });
  await upstack.goto(FORM);
  await expect(fillButton(upstack)).toBeEnabled();
  return { key, upstack };
}

/** After the merchant's click or keys: the key field holds nothing of the key, and the vault
 * still holds it unfilled. */
export async function expectNothingFilled(upstack: Page, background: Worker, key: string) {
  await upstack.waitForTimeout(1000); // a fill takes a few milliseconds: give it ample time
  expect((await sandboxState(upstack)).fields[KEY_FIELD] ?? '').not.toContain(key);
  expect((await sandboxState(upstack)).fields[KEY_FIELD] ?? '').toBe('');
  expect((await storageDump(background)).session['vault:klaviyo']).toMatchObject({
    state: 'captured',
  });
}
