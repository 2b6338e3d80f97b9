// Each provider's whole merchant path, from its API keys page to a filled Upstack form, as the
// merchant does it: clicks on the real pages and the overlay, no page.goto after the start.
// Tests that need "a full flow" (secrecy proofs, the bench's effort count) share these.
import type { BrowserContext, Page } from '@playwright/test';
import { ChromiumTab } from './chromium';
import { expect } from './fixtures';
import { captures, NAMES } from './flows';
import { fillButton, fillStatus, panel, throughWizard } from './helpers';
import type { ProviderId } from './start';
import { START } from './start';

export { type ProviderId, START } from './start';

export interface FlowResult {
  /** The confidential values as the provider's app created them: the key, or the password. */
  secrets: string[];
  /** Parts of the credential that are not secret (Dotdigital's API user, a login name). */
  identifiers: string[];
  /** The Upstack destination form, filled. */
  upstack: Page;
}

/** Opens the Upstack form from the overlay and presses Fill API key. */
export async function fillUpstack(context: BrowserContext, page: Page, name: string) {
  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page)
      .getByRole('link', { name: `Open Upstack ${name} destination` })
      .click(),
  ]);
  await throughWizard(upstack, name);
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  return upstack;
}

/** Each provider's path to the captured key is said once, through the Driver (flows.ts),
 * and shared with the Firefox project; here it runs in the Chromium tab `page`. */
export const flows = Object.fromEntries(
  (Object.keys(START) as ProviderId[]).map((provider) => [
    provider,
    async (context: BrowserContext, page: Page): Promise<FlowResult> => {
      const result = await captures[provider](new ChromiumTab(page, context));
      return { ...result, upstack: await fillUpstack(context, page, NAMES[provider]) };
    },
  ]),
) as Record<ProviderId, (context: BrowserContext, page: Page) => Promise<FlowResult>>;
