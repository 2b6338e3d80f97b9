// A provider dashboard in another language than the recipe's anchors: the labels miss, so the
// guide falls back to plain instructions in the merchant's own language, with a link, and the
// capture, which does not depend on labels, still takes the key after the merchant's own click.
import { expect, test } from './fixtures';
import {
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  storageDump,
  vaultEntries,
} from './helpers';

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
