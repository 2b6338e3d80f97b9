// Where the panels go: for each provider's capture state (the key shown once, its Copy button)
// and for the Upstack form once filled, at 800×600, 1280×800 and 640×400 (what 1280×800 shows at
// 200 % zoom), the overlay's panel and the Fill frame cover neither the ring's target, nor the
// key shown, nor the fields around it, nor the form's submit button. Where a panel fits nowhere
// it is collapsed to its chip, and the chip covers none of them either.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fillUpstack, type ProviderId, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  storageDump,
} from '../support/helpers';

const VIEWPORTS = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 640, height: 400 },
];

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the overlay shows, measured in the page: the panel (or chip) and the ring. */
function overlayBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (what: string, el: Element) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { what, x, y, width, height };
    };
    for (const host of document.querySelectorAll('upstack-key-assist')) {
      const dialog = host.shadowRoot?.querySelector('[role=dialog]');
      if (!dialog) continue;
      const ring = host.shadowRoot?.querySelector('.ring');
      return {
        panel: box('panel', dialog),
        collapsed: dialog.classList.contains('collapsed'),
        ring: ring ? box('ring', ring) : undefined,
      };
    }
    throw new Error('No panel on the page.');
  });
}

/** What must stay visible, measured in the page: each element showing one of `values` (as its
 * own text or a field's value), the Copy buttons, and the form controls and submit buttons of
 * the form or dialog around what shows them. */
function mustShow(page: Page, values: string[]) {
  return page.evaluate((values) => {
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true }) &&
      el.getBoundingClientRect().width > 0 &&
      el.getBoundingClientRect().height > 0;
    const holders: Element[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('upstack-key-assist')) continue;
      const field = el as HTMLInputElement;
      const text =
        el.localName === 'input' || el.localName === 'textarea'
          ? field.value
          : [...el.childNodes].map((n) => (n.nodeType === 3 ? n.nodeValue : '')).join('');
      if (values.some((v) => text.includes(v)) && shown(el)) holders.push(el);
    }
    const named = (what: string, els: Iterable<Element>) =>
      [...els].filter(shown).map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return { what: `${what} ${el.localName} "${name}"`, x, y, width, height };
      });
    const regions = new Set(
      holders.map((el) => el.closest('form, dialog, [role=dialog]')).filter((r) => !!r),
    );
    const inRegions = (selector: string) =>
      [...regions].flatMap((region) => [...region.querySelectorAll(selector)]);
    const fields = inRegions('input:not([type=hidden]), select, textarea');
    const submits = inRegions('[type=submit], form button:not([type])');
    const copy = [...document.querySelectorAll('button')].filter((b) =>
      /^copy\b/i.test(b.getAttribute('aria-label') ?? b.textContent?.trim() ?? ''),
    );
    return {
      holders: holders.length,
      boxes: [
        ...named('key', holders),
        ...named('copy', copy),
        ...named('field', fields),
        ...named('submit', submits),
      ],
    };
  }, values);
}

/** Two frames after a resize: the panels follow within one. */
const placed = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The panel's box against everything it must not cover; the names of what it covers. */
function covered(panelBox: Box, others: Box[], viewport: { width: number; height: number }) {
  const hits = others.filter((o) => overlaps(panelBox, o)).map((o) => o.what);
  const inside =
    panelBox.x >= 0 &&
    panelBox.y >= 0 &&
    panelBox.x + panelBox.width <= viewport.width + 0.5 &&
    panelBox.y + panelBox.height <= viewport.height + 0.5;
  return inside ? hits : [...hits, 'outside the viewport'];
}

/** Each provider's path to its create form, prefilled (`open`), then to its capture state, the
 * key shown once with Copy beside it (`create`). */
const PATHS: Record<
  ProviderId,
  { name: string; open: (page: Page) => Promise<void>; create: (page: Page) => Promise<void> }
