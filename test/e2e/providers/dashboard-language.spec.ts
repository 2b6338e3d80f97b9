// A provider dashboard in another language than the recipe's anchors: the labels miss, so the
// guide falls back to plain instructions in the merchant's own language, with a link, and the
// capture, which does not depend on labels, still takes the key after the merchant's own click.
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

  test('falls back to German instructions with a link, and still captures the key', async ({
    page,
    background,
  }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await expect(status(page)).toHaveText(
      'Den Klaviyo-Schlüssel für Upstack mit Anleitung erstellen?',
    );
    await panel(page).getByRole('button', { name: 'Geführte Einrichtung starten' }).click();
    // The recipe's step texts are German too; the provider's label stays as Klaviyo writes it.
    await expect(panel(page).getByRole('heading')).toHaveText(
      'Auf „Create Private API Key“ klicken',
    );
    await page.getByRole('link', { name: 'Privaten API-Schlüssel erstellen' }).click();

    // The name field is found by its CSS fallback and filled; the access cards have German
    // names no anchor knows: after a few seconds, the plain instructions.
    await expect(page.getByLabel('Name des privaten API-Schlüssels')).toHaveValue('UpstackData');
    const link = panel(page).getByRole('link', { name: 'Klaviyo-Seite für API-Schlüssel öffnen' });
    await expect(link).toBeVisible({ timeout: 10_000 });
    await expect(link).toHaveAttribute('href', KLAVIYO_API_KEYS);
    await expect(panel(page)).toContainText(
      'Wir haben das auf dieser Seite nicht gefunden. Öffnen Sie die Klaviyo-Seite unten',
    );
    await expect(panel(page).getByRole('heading')).toHaveText('Auf Create klicken');
    await expect(panel(page)).not.toContainText(/We could not|Press|Open the|Keep this page/);

    // The merchant chooses the access level and presses the create button themselves (by
    // keyboard: where the panel sits is not this test's concern).
    await page.getByRole('radio', { name: /Schlüssel mit Vollzugriff/ }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /Schlüssel mit Vollzugriff/ })).toBeChecked();
    await page.locator('form').getByRole('button', { name: 'Erstellen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Klaviyo-Schlüssel übernommen');
    const [created] = (await sandboxState(page)).created;
    expect(created?.access).toBe('full');
    await expect(panel(page)).toContainText(created?.key.slice(-4) ?? '');
    expect(Object.keys(vaultEntries((await storageDump(background)).session))).toEqual([
      'vault:klaviyo',
    ]);
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
