// The Upstack side as Upstack's guides document it: Events Destination > "+ New Destination" >
// pick the platform > Next > the platform's form (in the picker's dialog, or as a Flows settings
// card on another page) > "Create Configuration", which the merchant presses. The Fill frame
// finds the form wherever it appears, by the platform named around its key field.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import {
  captureKlaviyo,
  fillButton,
  fillFrame,
  fillPanel,
  fillStatus,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  throughWizard,
  UPSTACK_ENTRY,
} from '../support/helpers';

/** The guide's ring on the Upstack page (in the extension's open shadow root), if shown. */
async function ringBox(page: Page) {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('upstack-key-assist')) {
      const ring = host.shadowRoot?.querySelector('.ring');
      if (ring?.matches(':popover-open')) return ring.getBoundingClientRect().toJSON() as Box;
    }
    return null;
  });
}
type Box = { x: number; y: number; width: number; height: number };

/** The ring is around the element: it holds the element's box, a few pixels out. */
async function expectRingOn(page: Page, target: Locator) {
  await expect
    .poll(async () => {
      const [ring, box] = await Promise.all([ringBox(page), target.boundingBox()]);
      if (!ring || !box) return false;
      return (
        ring.x <= box.x &&
        ring.y <= box.y &&
        ring.x + ring.width >= box.x + box.width &&
        ring.y + ring.height >= box.y + box.height &&
        ring.width - box.width <= 12 &&
        ring.height - box.height <= 12
      );
    })
    .toBe(true);
}

test('the guide leads through the wizard: each step in the frame, the ring on what to press, the platform picked, then the form and its save button', async ({
  context,
  page,
}) => {
  const key = await captureKlaviyo(page);
  const upstack = await context.newPage();
  await upstack.goto(UPSTACK_ENTRY);
  const newDestination = upstack.getByRole('button', { name: '+ New Destination' });
  await expect(fillPanel(upstack)).toContainText('Step 4 of 7');
  await expect(fillPanel(upstack).getByRole('heading')).toHaveText('Press “+ New Destination”');
  await expect(fillPanel(upstack)).toContainText(`pk_…${key.slice(-4)}`);
  // No form yet: nothing to fill, and no status line beside the instruction.
  await expect(fillButton(upstack)).toHaveCount(0);
  await expect(fillStatus(upstack)).toHaveText('');
  // The memory notice, said on Klaviyo's page: here one line, the key and its time, to expand.
  const notice = fillPanel(upstack).getByText("is kept in this browser's memory");
  const summary = fillPanel(upstack).getByText(`pk_…${key.slice(-4)} · forgotten in`);
  await expect(summary).toBeVisible();
  await expect(notice).toBeHidden();
  await expectRingOn(upstack, newDestination);
  await newDestination.click();

  const picker = upstack.getByRole('dialog', { name: 'Select a Destination' });
  // The guide picks the platform through the page's own radio, read back from its state.
  await expect(picker.getByRole('radio', { name: 'Klaviyo' })).toBeChecked();
  await expect(fillPanel(upstack).getByRole('heading')).toHaveText('Press Next');
  await expect(fillPanel(upstack)).toContainText('We picked Klaviyo');
  await expectRingOn(upstack, picker.getByRole('button', { name: 'Next' }));
  await picker.getByRole('button', { name: 'Next' }).click();

  const form = upstack.getByRole('dialog', { name: 'Klaviyo' });
  await expect(fillPanel(upstack).getByRole('heading')).toHaveText('Press “Fill API key” below');
  // Where Fill is, its one status line; the notice still one line, the merchant's to expand.
  await expect(fillStatus(upstack)).toHaveText('Klaviyo key ready to fill');
  await expect(notice).toBeHidden();
  await summary.click();
  await expect(notice).toBeVisible();
  await expectRingOn(upstack, form.getByLabel('Private API key'));
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
  // The form's own save button, by our own word for it; pressed by the merchant alone.
  const save = form.getByRole('button', { name: 'Create Configuration' });
  await expect(fillPanel(upstack).getByRole('heading')).toHaveText(
    'Check the form and press “Create Configuration”',
  );
  await expectRingOn(upstack, save);
  await upstack.waitForTimeout(300);
  expect((await sandboxState<{ saved: unknown[] }>(upstack)).saved).toEqual([]);
  await save.click();
  await expect(upstack.getByRole('list', { name: 'Destinations' })).toContainText('Healthy');
  expect((await sandboxState<{ saved: unknown[] }>(upstack)).saved).toEqual([
    expect.objectContaining({ provider: 'klaviyo', 'Private API key': key }),
  ]);
  await expect(fillStatus(upstack)).toContainText('done');
  // The guide is over: no ring left on the page.
  await expect.poll(() => ringBox(upstack)).toBeNull();
});

