// Attack (issue 15, section 3): a host of upstackdata.com that is not the dashboard, or the
// dashboard's host on another port, serves a copy of the Upstack destination form. Any
// subdomain that serves user content, or points at a third-party service, would then be offered
// the merchant's key. Only https://app.upstackdata.com (default port) is the dashboard.
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  captureKlaviyo,
  fillButton,
  fillStatus,
  readableByPage,
  sandboxState,
  storageDump,
} from '../helpers';

const FORM_PATH = '/destinations/new/klaviyo';

/**
 * The sandbox's Upstack app (its Klaviyo destination form) served as the page at `url`, the way
 * an attacker with a page on that origin would: the page moves its own route to the form's path
 * (same origin, no reload) before the app reads it, and loads the sandbox's app script.
 */
async function serveForm(context: BrowserContext, url: string) {
  const { origin } = new URL(url);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upstack Data</title></head><body><div id="root"></div><script>history.replaceState(null, '', ${JSON.stringify(FORM_PATH)})</script><script src="https://app.upstackdata.com/__sandbox/upstack.js"></script></body></html>`;
  // Routes added last are asked first: this one wins over the sandbox's for this origin's pages,
  // and hands anything else (the app's script on the dashboard's origin) on to the sandbox.
  await context.route(
    (u) => u.origin === origin,
    (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
        : route.fallback(),
  );
}

async function openForm(context: BrowserContext, url: string) {
  await serveForm(context, url);
  const page = await context.newPage();
  await page.goto(url);
  expect(new URL(page.url()).origin).toBe(new URL(url).origin);
  await expect(page.getByRole('heading', { name: 'Connect Klaviyo' })).toBeVisible();
  await expect(page.getByLabel('Private API key')).toBeVisible();
  return page;
}

for (const url of [
  'https://user-content.upstackdata.com/a.html',
  'https://upstackdata.com/blog/post',
  'https://app.upstackdata.com:8443/x',
]) {
  test(`no Fill is offered on ${url}`, async ({ context, page, background }) => {
    const key = await captureKlaviyo(page);
    const attack = await openForm(context, url);
    // Longer than the form's late data and the content script's idle start: the page is settled.
    await attack.waitForTimeout(2000);

    // No UI at all, wherever it would live (in the page or in an extension frame).
    await expect(attack.locator('upstack-key-assist')).toHaveCount(0);
    await expect(attack.getByRole('button', { name: 'Fill API key' })).toHaveCount(0);
    await expect(attack.locator('iframe')).toHaveCount(0);
    // The form's key field stays empty, and the page can read neither the key nor its mask.
    expect((await sandboxState(attack)).fields['Private API key'] ?? '').toBe('');
    await expect(attack.getByLabel('Private API key')).toHaveValue('');
    const text = await readableByPage(attack);
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(-4));
    // The vault still holds the key, unfilled.
    const vault = (await storageDump(background)).session['vault:klaviyo'] as { state: string };
    expect(vault.state).toBe('captured');
  });
}

// The control: the very same served page on the dashboard's own origin is recognised, so the
// absence above is the host's doing, not the page's.
test('the same page on https://app.upstackdata.com offers Fill and fills', async ({
  context,
  page,
}) => {
  const key = await captureKlaviyo(page);
  const upstack = await openForm(context, 'https://app.upstackdata.com/a.html');
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
});
