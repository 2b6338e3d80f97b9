// Patterns of dashboards the sandboxes' default pages do not show, in Chromium and Firefox,
// on the apps built with real UI libraries (test/sandbox/libs/):
// - A create with no form element (MUI Klaviyo, variant `formless`): the Create is a plain
//   type=button beside the fields, in a card; the navigation has a "Create" of its own.
// - A dashboard in German (Dotdigital, `labels: 'de'`: "Beschreibung", "Passwort", "Status:
//   Aktiviert", "Speichern"), its page's lang `de`, under an English browser: the recipe's German
//   labels find every field; under a page that says `en`, only the CSS fallbacks do, and the
//   panel claims nothing it did not do.
// - A declined offer (the default Klaviyo app): no offer, no guide, across pages and reloads;
//   the merchant's own Create still arms the capture, and the panel asks once, masked, whether
//   to keep the key for Upstack.
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, fillUpstack } from '../support/flows';
import { mentions } from '../support/leaks';
import { START } from '../support/start';

/** Firefox under puppeteer is slower to settle than Chromium on 2 shared cores. */
const expect = baseExpect.configure({ timeout: 20_000 });

const KLAVIYO_CREATE = 'https://www.klaviyo.com/create-private-api-key';

type Created = { created: { name: string; access: string; key: string }[] };

