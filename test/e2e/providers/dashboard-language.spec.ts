// A provider dashboard in German: the recipe's German labels (lib/recipes/labels.ts), preferred
// by the page's language, find every control; where the page says it is English (and the browser
// too), they are not tried, and the guide falls back to plain instructions, claiming nothing.
// And a browser in each shipped language other than English: the recipe's step texts and the
// background's refusals are in that language.
import { expect, test } from '../support/fixtures';
import {
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  storageDump,
  vaultEntries,
} from '../support/helpers';

test.describe('a Klaviyo dashboard in German, a browser in German', () => {
  test.use({ lang: 'de', sandboxOptions: { labels: 'de' } });

  test('the recipe’s German labels find every control: prefilled from the page’s state, the panel says only that, and Erstellen captures the key', async ({
    page,
    background,
  }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await expect(status(page)).toHaveText(
      'Den Klaviyo-Schlüssel für Upstack mit Anleitung erstellen?',
    );
    await panel(page).getByRole('button', { name: 'Geführte Einrichtung starten' }).click();
    // The step is found by its German name: the ring is on it, no plain instructions.
    await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
    await page.getByRole('link', { name: 'Privaten API-Schlüssel erstellen' }).click();

    // The name field and the access card, by their German names; the page's own state says so.
    await expect(page.getByLabel('Name des privaten API-Schlüssels')).toHaveValue('UpstackData');
    const full = page.getByRole('radio', { name: /Schlüssel mit Vollzugriff/ });
    await expect(full).toBeChecked();
    await expect(panel(page)).toContainText('Wir haben den Schlüssel UpstackData genannt');
    await page.waitForTimeout(4500);
    await expect(panel(page)).not.toContainText('nicht gefunden');
    await expect(panel(page)).not.toContainText(/We could not|Press|Open the|Keep this page/);

    // The merchant presses the German create button (by keyboard: where the panel sits is not
    // this test's concern); the navigation's "Erstellen" is another.
    await page.locator('form').getByRole('button', { name: 'Erstellen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Klaviyo-Schlüssel übernommen');
    const [created] = (await sandboxState(page)).created;
    expect(created?.access).toBe('full');
    expect(created?.name).toBe('UpstackData');
    await expect(panel(page)).toContainText(created?.key.slice(-4) ?? '');
    expect(Object.keys(vaultEntries((await storageDump(background)).session))).toEqual([
      'vault:klaviyo',
    ]);
  });
});

test.describe('a Klaviyo dashboard in German under a page lang of English and an English browser', () => {
  test.use({ sandboxOptions: { labels: 'de', pageLang: 'en' } });

  test('the German labels are not tried: the name by its CSS, then the plain instructions; the panel claims no choice', async ({
    page,
  }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await panel(page).getByRole('button', { name: 'Start guided setup' }).click();
    await page.getByRole('link', { name: 'Privaten API-Schlüssel erstellen' }).click();
    await expect(page.getByLabel('Name des privaten API-Schlüssels')).toHaveValue('UpstackData');
    await expect(panel(page)).toContainText('We could not find this on the page', {
      timeout: 10_000,
    });
    await expect(page.getByRole('radio', { name: /Schlüssel mit Vollzugriff/ })).not.toBeChecked();
    await expect(panel(page)).not.toContainText('chose Full Access Key');
  });
});

/** The merchant's language: the step texts and the background's refusals (a message with the
 * field's label and shape as messages of their own) come from that locale. */
const SPOKEN = [
  {
    lang: 'de',
    start: 'Geführte Einrichtung starten',
    heading: /^Auf „Create Private API Key“ klicken$/,
    refusal:
      /^Klaviyo-Schlüssel nicht angenommen\. Das sieht abgeschnitten aus\. Erwartet für Privater API-Schlüssel: „pk_“ gefolgt von 34 Buchstaben und Ziffern\.$/,
  },
  {
    lang: 'fr',
    start: 'Lancer la configuration guidée',
    heading: /^Cliquer sur «\s?Create Private API Key\s?»$/,
    refusal:
      /^Clé Klaviyo refusée\. Cela semble tronqué\. Attendu pour Clé API privée\s?: «\s?pk_\s?» suivi de 34 lettres et chiffres\.$/,
  },
  {
    lang: 'es',
    start: 'Iniciar la configuración guiada',
    heading: /^Haga clic en «Create Private API Key»$/,
    refusal:
      /^Clave de Klaviyo no aceptada\. Parece cortado\. Se espera para Clave API privada: «pk_» seguido de 34 letras y dígitos\.$/,
  },
];

for (const { lang, start, heading, refusal } of SPOKEN) {
  test.describe(`a browser in ${lang}`, () => {
    test.use({ lang, sandboxOptions: { shownKey: 'pk_aBcDeFgHiJkLmNoPq' } });

    test('the steps and the refusal of a cut-short key speak its language', async ({
      page,
      background,
    }) => {
      await page.goto(KLAVIYO_API_KEYS);
      await panel(page).getByRole('button', { name: start }).click();
      await expect(panel(page).getByRole('heading')).toHaveText(heading);
      await page.getByRole('link', { name: 'Create Private API Key' }).click();
      await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
      await page.locator('form').getByRole('button', { name: 'Create', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(status(page)).toHaveText(refusal);
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });
}
