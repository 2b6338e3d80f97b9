// Capture latency, measured from the page: the sandbox stamps `performance.now()` when React
// inserts the element showing the new secret (test/sandbox/sites/kit.tsx, markShown), and a
// MutationObserver on the extension's open shadow root stamps the moment the panel shows that
// secret's masked form. Nothing in the extension knows about it. Each run loads the form anew:
// a fresh page and a fresh guide (seeded as after the merchant's Start, so that the forms, which
// are API-keys pages, show the guide rather than its offer), the guide prefills it, the bench
// presses the provider's button.
import type { Page } from '@playwright/test';
import { START } from '../test/e2e/support/chromium-flows';
import { backgroundWorker } from '../test/e2e/support/fixtures';
import { setSettings } from '../test/e2e/support/helpers';
import { open, runGuide } from './browser';
import { median, p95 } from './stats';

interface Case {
  id: keyof typeof START;
  /** The page to load for the first run. */
  url: string;
  /** Buttons and links to press, in order, for the create form. */
  first: string[];
  /** Runs in the page (self-contained): whether the guide has prefilled the form. */
  prefilled: () => boolean;
  create(page: Page): Promise<void>;
  /** Where the sandbox keeps the newest secret whose mask the panel shows; `suffix`: the fixed
   * end the mask shows as it is (the recipe's `display.suffix`). */
  secret: { list: 'created' | 'users'; field: 'key' | 'email'; suffix?: string };
}

const CASES: Case[] = [
  {
    id: 'klaviyo',
    url: 'https://www.klaviyo.com/create-private-api-key',
    first: [],
    prefilled: () => !!document.querySelector<HTMLInputElement>('input[value=full]')?.checked,
    create: (page) =>
      page.locator('form').getByRole('button', { name: 'Create', exact: true }).click(),
    secret: { list: 'created', field: 'key' },
  },
  {
    id: 'omnisend',
    url: START.omnisend,
    first: ['+ Create API key'],
    prefilled: () => {
      const boxes = [
        ...document.querySelectorAll<HTMLInputElement>('[role=dialog] [type=checkbox]'),
      ];
      return boxes.length > 0 && boxes.every((box) => box.checked);
    },
    create: (page) =>
      page
        .getByRole('dialog', { name: 'Create API key' })
        .getByRole('button', { name: 'Create API key' })
        .click(),
    secret: { list: 'created', field: 'key' },
  },
  {
    id: 'optimove',
    url: START.optimove,
    first: ['+ New API Key'],
    prefilled: () =>
      document.querySelector<HTMLInputElement>('#email')?.value === 'owner@acme.test' &&
      [...document.querySelectorAll<HTMLInputElement>('[type=radio]')].some((r) => r.checked),
    create: (page) => page.getByRole('button', { name: 'Activate key' }).click(),
    secret: { list: 'created', field: 'key' },
  },
  {
    id: 'dotdigital',
    url: `${START.dotdigital}/new`,
    first: [],
    // Status is a radio (Enabled / Disabled), prefilled last: the form is ready when it holds.
    prefilled: () =>
      [...document.querySelectorAll<HTMLLabelElement>('form label')].some(
        (label) => label.textContent?.trim() === 'Enabled' && !!label.control?.matches(':checked'),
      ),
    create: (page) => page.getByRole('button', { name: 'Save' }).click(),
    // The panel shows nothing of the password, so the run waits for the API user's mask
    // (apiuser-…1a2b@apiconnector.com), shown at the same moment; a new user per page load.
    secret: { list: 'users', field: 'email', suffix: '@apiconnector.com' },
  },
];

/** In the page: presses each button or link by its text, waiting for it to be there. */
async function press(labels: string[]) {
  for (const label of labels) {
    const deadline = performance.now() + 5000;
    for (;;) {
      const target = [...document.querySelectorAll<HTMLElement>('a, button')].find(
        (el) => el.textContent?.trim() === label,
      );
      if (target) {
        target.click();
        // Let the app render what the click changed before looking for the next label.
        await new Promise(requestAnimationFrame);
        break;
      }
      if (performance.now() > deadline) throw new Error(`No "${label}" on the page.`);
      await new Promise(requestAnimationFrame);
    }
  }
}

/** In the background: clears storage.session once no key in it awaits its check's answer. */
async function clearSession() {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const items = Object.entries(await chrome.storage.session.get(null));
    const waiting = items.some(
      ([name, item]) =>
        name.startsWith('vault:') && !(item as { check?: unknown } | undefined)?.check,
    );
    if (!waiting || Date.now() > deadline) break;
    await new Promise((done) => setTimeout(done, 20));
  }
  await chrome.storage.session.clear();
}

/** In the page: stamps when the panel first shows the mask of a secret created after now. */
function watchPanel(secret: Case['secret']) {
  const root = document.querySelector('upstack-key-assist')?.shadowRoot;
  if (!root) throw new Error('No overlay on the page.');
  const w = window as unknown as {
    __bench: { capturedAt: number };
    __sandbox: { state(): Record<string, unknown>; shownAt?: number };
  };
  const list = () => (w.__sandbox.state()[secret.list] ?? []) as Record<string, string>[];
  const before = list().length;
  w.__bench = { capturedAt: 0 };
  w.__sandbox.shownAt = undefined;
  const observer = new MutationObserver(() => {
    const value = list()[before]?.[secret.field];
    // lib/key/shape.ts mask(): `…`, the last 4 characters before the fixed suffix, the suffix.
    const suffix = secret.suffix ?? '';
    const tail = value?.slice(0, value.length - suffix.length).slice(-4);
    if (!value || !root.textContent?.includes(`…${tail}${suffix}`)) return;
    w.__bench.capturedAt = performance.now();
    observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
}

export interface Latency {
  runs: number;
  median: number;
  p95: number;
  max: number;
}

export async function captureLatency(runs: number): Promise<Record<string, Latency>> {
  const browser = await open(true, { instant: true });
  try {
    const background = await backgroundWorker(browser.context);
    await setSettings(background, {
      contactEmail: 'owner@acme.test',
    });
    const results: Record<string, Latency> = {};
    for (const item of CASES) {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const { page } = browser;
        // A new guide for every run: once a key is held, the guide leads to Upstack and leaves
        // another create form to the merchant, so the last run's key and guide are cleared,
        // once its check has answered (the answer is written to the key's entry).
        await background.evaluate(clearSession);
        await runGuide(browser, item.id);
        // By way of a blank page: a same address with a hash (Optimove) would not load again.
        await page.goto('about:blank');
        await page.goto(item.url);
        await page.evaluate(press, item.first);
        await page.waitForFunction(item.prefilled);
        await page.evaluate(watchPanel, item.secret);
        await item.create(page);
        await page.waitForFunction(
          () => (window as unknown as { __bench: { capturedAt: number } }).__bench.capturedAt > 0,
          undefined,
          { timeout: 10_000 },
        );
        samples.push(
          await page.evaluate(() => {
            const w = window as unknown as {
              __bench: { capturedAt: number };
              __sandbox: { shownAt?: number };
            };
            if (!w.__sandbox.shownAt) throw new Error('The sandbox did not stamp the secret.');
            return w.__bench.capturedAt - w.__sandbox.shownAt;
          }),
        );
      }
      results[item.id] = {
        runs,
        median: median(samples),
        p95: p95(samples),
        max: Math.max(...samples),
      };
    }
    return results;
  } finally {
    await browser.close();
  }
}