> = {
  klaviyo: {
    name: 'Klaviyo',
    async open(page) {
      await page.getByRole('link', { name: 'Create Private API Key' }).click();
      await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
    },
    create: (page) =>
      page.locator('form').getByRole('button', { name: 'Create', exact: true }).click(),
  },
  omnisend: {
    name: 'Omnisend',
    async open(page) {
      await page.getByRole('button', { name: '+ Create API key' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create API key' });
      await expect(dialog.getByLabel('Name')).toHaveValue('UpstackData');
    },
    create: (page) =>
      page
        .getByRole('dialog', { name: 'Create API key' })
        .getByRole('button', { name: 'Create API key' })
        .click(),
  },
  optimove: {
    name: 'Optimove',
    async open(page) {
      await page.getByRole('button', { name: '+ New API Key' }).click();
      await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData');
      const email = page.getByLabel('Contact Email');
      if (!(await email.inputValue())) await email.fill('owner@acme.test');
    },
    create: (page) => page.getByRole('button', { name: 'Activate key' }).click(),
  },
  dotdigital: {
    name: 'Dotdigital',
    async open(page) {
      await page.getByRole('link', { name: 'New user' }).click();
      await expect(page.getByLabel('Description')).toHaveValue('UpstackData');
    },
    create: (page) => page.getByRole('button', { name: 'Save' }).click(),
  },
};

/** At each viewport, the overlay's panel (or chip) against the ring and what shows `values`
 * with the fields and submit buttons around them; where it was a chip. */
async function measureOverlay(page: Page, values: string[]): Promise<string[]> {
  const collapsedAt: string[] = [];
  for (const viewport of VIEWPORTS) {
    const at = `${viewport.width}×${viewport.height}`;
    await page.setViewportSize(viewport);
    await placed(page);
    let chip = false;
    await expect(async () => {
      const { panel: box, collapsed, ring } = await overlayBoxes(page);
      const { holders, boxes } = await mustShow(page, values);
      expect(holders, at).toBeGreaterThan(0);
      const others = ring ? [ring, ...boxes] : boxes;
      expect(covered(box, others, viewport), at).toEqual([]);
      chip = collapsed;
    }).toPass({ timeout: 5000 });
    if (chip) collapsedAt.push(at);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return collapsedAt;
}

/** The keys and credentials the sandbox made, as shown on its pages. */
async function secretsOf(page: Page): Promise<string[]> {
  const state = await sandboxState<{
    created?: { key: string }[];
    users?: { email: string; password: string }[];
  }>(page);
  return [
    ...(state.created ?? []).map((c) => c.key),
    ...(state.users ?? []).flatMap((u) => [u.email, u.password]),
  ];
}

for (const [provider, { name, open, create }] of Object.entries(PATHS)) {
  test(`${name}: neither panel covers the target, the key, the step's fields or the submit button`, async ({
    context,
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(START[provider as ProviderId]);
    await acceptOffer(page);
    // The create form, prefilled: its fields (the name we typed) and its submit stay visible.
    await open(page);
    await measureOverlay(page, ['UpstackData']);
    await create(page);
    await expect(status(page)).toHaveText(`${name} key captured`);
    const secrets = await secretsOf(page);
    expect(secrets.length).toBeGreaterThan(0);
    // The key shown once (Dotdigital shows none: its password was typed in the form).
    if (provider !== 'dotdigital') {
      const collapsedAt = await measureOverlay(page, secrets);
      // A window large enough shows the whole panel, not the chip.
      expect(collapsedAt).not.toContain('1280×800');
    }
    await expect(panel(page).getByRole('link', { name: /Open Upstack/ })).toBeVisible();

    // The Upstack form, filled: the Fill frame leaves its key fields and Save visible.
    const upstack = await fillUpstack(context, page, name);
    for (const viewport of VIEWPORTS) {
      await upstack.setViewportSize(viewport);
      await placed(upstack);
      await expect(async () => {
        const frame = await upstack.locator('upstack-key-assist iframe').boundingBox();
        if (!frame) throw new Error('No Fill frame.');
        const { holders, boxes } = await mustShow(upstack, secrets);
        expect(holders).toBeGreaterThan(0);
        const fields = boxes.filter((b) => /^(key|submit) /.test(b.what));
        expect(
          covered({ what: 'frame', ...frame }, fields, viewport),
          `${viewport.width}×${viewport.height}: ${JSON.stringify(frame)}`,
        ).toEqual([]);
      }).toPass({ timeout: 5000 });
    }
  });
}

test('the panel collapses to a chip, expands, moves to another corner, and remembers both', async ({
  page,
  background,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Create Private API Key');
  const chip = panel(page).getByRole('button', { name: 'Upstack Key Assist · Klaviyo' });

  await panel(page).getByRole('button', { name: 'Collapse to a small button' }).click();
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  // The chip still says where the merchant is: the step's number and title.
  await expect(chip).toContainText(/Step \d+ of \d+ · .*Create Private API Key/);
  await expect(panel(page).getByRole('heading')).toHaveCount(0);
  // The status is still there for a screen reader.
  await expect(status(page)).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).include('upstack-key-assist').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // The ring stays on the target.
  await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
  await page.reload();
  await expect(chip).toBeVisible();

  await chip.click();
  await expect(panel(page).getByRole('heading')).toContainText('Create Private API Key');
  const before = await panel(page).boundingBox();
  await panel(page).getByRole('button', { name: 'Move to another corner' }).click();
  // From the bottom right (its place by default) to the bottom left, clear of the ring.
  await expect(async () => {
    const box = await panel(page).boundingBox();
    expect(box && Math.round(box.x)).toBe(8);
    expect(box && Math.round(box.y + box.height)).toBe(792);
  }).toPass({ timeout: 3000 });
  expect(before?.x).not.toBe(8);
  await page.reload();
  await expect(panel(page).getByRole('heading')).toContainText('Create Private API Key');
  await expect(async () => {
    const box = await panel(page).boundingBox();
    expect(box && Math.round(box.x)).toBe(8);
  }).toPass({ timeout: 3000 });
  // What is remembered is where, never more.
  const { local } = await storageDump(background);
  expect(local.panelDocks).toEqual({
    klaviyo: { corner: 'bottom-left', moved: true, collapsed: false },
  });
});

test('in a small window the chip keeps the step, inside the window', async ({ page }) => {
  // 800x500: also a laptop at 200 % zoom. The panel may not fit beside the form.
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await panel(page).getByRole('button', { name: 'Collapse to a small button' }).click();
  const chip = panel(page).getByRole('button', { name: /Upstack Key Assist · Klaviyo/ });
  await expect(chip).toContainText(/Step \d+ of \d+ · .*Create Private API Key/);
  const box = await chip.boundingBox();
  expect(
    box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 800 && box.y + box.height <= 500,
  ).toBe(true);
});

test('Esc collapses the panel from anywhere on the page, unless the page used it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  const heading = panel(page).getByRole('heading');
  await expect(heading).toContainText('Create Private API Key');
  await page.getByRole('heading', { level: 1 }).first().click();

  // A page script's Escape is not the merchant's.
  await page.evaluate(() =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
  );
  // The page handled it (its own menu or dialog closed): not ours.
  await page.evaluate(() => {
    const own = (event: KeyboardEvent) => {
      if (event.key === 'Escape') event.preventDefault();
      document.removeEventListener('keydown', own);
    };
    document.addEventListener('keydown', own);
  });
  await page.keyboard.press('Escape');
  await expect(heading).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(
    panel(page).getByRole('button', { name: 'Upstack Key Assist · Klaviyo' }),
  ).toBeVisible();
  await expect(heading).toHaveCount(0);
});

test("focus shows a ring on the panel's controls, not around the whole panel", async ({ page }) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await panel(page).getByRole('heading').click();
  const outline = (locator: ReturnType<typeof panel>) =>
    locator.evaluate((el) => [el.matches(':focus'), getComputedStyle(el).outlineStyle]);
  expect(await outline(panel(page))).toEqual([true, 'none']);
  await page.keyboard.press('Tab');
  const focused = panel(page).locator(':focus');
  expect(await outline(focused)).toEqual([true, 'solid']);
});
