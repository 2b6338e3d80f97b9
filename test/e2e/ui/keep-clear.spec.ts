// The panel never covers the key, its Copy/Show controls or the page's own dialog buttons, in
// every sandbox variant with a key dialog: the plain providers, the UI-library apps (MUI,
// Element Plus, Angular Material with its Show toggle, Shoelace's web-component dialogs) and the
// dashboard in same-origin frames, at 800×600 and 1280×800. Measured in the page after the
// capture, across open shadow roots and into same-origin frames (offset by the frames' boxes).
import type { Frame, Page } from '@playwright/test';
import type { SandboxOptions } from '../../sandbox/options';
import { START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { acceptOffer, sandboxState, setSettings, status } from '../support/helpers';

const VIEWPORTS = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
];

interface Variant {
  name: string;
  provider: string;
  options: SandboxOptions;
  start: string;
  /** The merchant's clicks from `start` to the key shown once. */
  reach: (page: Page) => Promise<void>;
}

const inFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().includes('__frame=2'));
  if (!frame) throw new Error('No app frame.');
  return frame;
};

const KLAVIYO_CREATE = 'https://www.klaviyo.com/create-private-api-key';
const klaviyoCreate = (page: Page) =>
  page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
async function omnisend(page: Page) {
  await page.getByRole('button', { name: '+ Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await expect(dialog.getByLabel('Name')).toHaveValue('UpstackData');
  await dialog.getByRole('button', { name: 'Create API key' }).click();
}
async function optimove(page: Page) {
  await page.getByRole('button', { name: '+ New API Key' }).click();
  await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData');
  await expect(page.getByLabel('Contact Email')).toHaveValue('owner@acme.test');
  await page.getByRole('button', { name: 'Activate key' }).click();
}

const VARIANTS: Variant[] = [
  {
    name: 'Klaviyo',
    provider: 'Klaviyo',
    options: {},
    start: START.klaviyo,
    async reach(page) {
      await page.getByRole('link', { name: 'Create Private API Key' }).click();
      await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
      await klaviyoCreate(page);
    },
  },
  { name: 'Omnisend', provider: 'Omnisend', options: {}, start: START.omnisend, reach: omnisend },
  { name: 'Optimove', provider: 'Optimove', options: {}, start: START.optimove, reach: optimove },
  {
    name: 'MUI Klaviyo',
    provider: 'Klaviyo',
    options: { library: 'mui' },
    start: KLAVIYO_CREATE,
    async reach(page) {
      await expect(page.getByRole('combobox', { name: 'Access level' })).toHaveText(
        'Full Access Key',
      );
      await klaviyoCreate(page);
    },
  },
  {
    name: 'Element Plus Klaviyo (el-select)',
    provider: 'Klaviyo',
    options: { library: 'element' },
    start: KLAVIYO_CREATE,
    async reach(page) {
      await expect(page.locator('.el-select__placeholder')).toHaveText('Full Access Key');
      await klaviyoCreate(page);
    },
  },
  {
    name: 'Element Plus Omnisend',
    provider: 'Omnisend',
    options: { library: 'element' },
    start: START.omnisend,
    reach: omnisend,
  },
  {
    name: 'Angular Material Optimove (Show toggle)',
    provider: 'Optimove',
    options: { library: 'angular' },
    start: START.optimove,
    async reach(page) {
      await optimove(page);
      // Before the key shows: the masked value, its Show toggle and the dialog's buttons clear.
      await expect(page.getByRole('button', { name: 'Show key' })).toBeVisible();
      await clearAtBothViewports(page, ['••••••••']);
      await page
        .getByRole('dialog', { name: 'API Key Created' })
        .getByRole('button', { name: 'Show key' })
        .click();
    },
  },
  {
    name: 'Shoelace Klaviyo (sl-dialog)',
    provider: 'Klaviyo',
    options: { library: 'shoelace' },
    start: KLAVIYO_CREATE,
    async reach(page) {
      await expect(page.getByRole('radio', { name: 'Full Access Key' })).toBeChecked();
      await klaviyoCreate(page);
    },
  },
  {
    name: 'Shoelace Omnisend (web-component dialog)',
    provider: 'Omnisend',
    options: { library: 'shoelace' },
    start: START.omnisend,
    async reach(page) {
      await page.getByRole('button', { name: 'Create API key' }).click();
      const form = page.locator('om-key-form');
      await expect(form.getByRole('checkbox', { name: 'Events' })).toBeChecked();
      await form.getByRole('button', { name: 'Create API key' }).click();
    },
  },
  {
    name: 'Omnisend in same-origin frames',
    provider: 'Omnisend',
    options: { frames: true },
    start: START.omnisend,
    async reach(page) {
      await expect(async () => {
        await inFrame(page).getByRole('button', { name: '+ Create API key' }).click();
      }).toPass({ timeout: 15_000 });
      const app = inFrame(page);
      await expect(app.getByLabel('Name')).toHaveValue('UpstackData', { timeout: 15_000 });
      await app.getByRole('button', { name: 'Create API key', exact: true }).click();
    },
  },
];

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** In the page: the panel's box, and the boxes of every element showing one of `values`, of
 * the Copy/Show/Hide buttons anywhere, and of every button of the dialog (or form) around what
 * shows a value, through open shadow roots and same-origin frames. */
function measure(values: string[]) {
  type B = { what: string; x: number; y: number; width: number; height: number };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
  };
  const boxOf = (what: string, el: Element, dx: number, dy: number): B => {
    const r = el.getBoundingClientRect();
    return { what, x: r.x + dx, y: r.y + dy, width: r.width, height: r.height };
  };
  const nameOf = (el: Element) =>
    (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const up = (el: Element): Element | null =>
    el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const regionOf = (el: Element) => {
    for (let at: Element | null = el; at; at = up(at))
      if (at.matches('dialog, [role=dialog], [aria-modal=true], sl-dialog')) return at;
    // No dialog (a key page): the nearest box around the key that holds a button, its own.
    for (let at: Element | null = el; at; at = up(at))
      if (at.matches('form') || at.querySelector('button, [role=button]')) return at;
    return null;
  };
  /** Every element under `root`, through open shadow roots, with same-origin frames' offsets. */
  const walk = (
    root: ParentNode,
    dx: number,
    dy: number,
    visit: (el: Element, dx: number, dy: number) => void,
  ) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.localName === 'upstack-key-assist') continue;
      visit(el, dx, dy);
      if (el.shadowRoot) walk(el.shadowRoot, dx, dy, visit);
      if (el.localName === 'iframe') {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument;
        } catch {}
        // A frame's content starts inside its border and padding.
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const x = r.x + el.clientLeft + Number.parseFloat(style.paddingLeft);
        const y = r.y + el.clientTop + Number.parseFloat(style.paddingTop);
        if (doc) walk(doc, dx + x, dy + y, visit);
      }
    }
  };
  const holders: { el: Element; dx: number; dy: number }[] = [];
  const buttons: { el: Element; dx: number; dy: number }[] = [];
  walk(document, 0, 0, (el, dx, dy) => {
    const own =
      el.localName === 'input' || el.localName === 'textarea'
        ? (el as HTMLInputElement).value
        : Array.from(el.childNodes, (n) => (n.nodeType === 3 ? n.nodeValue : '')).join('');
    if (values.some((v) => own.includes(v)) && shown(el)) holders.push({ el, dx, dy });
    if (el.matches('button, [role=button], sl-button, sl-icon-button') && shown(el))
      buttons.push({ el, dx, dy });
  });
  const regions = new Set(holders.map((h) => regionOf(h.el)).filter((r) => !!r));
  const within = (region: Element, el: Element) => {
    for (let at: Element | null = el; at; at = up(at)) if (at === region) return true;
    return false;
  };
  const boxes: B[] = [
    ...holders.map((h) => boxOf('key', h.el, h.dx, h.dy)),
    ...buttons
      .filter(
        (b) =>
          /^(copy|show|hide|reveal)\b/i.test(nameOf(b.el)) ||
          [...regions].some((r) => within(r as Element, b.el)),
      )
      .map((b) => boxOf(`button "${nameOf(b.el).slice(0, 30)}"`, b.el, b.dx, b.dy)),
  ];
  const panel = document
    .querySelector('upstack-key-assist')
    ?.shadowRoot?.querySelector('[role=dialog]');
  return {
    holders: holders.length,
    regions: regions.size,
    boxes,
    panel: panel ? boxOf('panel', panel, 0, 0) : undefined,
    collapsed: !!panel?.classList.contains('collapsed'),
  };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Two frames: the panel follows a resize within one. */
