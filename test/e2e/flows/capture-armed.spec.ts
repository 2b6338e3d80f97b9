// The capture is armed by the merchant's own click on the create control: a key-shaped value
// already on the page at that moment, or shown where the merchant did nothing, is never taken
// by itself. A key shown before the guide looked can still be taken on the merchant's explicit
// "Use the key shown on this page".
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  panel,
  sandboxState,
  status,
  storageDump,
  vaultEntries,
} from '../support/helpers';

const CREATE = 'https://www.klaviyo.com/create-private-api-key';
const EXAMPLE = `pk_${'Ex4mple'.repeat(4)}abcdef`;

async function vault(background: Parameters<typeof storageDump>[0]) {
  return JSON.stringify(vaultEntries((await storageDump(background)).session));
}

test.describe('a key-shaped value shown before the click', () => {
  test.use({ sandboxOptions: { exampleKey: EXAMPLE } });

  test('is not captured: the key created by the click is', async ({ page, background }) => {
    await page.goto(CREATE);
    await acceptOffer(page);
    await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
    await page.waitForTimeout(1500); // armed or not, nothing is taken before the click
    expect(await vault(background)).toBe('{}');
    await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await expect(status(page)).toHaveText('Klaviyo key captured');
    const [created] = (await sandboxState(page)).created;
    // The panel shows it at once; the background's write follows.
    await expect.poll(() => vault(background)).toContain(created!.key);
    expect((await vault(background)).includes(EXAMPLE)).toBe(false);
  });
});

test.describe('a key shown with no click from the merchant', () => {
  test.use({ sandboxOptions: { keyOnLoad: true } });

  test('is not captured until the merchant says "Use the key shown on this page"', async ({
    page,
    background,
  }) => {
    await page.goto(CREATE);
    await acceptOffer(page);
    await expect(page.getByRole('heading', { name: 'Your new private API key' })).toBeVisible();
    const use = panel(page).getByRole('button', { name: 'Use the key shown on this page' });
    await expect(use).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await vault(background)).toBe('{}');
    await expect(status(page)).not.toHaveText('Klaviyo key captured');
    // A page script's click on the offer counts for nothing.
    await page.evaluate(() => {
      const host = document.querySelector('upstack-key-assist');
      for (const b of host?.shadowRoot?.querySelectorAll('button') ?? []) b.click();
    });
    await page.waitForTimeout(500);
    expect(await vault(background)).toBe('{}');
    await use.click();
    await expect(status(page)).toHaveText('Klaviyo key captured');
    const [shown] = (await sandboxState(page)).created;
    await expect.poll(() => vault(background)).toContain(shown!.key);
  });
});

test.describe('two different values of the key shape shown after the click', () => {
  const OTHER = `pk_${'0ther'.repeat(6)}wxyz`;
  test.use({ sandboxOptions: { secondKey: OTHER } });

  test('the merchant is asked which one, masked, and the one picked is kept', async ({
    page,
    background,
  }) => {
    await page.goto(CREATE);
    await acceptOffer(page);
    await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
    await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await expect(status(page)).toHaveText(
      'Two Klaviyo keys are shown. Which one did you just create?',
    );
    expect(await vault(background)).toBe('{}');
    const [created] = (await sandboxState(page)).created;
    const choices = panel(page).getByRole('button', { name: /^Use pk_/ });
    await expect(choices).toHaveCount(2);
    // Masked: neither full value is in the panel.
    const text = (await panel(page).textContent()) ?? '';
    expect(text.includes(created!.key) || text.includes(OTHER)).toBe(false);
    await panel(page)
      .getByRole('button', { name: `Use pk_…${created!.key.slice(-4)}` })
      .click();
    await expect(status(page)).toHaveText('Klaviyo key captured');
    await expect.poll(() => vault(background)).toContain(created!.key);
    expect((await vault(background)).includes(OTHER)).toBe(false);
  });
});
