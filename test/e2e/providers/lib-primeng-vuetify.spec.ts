// PrimeNG's and Vuetify's selects in Chromium and Firefox (@firefox): Klaviyo's create dialog
// built with PrimeNG (p-dialog, a p-select whose listbox is in a p-overlay appended to <body>)
// and Optimove's with Vuetify (v-dialog, a v-select whose aria-controls names the v-menu around
// its listbox, with a hidden native <select> beside it). The choice is read back from the
// components' own model (ngModel, v-model) and from what the combobox shows, then the key is
// captured, filled into the Upstack form, and in no storage area. The details of each library
// (portals, focus traps, leave transitions) are in lib-primeng.spec.ts and lib-vuetify.spec.ts.
import { expect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, fillUpstack } from '../support/flows';
import { mentions } from '../support/leaks';
import { START } from '../support/start';

const poll = { timeout: 20_000 };

interface State<D> {
  created: { access: string; key: string }[];
  draft: D;
}

test.describe('PrimeNG and Vuetify selects', { tag: '@firefox' }, () => {
  test.describe('PrimeNG', () => {
    test.use({ sandboxOptions: { library: 'primeng' } });

    test('Klaviyo: access level chosen in the p-select, key captured and filled', async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.goto(START.klaviyo);
      await acceptOffer(tab);
      await tab.click({ role: 'link', name: 'Create Private API Key' });
      await expect
        .poll(async () => (await tab.sandboxState<State<unknown>>()).draft, poll)
        .toEqual({ name: 'UpstackData', access: 'full' });
      // What the merchant sees: the p-select's combobox shows the choice, its overlay is gone.
      const shown = () =>
        tab.evaluate(
          () => document.querySelector('#access-level[role=combobox]')?.textContent?.trim(),
          undefined,
        );
      await expect.poll(shown, poll).toBe('Full Access Key');
      await expect.poll(() => tab.count({ role: 'listbox' })).toBe(0);
      await tab.click({
        role: 'button',
        name: 'Create',
        exact: true,
        in: { dialog: 'New private API key' },
      });
      await captured(tab, 'Klaviyo');
      const [entry] = (await tab.sandboxState<State<unknown>>()).created;
      expect(entry?.access).toBe('full');
      const key = entry?.key ?? '';
      expect(key).toMatch(/^pk_[A-Za-z0-9]{34}$/);
      const upstack = await fillUpstack(driver, 'klaviyo');
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(fields['Private API key']).toBe(key);
      expect(mentions(JSON.stringify(await driver.storage()), [key])).toBe(false);
    });
  });

  test.describe('Vuetify', () => {
    test.use({ sandboxOptions: { library: 'vuetify' } });

    test('Optimove: access type chosen in the v-select, key captured and filled', async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.goto(START.optimove);
      await acceptOffer(tab);
      await tab.click({ role: 'button', name: '+ New API Key' });
      await expect.poll(() => tab.value('Nickname'), poll).toBe('UpstackData');
      if (!(await tab.value('Contact Email'))) await tab.fill('Contact Email', 'owner@acme.test');
      await expect
        .poll(async () => (await tab.sandboxState<State<unknown>>()).draft, poll)
        .toEqual({ nickname: 'UpstackData', email: 'owner@acme.test', access: 'admin' });
      // The v-select's input shows the item's title; the menu the guide opened is gone.
      const shown = () =>
        tab.evaluate(
          () =>
            (document.querySelector('.v-select input[role=combobox]') as HTMLInputElement)?.value,
          undefined,
        );
      await expect.poll(shown, poll).toBe('Admin');
      await expect.poll(() => tab.count({ role: 'listbox' })).toBe(0);
      await tab.click({ role: 'button', name: 'Activate key' });
      await captured(tab, 'Optimove');
      const [entry] = (await tab.sandboxState<State<unknown>>()).created;
      expect(entry?.access).toBe('Admin');
      const key = entry?.key ?? '';
      expect(key).toHaveLength(48);
      const upstack = await fillUpstack(driver, 'optimove');
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(fields['API key']).toBe(key);
      expect(mentions(JSON.stringify(await driver.storage()), [key])).toBe(false);
    });
  });
});
