// Prefill through shadow roots, in Chromium and Firefox: the Shoelace sandbox's Omnisend page
// (test/sandbox/libs/shoelace/src/omnisend.ts), whose create dialog is an <sl-dialog> (itself a
// web component, the content slotted) holding the page's own <om-key-form>, with the Name as an
// <sl-input> and the permissions as <sl-checkbox>es, each control's native part in its shadow
// root. The app reads the components' own state (`value`, `checked` on the hosts) at Create:
// the test reads the same, from the page's world.
import { expect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, fillUpstack } from '../support/flows';
import { mentions } from '../support/leaks';
import { START } from '../support/start';

const poll = { timeout: 20_000 };

/** The components' own state, as the page's scripts see it. */
function componentState() {
  type Control = HTMLElement & { value?: string; checked?: boolean };
  const app = document.querySelector('om-app')?.shadowRoot;
  const form = app?.querySelector('sl-dialog om-key-form')?.shadowRoot;
  if (!form) return null;
  const name = form.querySelector<Control>('sl-input');
  const boxes = Array.from(form.querySelectorAll<Control>('sl-checkbox'));
  return { name: name?.value ?? '', checked: boxes.map((b) => b.checked === true) };
}

test.describe('Shoelace components in an sl-dialog', { tag: '@firefox' }, () => {
  test.use({ sandboxOptions: { library: 'shoelace' } });

  test('Omnisend: name and every permission prefilled in the components, key captured and filled', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tab.goto(START.omnisend);
    await acceptOffer(tab);
    await tab.click({ role: 'button', name: 'Create API key' });
    await expect
      .poll(() => tab.evaluate(componentState, undefined), poll)
      .toEqual({ name: 'UpstackData', checked: [true, true, true, true, true, true] });

    await tab.click({ role: 'button', name: 'Create API key', in: { css: 'om-key-form' } });
    await captured(tab, 'Omnisend');
    const state = await tab.sandboxState<{
      created: { name: string; permissions: string[]; key: string }[];
    }>();
    expect(state.created.length).toBe(1);
    const [entry] = state.created;
    expect(entry?.name).toBe('UpstackData');
    expect(entry?.permissions.length).toBe(6);
    const key = entry?.key ?? '';
    expect(key.length).toBe(75);

    const upstack = await fillUpstack(driver, 'omnisend');
    const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
    expect(Object.values(fields).includes(key)).toBe(true);
    const stored = await driver.storage();
    expect(mentions(JSON.stringify(stored), [key])).toBe(false);
  });
});