test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  test.describe('a create with no form element', () => {
    test.use({ sandboxOptions: { library: 'mui', variant: 'formless' } });

    test('the guide prefills, the merchant’s click on the plain Create arms the capture, the key is filled and kept nowhere', async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.goto(KLAVIYO_CREATE);
      await expect.poll(() => tab.count({ role: 'button', name: 'Create', exact: true })).toBe(2);
      expect(await tab.evaluate(() => document.querySelectorAll('form').length, null)).toBe(0);
      await acceptOffer(tab);
      await expect.poll(() => tab.value('Private API Key Name')).toBe('UpstackData');
      // The page's own state: the Select's value, and what the combobox shows.
      const access = () =>
        tab.evaluate(
          () => [
            (document.querySelector('input[name="access-level"]') as HTMLInputElement).value,
            document.querySelector('[role=combobox]')?.textContent,
          ],
          null,
        );
      await expect.poll(access).toEqual(['full', 'Full Access Key']);
      // The step's target is found: no plain instructions.
      await tab.wait(4500);
      expect(await tab.text('panel')).not.toContain('could not find');
      await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: '.create-form' } });
      await captured(tab, 'Klaviyo');
      const [made] = (await tab.sandboxState<Created>()).created;
      expect(made?.access).toBe('full');
      const secrets = [made?.key ?? 'missing'];
      const upstack = await fillUpstack(driver, 'klaviyo');
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(fields['Private API key'] === secrets[0]).toBe(true);
      const stored = await driver.storage();
      expect(mentions(JSON.stringify(stored), secrets)).toBe(false);
      // The page shows its own key; the panel only ever a masked one.
      expect(mentions(await tab.text('panel'), secrets)).toBe(false);
    });

    test('with the offer left alone, the merchant’s own click on the plain Create still arms the capture', async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.goto(KLAVIYO_CREATE);
      await expect.poll(() => tab.status('panel')).toContain('with help?');
      await tab.fill('Private API Key Name', 'By hand');
      await tab.click({ role: 'combobox', name: 'Access level' });
      await tab.click({ role: 'option', name: 'Full Access Key' });
      await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: '.create-form' } });
      await captured(tab, 'Klaviyo');
      const [made] = (await tab.sandboxState<Created>()).created;
      expect(made?.name).toBe('By hand');
      const entry = (await driver.storage()).session['vault:klaviyo'] as { state?: string };
      expect(entry?.state).toBe('captured');
    });

    test('the navigation’s Create never arms it', async ({ driver }) => {
      const tab = driver.tab;
      await tab.goto(KLAVIYO_CREATE);
      await expect.poll(() => tab.status('panel')).toContain('with help?');
      await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'nav' } });
      await tab.wait(1000);
      expect(await tab.status('panel')).toContain('with help?');
    });
  });

  test.describe('a Dotdigital dashboard in German', () => {
    test.use({ sandboxOptions: { labels: 'de' } });

    test('the German labels find every field: prefilled from the page’s state, the panel says so, Speichern captures, filled, kept nowhere', async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.goto(START.dotdigital);
      await acceptOffer(tab);
      await tab.click({ role: 'link', name: 'Neuer Benutzer' });
      await expect.poll(() => tab.value('Beschreibung')).toBe('UpstackData');
      await expect.poll(() => tab.checked({ role: 'radio', name: 'Aktiviert' })).toBe(true);
      const password = await tab.value('Passwort');
      expect(password.length >= 8).toBe(true);
      expect((await tab.value('Passwort bestätigen')) === password).toBe(true);
      // Only once the page shows all of it does the panel say what was done.
      await expect.poll(() => tab.text('panel')).toContain('We described the user as UpstackData');
      await tab.wait(4500);
      expect(await tab.text('panel')).not.toContain('could not find');
      await tab.click({ role: 'button', name: 'Speichern' });
      await captured(tab, 'Dotdigital');
      const [user] = (
        await tab.sandboxState<{
          users: { email: string; password: string; enabled: boolean; description: string }[];
        }>()
      ).users;
      expect(user?.enabled).toBe(true);
      expect(user?.description).toBe('UpstackData');
      const secrets = [user?.password ?? 'missing'];
      const upstack = await fillUpstack(driver, 'dotdigital');
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(Object.values(fields).includes(secrets[0] as string)).toBe(true);
      expect(mentions(JSON.stringify(await driver.storage()), secrets)).toBe(false);
      expect(mentions(await tab.text('panel'), secrets)).toBe(false);
    });
  });

  test.describe('a Dotdigital dashboard in German whose page says it is English', () => {
    test.use({ sandboxOptions: { labels: 'de', pageLang: 'en' } });

    test('only the password fields are found by their CSS: the panel claims none of the rest and gives the plain instructions', async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.goto('https://r1-app.dotdigital.com/settings/access/api-users/new');
      await acceptOffer(tab);
      await expect.poll(async () => (await tab.value('Passwort')).length > 0).toBe(true);
      await expect.poll(() => tab.text('panel')).toContain('could not find');
      expect(await tab.value('Beschreibung')).toBe('');
      expect(await tab.checked({ role: 'radio', name: 'Aktiviert' })).toBe(false);
      const text = await tab.text('panel');
      expect(text).not.toContain('We described the user');
      expect(text).not.toContain('strong password');
    });
  });

  test.describe('a declined offer', () => {
    /** The merchant declines on the API-keys page, goes on to the create page (and reloads it):
     * no panel; then creates a key by hand. */
    async function declineThenCreate(driver: import('../support/driver').Driver) {
      const tab = driver.tab;
      await tab.goto(START.klaviyo);
      await expect.poll(() => tab.status('panel')).toContain('with help?');
      await tab.click({ role: 'button', name: 'Close', in: 'panel' });
      await expect.poll(() => tab.text('panel')).toBe('');
      await tab.click({ role: 'link', name: 'Create Private API Key' });
      await tab.goto(KLAVIYO_CREATE); // a reload: a new content script, the decline remembered
      await expect.poll(() => tab.count({ role: 'radio', name: /Full Access Key/ })).toBe(1);
      await tab.wait(1000);
      expect(await tab.text('panel')).toBe('');
      await tab.fill('Private API Key Name', 'By hand');
      await tab.click({ role: 'radio', name: /Full Access Key/ });
      await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
      await expect.poll(() => tab.status('panel')).toContain('Keep it for Upstack');
      const [made] = (await tab.sandboxState<Created>()).created;
      const secrets = [made?.key ?? 'missing'];
      // Asked, masked; nothing kept yet.
      expect(mentions(await tab.text('panel'), secrets)).toBe(false);
      expect(
        await tab.count({ role: 'button', name: `…${secrets[0]?.slice(-4)}`, in: 'panel' }),
      ).toBe(1);
      expect((await driver.storage()).session['vault:klaviyo']).toBeUndefined();
      return { tab, secrets };
    }

    test('the merchant’s own Create still arms the capture; yes keeps the key, and it is filled', async ({
      driver,
    }) => {
      const { tab, secrets } = await declineThenCreate(driver);
      await tab.click({ role: 'button', name: 'Keep', in: 'panel' });
      await captured(tab, 'Klaviyo');
      const upstack = await fillUpstack(driver, 'klaviyo');
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(fields['Private API key'] === secrets[0]).toBe(true);
      expect(mentions(JSON.stringify(await driver.storage()), secrets)).toBe(false);
    });

    test('no keeps nothing, and the panel goes without asking again', async ({ driver }) => {
      const { tab, secrets } = await declineThenCreate(driver);
      await tab.click({ role: 'button', name: 'No, do not keep it', in: 'panel' });
      await expect.poll(() => tab.text('panel')).toBe('');
      await tab.wait(1500);
      expect(await tab.text('panel')).toBe('');
      const stored = await driver.storage();
      expect(stored.session['vault:klaviyo']).toBeUndefined();
      expect(mentions(JSON.stringify(stored), secrets)).toBe(false);
    });
  });
});
