// Attack: another host of the provider plants its own key. Optimove gives each merchant a host
// under optimove.net; a page on any other one (a landing page, user content) showed the heading
// "API Key Management" and a button named "Activate key". The merchant's click there captured the
// page's key and silently replaced the one the merchant had created on their own tenant, so the
// Upstack form would be filled with the attacker's key.
import { expect, test } from '../fixtures';
import { START } from '../flows';
import { acceptOffer, panel, status, storageDump, vaultEntries } from '../helpers';

const PLANTED = `plant${'Q7'.repeat(20)}`;
const LANDING = 'https://landing.optimove.net/promo';
const PAGE = `<!doctype html><title>Optimove</title><main>
<h1>API Key Management</h1><p>Activate your free API add-on.</p>
<button type="button" id="activate">Activate key</button></main>
<script>
document.getElementById('activate').addEventListener('click', () => {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Your API key');
  dialog.innerHTML = '<p>Your API key</p><input readonly size="60" value="${PLANTED}">';
  document.body.append(dialog);
});
</script>`;

test("a key shown on another host of the provider never replaces the merchant's key", async ({
  context,
  page,
  background,
}) => {
  await context.route(`${LANDING}*`, (route) =>
    route.fulfill({ contentType: 'text/html', body: PAGE }),
  );
  // The merchant creates their key on their own tenant.
  await page.goto(START.optimove);
  await acceptOffer(page);
  await page.getByRole('button', { name: '+ New API Key' }).click();
  await page.getByLabel('Contact Email').fill('owner@acme.test');
  await page.getByRole('button', { name: 'Activate key' }).click();
  await expect(status(page)).toHaveText('Optimove key captured');
  // The panel shows it at once; the background's answer follows.
  const vault = async () => JSON.stringify(vaultEntries((await storageDump(background)).session));
  await expect.poll(vault).toContain('acme.optimove.net');
  const held = await vault();

  const landing = await context.newPage();
  await landing.goto(LANDING);
  await landing.getByRole('button', { name: 'Activate key' }).click();
  await expect(landing.getByRole('dialog', { name: 'Your API key' })).toBeVisible();
  // Whatever the landing page's panel says, the vault still holds the tenant's key.
  await expect
    .poll(async () => (await panel(landing).count()) > 0 && (await status(landing).textContent()))
    .toMatch(/acme\.optimove\.net|not/);
  const session = vaultEntries((await storageDump(background)).session);
  expect(JSON.stringify(session)).not.toContain(PLANTED);
  expect(JSON.stringify(session)).toBe(held);
});
