// The attacks on the Upstack panel's Fill (fill-attacks.spec.ts here, and the Chromium-only
// variants in ../attacks/) share this: the attack pages' scripts, the Upstack form open with a
// captured Klaviyo key, and the proof that nothing was filled. The attack specs ran the same
// attacks against the build before the Fill frame (commit e06dbba); only REACH differed there,
// in how a page script reaches the panel.
import type { Driver, Tab } from './driver';
import { expect as baseExpect } from './driver-fixtures';
import { acceptOffer, captured, FILL, vaultState } from './flows';

/** Firefox under puppeteer is slower to settle than Chromium on 2 shared cores. */
const expect = baseExpect.configure({ timeout: 20_000 });

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

/** Attack: the page stretches the Fill frame invisibly over the screen (opacity 0.01: at 0 the
 * Chromium under test delivers no click to a cross-origin frame at all) and shows its own
 * "Accept cookies" where the Fill button now is. Run on request: `__stretchFill()`,
 * `__baitAt(x, y)`, `__restore()`. */
export const RESTYLE = `
  window.__accepted = 0;
  addEventListener('DOMContentLoaded', () => {
    const accept = document.createElement('button');
    accept.id = 'accept-cookies';
    accept.textContent = 'Accept cookies';
    accept.style.cssText = 'position:fixed;left:24px;bottom:24px;z-index:10;padding:10px 16px;';
    accept.addEventListener('click', () => window.__accepted++);
    document.body.append(accept);
  });
  // Rules of the page's own in the extension's open shadow root: !important beats the inline
  // sizes the extension sets.
  window.__stretchFill = () => {
    const style = document.createElement('style');
    style.id = 'stretch';
    style.textContent = window.__fillParts + ' {' +
      'position:fixed!important;inset:0!important;width:100vw!important;height:100vh!important;' +
      'max-width:none!important;max-height:none!important;margin:0!important;' +
      'opacity:0.01!important;z-index:2147483647!important}';
    window.__fillRoot().append(style);
  };
  window.__restore = () => window.__fillRoot().getElementById('stretch').remove();
  window.__baitAt = (x, y) => {
    const accept = document.getElementById('accept-cookies');
    const box = accept.getBoundingClientRect();
    accept.style.left = x - box.width / 2 + 'px';
    accept.style.top = y - box.height / 2 + 'px';
    accept.style.bottom = 'auto';
  };
`;

/** Attack: a popover of the page's own over the panel's box, opaque, `pointer-events: none`,
 * with "Continue to dashboard" right over the Fill button, shown again every animation frame
 * to stay above. Run on request: `__cover(...__fillBox())`, `__uncover()`. */
export const COVER = `
  window.__cover = (x, y, width, height) => {
    const cover = document.createElement('div');
    cover.popover = 'manual';
    cover.style.cssText =
      'inset:auto;margin:0;padding:16px;border:0;box-sizing:border-box;background:#fff;' +
      'pointer-events:none;font:600 16px system-ui;display:grid;place-items:center;' +
      'left:' + x + 'px;top:' + y + 'px;width:' + width + 'px;height:' + height + 'px';
    cover.innerHTML = '<span style="padding:10px 18px;background:#2563eb;color:#fff;border-radius:8px">Continue to dashboard</span>';
    document.body.append(cover);
    let on = true;
    const show = () => {
      if (!on) return;
      if (cover.matches(':popover-open')) cover.hidePopover();
      cover.showPopover();
      requestAnimationFrame(show);
    };
    show();
    window.__uncover = () => {
      on = false;
      cover.hidePopover();
    };
  };
`;

/** Attack: at the first character the merchant types in a field of the form, the page focuses
 * the Fill (so that a typed space would press it). */
export const FOCUS = `
  addEventListener('keydown', (event) => {
    if (window.__stolen || event.target.localName !== 'input' || event.key.length !== 1) return;
    window.__stolen = true;
    window.__focusFill();
  }, true);
`;

/** The Upstack form's fields, as the sandbox app holds them. */
export async function formFields(upstack: Tab) {
  return (await upstack.sandboxState<{ fields: Record<string, string> }>()).fields;
}

/** A Klaviyo key captured in the driver's first tab (the create page, the guide's prefilled
 * choices, the merchant's Create); returns the key (never logged). */
export async function captureKlaviyo(tab: Tab): Promise<string> {
  await tab.goto('https://www.klaviyo.com/create-private-api-key');
  await acceptOffer(tab);
  await expect.poll(() => tab.checked({ role: 'radio', name: /Full Access Key/ })).toBe(true);
  await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
  await captured(tab, 'Klaviyo');
  const [created] = (await tab.sandboxState<{ created: { key: string }[] }>()).created;
  if (!created) throw new Error('The sandbox created no key.');
  return created.key;
}

/** A Klaviyo key captured; the Upstack form opened in a new tab with `attack` (page script, run
 * before the page's own, on the dashboard's origin only) and the panel's Fill ready. */
export async function formWithKey(driver: Driver, attack = '') {
  const key = await captureKlaviyo(driver.tab);
  const upstack = await driver.newTab();
  await upstack.addInitScript(
    `if (location.origin === '${new URL(FORM).origin}') {${REACH}${attack}}`,
  );
  await upstack.goto(FORM);
  await expect.poll(() => upstack.status('fillPanel')).toContain('ready to fill');
  // Fill is aria-disabled for half a second after it appears.
  await upstack.wait(700);
  return { key, upstack };
}

/** The centre of the Fill button, in the page's viewport. */
export async function fillCentre(upstack: Tab) {
  const box = await upstack.box(FILL);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** After the merchant's click or keys: the key field is empty, and the vault still holds the key
 * unfilled. (Asserted as booleans: a failure never prints the key.) */
export async function expectNothingFilled(driver: Driver, upstack: Tab, key: string) {
  await upstack.wait(1000); // a fill takes a few milliseconds: give it ample time
  const field = (await formFields(upstack))[KEY_FIELD] ?? '';
  expect(field.includes(key), 'the key field holds the key').toBe(false);
  expect(field === '', 'the key field is empty').toBe(true);
  expect(await vaultState(driver, 'klaviyo')).toBe('captured');
}

/** The merchant's own Fill, on the panel as they see it, fills the key. */
export async function expectOwnFillFills(upstack: Tab, key: string) {
  await upstack.click(FILL);
  await expect.poll(() => upstack.status('fillPanel')).toContain('filled');
  const field = (await formFields(upstack))[KEY_FIELD] ?? '';
  expect(field === key, 'the form holds the merchant key').toBe(true);
}
