// Weight on the Upstack dashboard (issue 31), where merchants spend their working day: its
// Events Destination page with no key held in this browser (the loader alone is the goal), and
// with a key held, on the destination form where it is filled (the loader and the engine).
import type { BrowserContext } from '@playwright/test';
import { expect } from '../test/e2e/support/fixtures';
import {
  captureKlaviyo,
  fillButton,
  throughWizard,
  UPSTACK_ENTRY,
} from '../test/e2e/support/helpers';
import { loadedWeight, type Weight } from './weight';

export interface UpstackWeight {
  noKey: Weight;
  keyHeld: Weight;
}

export async function upstackWeight(context: BrowserContext): Promise<UpstackWeight> {
  const noKey = await loadedWeight(context, UPSTACK_ENTRY);
  // A Klaviyo key captured in this browser (the merchant's Create after the offer)…
  const keys = await context.newPage();
  await captureKlaviyo(keys);
  // …then Upstack's wizard to the Klaviyo form, where the panel offers to fill it.
  const keyHeld = await loadedWeight(context, UPSTACK_ENTRY, {
    loaded: async (page) => {
      await throughWizard(page, 'Klaviyo');
      await expect(fillButton(page)).toBeVisible();
    },
  });
  await keys.close();
  return { noKey, keyHeld };
}