test('from another Upstack page the guide starts at Events Destination; with no key held it stays away', async ({
  context,
  page,
}) => {
  const upstack = await context.newPage();
  await upstack.goto('https://app.upstackdata.com/destinations');
  await expect(upstack.getByRole('heading', { name: 'Destinations' })).toBeVisible();
  await upstack.waitForTimeout(800);
  await expect(fillPanel(upstack)).toHaveCount(0);

  await captureKlaviyo(page);
  await upstack.bringToFront();
  await upstack.reload();
  await expect(fillPanel(upstack).getByRole('heading')).toHaveText('Open Events Destination');
  await expect(fillPanel(upstack)).toContainText('Step 3 of 7');
  const link = upstack.getByRole('navigation').getByRole('link', { name: 'Events Destination' });
  await expectRingOn(upstack, link);
  await link.click();
  await expect(fillPanel(upstack).getByRole('heading')).toHaveText('Press “+ New Destination”');
});

test.describe('a redesigned Upstack page', () => {
  test.use({ sandboxOptions: { upstackRedesign: true } });

  test('the guide falls back to plain instructions with a link, and the form is still filled', async ({
    context,
    page,
  }) => {
    const key = await captureKlaviyo(page);
    const upstack = await context.newPage();
    await upstack.goto(UPSTACK_ENTRY);
    const fallback = fillPanel(upstack).getByText('We could not find this on the page.');
    await expect(fallback).toBeVisible({ timeout: 8000 });
    await expect(fallback).toContainText('choose Klaviyo');
    await expect(
      fillPanel(upstack).getByRole('link', { name: 'Open Events Destination' }),
    ).toHaveAttribute('href', UPSTACK_ENTRY);
    expect(await ringBox(upstack)).toBeNull();
    // The merchant finds the button; the guide takes over again.
    await upstack.getByRole('button', { name: 'Add a destination' }).click();
    await expect(
      upstack
        .getByRole('dialog', { name: 'Select a Destination' })
        .getByRole('radio', { name: 'Klaviyo' }),
    ).toBeChecked();
    await upstack.getByRole('button', { name: 'Next' }).click();
    await fillButton(upstack).click();
    await expect(fillStatus(upstack)).toContainText('filled');
    expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
  });
});

test("with no key held, the form offers to create it with help: the provider's guide in a new tab", async ({
  context,
  page,
}) => {
  await page.goto(UPSTACK_ENTRY);
  await throughWizard(page, 'Klaviyo', { guided: false });
  await expect(fillStatus(page)).toHaveText('No Klaviyo key captured yet.');
  const offer = fillPanel(page).getByRole('button', { name: 'Create this key with help' });
  // A page script's click is not the merchant's: nothing opens.
  await page.evaluate(() => {
    const frame = document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('iframe');
    frame?.contentWindow?.postMessage({ type: 'start' }, '*');
  });
  const [started] = await Promise.all([context.waitForEvent('page'), offer.click()]);
  await expect(started).toHaveURL(KLAVIYO_API_KEYS);
  await expect(panel(started)).toContainText('Step 1 of 8');
  // The Upstack tab stays as it was, with its form, for the fill once the key is captured.
  await expect(
    page.getByRole('dialog', { name: 'Klaviyo' }).getByLabel('Private API key'),
  ).toBeVisible();
  expect((await sandboxState(page)).fields['Private API key'] ?? '').toBe('');
});

