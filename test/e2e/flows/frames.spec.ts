// A dashboard that renders its settings in a same-origin iframe, itself in a same-origin iframe
// (sandbox option `frames`: the app runs in the inner frame, the top URL is the API keys page),
// beside a frame of another origin that keeps showing new key-shaped values. The one engine in
// the top frame guides, prefills and captures inside the frames; the other origin is never read.
import type { Tab } from '../support/driver';
import { expect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, fillUpstack } from '../support/flows';
import { mentions } from '../support/leaks';
import { START } from '../support/start';

const poll = { timeout: 20_000 };
/** The inner frame, where the app is. */
const APP = { frameUrl: '__frame=2' } as const;

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function panelClearOf(tab: Tab, target: Parameters<Tab['box']>[0]) {
  // The panel as the page sees it (its host's open shadow root), in the top viewport.
  const panel = await tab.evaluate(() => {
    const el = document
      .querySelector('upstack-key-assist')
      ?.shadowRoot?.querySelector('[role=dialog]');
    const { x, y, width, height } = el?.getBoundingClientRect() ?? new DOMRect();
    return { x, y, width, height };
  }, undefined);
  if (panel.width === 0) return false;
  return !overlaps(panel, await tab.box(target));
}

test.describe('a dashboard in same-origin frames', { tag: '@firefox' }, () => {
  test.use({ sandboxOptions: { frames: true } });

  test('Omnisend: guided, prefilled and captured inside the frames; filled on Upstack', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tab.goto(START.omnisend);
    await acceptOffer(tab);
    // The guide found the create button inside the inner frame.
    await expect.poll(() => tab.text('panel'), poll).toContain('Click “Create API key”');
    await tab.click({ role: 'button', name: '+ Create API key', in: APP });
    await expect.poll(() => tab.value('Name', APP), poll).toBe('UpstackData');
    await expect
      .poll(() => tab.checked({ role: 'checkbox', name: 'Campaigns', in: APP }), poll)
      .toBe(true);
    expect(
      await panelClearOf(tab, { role: 'button', name: 'Create API key', exact: true, in: APP }),
    ).toBe(true);
    await tab.click({ role: 'button', name: 'Create API key', exact: true, in: APP });
    await captured(tab, 'Omnisend');
    const { created } = await tab.sandboxState<{
      created: { name: string; permissions: string[]; key: string }[];
    }>();
    expect(created.length).toBe(1);
    expect(created[0]?.name).toBe('UpstackData');
    expect((created[0]?.permissions.length ?? 0) > 0).toBe(true);
    const key = created[0]?.key ?? '';
    expect(await panelClearOf(tab, { role: 'button', name: 'Copy API key', in: APP })).toBe(true);

    const upstack = await fillUpstack(driver, 'omnisend');
    const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
    expect(Object.values(fields).includes(key)).toBe(true);
    expect(mentions(JSON.stringify(await driver.storage()), [key])).toBe(false);
  });
});