const placed = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

async function secretsOf(page: Page, framed: boolean): Promise<string[]> {
  const state = framed
    ? await inFrame(page).evaluate(() =>
        (
          window as unknown as { __sandbox: { state(): { created: { key: string }[] } } }
        ).__sandbox.state(),
      )
    : await sandboxState(page);
  return state.created.map((c) => c.key);
}

/** At 800×600 and 1280×800: the panel inside the viewport, clear of every element showing one
 * of `values`, of Copy/Show/Hide and of the buttons of the dialog (or form) around them. */
async function clearAtBothViewports(page: Page, values: string[]) {
  for (const viewport of VIEWPORTS) {
    const at = `${viewport.width}×${viewport.height}`;
    await page.setViewportSize(viewport);
    await placed(page);
    await expect(async () => {
      const found = await page.evaluate(measure, values);
      expect(found.holders, `${at}: the key is shown`).toBeGreaterThan(0);
      expect(found.regions, `${at}: the key is in a dialog or form`).toBeGreaterThan(0);
      expect(found.panel, `${at}: the panel is there`).toBeTruthy();
      const panelBox = found.panel as Box;
      const hits = found.boxes.filter((b) => overlaps(panelBox, b)).map((b) => b.what);
      const inside =
        panelBox.x >= 0 &&
        panelBox.y >= 0 &&
        panelBox.x + panelBox.width <= viewport.width + 0.5 &&
        panelBox.y + panelBox.height <= viewport.height + 0.5;
      expect([...hits, ...(inside ? [] : ['outside the viewport'])], at).toEqual([]);
      // The controls checked include the dialog's own buttons (Copy and Done at least).
      expect(found.boxes.filter((b) => b.what.startsWith('button')).length).toBeGreaterThan(0);
    }).toPass({ timeout: 5000 });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const variant of VARIANTS) {
  test.describe(variant.name, () => {
    test.use({ sandboxOptions: variant.options });

    test('after the capture the panel covers neither the key, nor Copy/Show, nor the dialog’s buttons', async ({
      page,
      background,
    }) => {
      test.setTimeout(90_000);
      // Optimove's Contact Email, prefilled from the settings.
      await setSettings(background, { contactEmail: 'owner@acme.test' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(variant.start);
      await acceptOffer(page);
      await variant.reach(page);
      await expect(status(page)).toHaveText(`${variant.provider} key captured`, {
        timeout: 15_000,
      });
      const secrets = await secretsOf(page, !!variant.options.frames);
      expect(secrets.length).toBeGreaterThan(0);
      await clearAtBothViewports(page, secrets);
    });
  });
}