test.describe('Upstack Flows', () => {
  test.use({ sandboxOptions: { upstackFlows: true } });

  test('the form as a settings card on another page, under a heading naming no platform', async ({
    context,
    page,
  }) => {
    const key = await captureKlaviyo(page);
    const upstack = await context.newPage();
    await upstack.goto(UPSTACK_ENTRY);
    await throughWizard(upstack, 'Klaviyo');
    await expect(upstack).toHaveURL(/\/flows\/settings\?platform=klaviyo$/);
    await expect(upstack.getByRole('heading', { level: 1 })).toHaveText('Flows settings');
    await fillButton(upstack).click();
    await expect(fillStatus(upstack)).toContainText('filled');
    expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
  });
});

type Rect = { x: number; y: number; width: number; height: number };
const overlapping = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const size of [
  { width: 1024, height: 600 },
  { width: 800, height: 500 },
]) {
  test(`at ${size.width}x${size.height} the Fill frame on the platform picker covers none of its controls and stays inside the window`, async ({
    context,
    page,
  }) => {
    await captureKlaviyo(page);
    const upstack = await context.newPage();
    await upstack.setViewportSize(size);
    await upstack.goto(UPSTACK_ENTRY);
    await upstack.getByRole('button', { name: '+ New Destination' }).click();
    await expect(fillPanel(upstack).getByRole('heading')).toHaveText('Press Next');
    const picker = upstack.getByRole('dialog', { name: 'Select a Destination' });
    // The step's controls: every platform card, Next and Cancel.
    const cards = picker.locator('label.card, button');
    const frame = upstack.locator('upstack-key-assist iframe');
    /** What the frame covers of the controls the window shows, and whether it is inside it. */
    const layout = async (controls = cards) => {
      const box = await frame.boundingBox();
      if (!box) return { inside: false, covered: ['no frame'] };
      const covered: string[] = [];
      for (const control of await controls.all()) {
        const rect = await control.boundingBox();
        if (rect && overlapping(box, rect)) covered.push((await control.textContent()) ?? '');
      }
      const inside =
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= size.width &&
        box.y + box.height <= size.height;
      return { inside, covered };
    };
    await expect.poll(() => layout()).toEqual({ inside: true, covered: [] });
    // Scrolled to the picker's end, where its cards fill the window: the frame, inside it, keeps
    // off Next and Cancel (a card it may cover: the 320 px frame fits beside none of them).
    await picker.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
    await expect
      .poll(() => layout(picker.getByRole('button')))
      .toEqual({ inside: true, covered: [] });
  });
}

test('in a window shorter than the panel, the Fill frame stays inside it and scrolls inside to its Fill button', async ({
  context,
  page,
}) => {
  const key = await captureKlaviyo(page);
  const upstack = await context.newPage();
  const size = { width: 800, height: 260 };
  await upstack.setViewportSize(size);
  await upstack.goto('https://app.upstackdata.com/destinations/new/klaviyo');
  await expect(fillStatus(upstack)).toContainText('ready to fill');
  const box = await upstack.locator('upstack-key-assist iframe').boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= size.height).toBe(true);
  // The panel is taller than the frame: its document scrolls, and scrolled, shows Fill whole.
  const frame = fillFrame(upstack);
  const fits = () =>
    frame.evaluate(() => {
      const root = document.documentElement;
      const button = [...document.querySelectorAll('button')].find((b) =>
        /Fill API key/.test(b.textContent ?? ''),
      );
      const rect = button?.getBoundingClientRect();
      return {
        scrolls: root.scrollHeight > root.clientHeight,
        fillShown: !!rect && rect.top >= 0 && rect.bottom <= root.clientHeight,
      };
    });
  expect((await fits()).scrolls).toBe(true);
  await fillButton(upstack).scrollIntoViewIfNeeded();
  expect(await fits()).toEqual({ scrolls: true, fillShown: true });
  await upstack.waitForTimeout(700); // the frame moved inside: the half-second wait again
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields['Private API key'] === key).toBe(true);
});
