// The Upstack dashboard's whole content script until it is wanted (entrypoints/upstack.content.ts).
// Dormant, it keeps no observer and walks nothing: it asks the background whether a key is held
// for this browser, hears the background's notices (a key captured, filled or gone, the merchant
// back on the tab), and after the merchant's own click or Enter, or a route change, looks a few
// times at the page's text fields for one labelled as a provider's key field (a destination form:
// the engine then offers to create that key with help). Any of these wakes the engine
// (upstack-engine.js, lib/engine/upstack.ts), which then runs for the page's life.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { accessibleName } from '../dom/anchor';
import { messages, onVaultChanged } from '../protocol/client';
import type { HeldAnswer } from '../protocol/messages';
import { UPSTACK_FIELD_LABELS } from '../recipes/upstack-fields';
import { onRouteChange } from './route-changes';
import { loadUpstackEngine } from './upstack-handle';

/** After the merchant's action or a route change, when the fields are looked at: apps render late. */
export const LOOKS_MS = [0, 300, 1000, 2500];
const FIELDS = 'input, textarea';

/** Whether the page shows a text field named as some provider's key field on Upstack. A wider
 * net than the engine's destination check (lib/dom/destination.ts), which decides for real. */
export function keyFieldShown(doc: Document = document): boolean {
  for (const field of doc.querySelectorAll(FIELDS)) {
    const name = accessibleName(field);
    if (name && UPSTACK_FIELD_LABELS.some((label) => name.includes(label))) return true;
  }
  return false;
}

export async function sleepUntilWanted(ctx: ContentScriptContext) {
  let awake = false;
  let looks: number[] = [];
  /** A vault notice heard while the engine loads: the answer woken on may be out of date. */
  let changed = false;
  async function wake(held?: HeldAnswer) {
    if (awake || ctx.isInvalid) return;
    awake = true;
    for (const timer of looks) clearTimeout(timer);
    const engine = await loadUpstackEngine().catch(() => undefined);
    stopHearing();
    if (engine && !ctx.isInvalid) await engine(ctx, changed ? undefined : held);
  }
  /** A key held for this browser (the background answers the dashboard's exact origin alone). */
  async function ifHeld() {
    if (awake) return;
    const held = await messages.held().catch(() => null);
    if (held) await wake(held);
  }
  const look = () => !awake && keyFieldShown() && void wake();
  const lookSoon = () => {
    if (awake) return;
    for (const timer of looks) clearTimeout(timer);
    looks = LOOKS_MS.map((ms) => ctx.setTimeout(look, ms));
  };
  // Any vault change may mean a key is now held.
  const stopHearing = onVaultChanged(() => {
    if (awake) changed = true;
    void ifHeld();
  });
  ctx.onInvalidated(stopHearing);
  // A key captured in another tab while this one waited: the merchant comes back to it.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void ifHeld();
  });
  ctx.addEventListener(document, 'click', (event) => event.isTrusted && lookSoon(), {
    capture: true,
  });
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => event.isTrusted && event.key === 'Enter' && lookSoon(),
    { capture: true },
  );
  onRouteChange(ctx.signal, lookSoon);
  lookSoon();
  await ifHeld();
}
