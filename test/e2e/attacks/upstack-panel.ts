// The attacks on the Upstack panel's Fill (fill-*.spec.ts, upstack-stale-tab.spec.ts) share
// this: the Upstack form open with a captured Klaviyo key, what a page script can reach of the
// extension's Fill, and the proof that nothing was filled. The attack specs run the same attack
// against the build before the Fill frame (commit e06dbba); only this file differed there, in how
// a test and a page script reach the panel.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from '../fixtures';
import { captureKlaviyo, fillButton, sandboxState, storageDump } from '../helpers';

export const FORM = 'https://app.upstackdata.com/destinations/new/klaviyo';
export const KEY_FIELD = 'Private API key';

/**
 * Page-world helpers for the attack scripts, the only part that differed against e06dbba:
 * `__fillRoot()`, the extension's open shadow root, and `__fillParts`, a selector there for
 * what of the Fill a page script can restyle (the frame and its container: the button inside
 * is another origin's document); `__fillBox()`, where the panel is; and `__focusFill()`, the
 * closest a page script can get to focusing the Fill button.
 */
export const REACH = `
  window.__fillRoot = () => document.querySelector('upstack-key-assist')?.shadowRoot;
  window.__fillParts = '[popover]:has(> iframe), iframe';
  window.__fillBox = () => {
    const box = window.__fillRoot().querySelector('iframe').getBoundingClientRect();
    return [box.x, box.y, box.width, box.height];
  };
  window.__focusFill = () => {
    const frame = window.__fillRoot()?.querySelector('iframe');
    frame?.focus();
    frame?.contentWindow?.focus();
  };
`;

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

/** Where the Fill button's centre is on the page (Playwright reads it through the frame, as an
 * attacker who installed the extension to study its layout would know it). */
export async function fillCentre(upstack: Page) {
  const box = await fillButton(upstack).boundingBox();
  if (!box) throw new Error('No Fill button on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
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
