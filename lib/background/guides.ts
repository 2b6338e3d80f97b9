// What the background does for a provider's guide besides answering: bind it to its tabs and
// origin, end it everywhere, and run the key check within the provider's rate limit.
import type { Check } from '../key/check';
import { checkRequest, verdict, waitForLimit } from '../key/check';
import type { EndReason } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import type { RouterDeps } from './router';

export type Guides = ReturnType<typeof createGuides>;

export function createGuides(deps: RouterDeps) {
  const { vault } = deps;
  /** When each provider's checks were sent (this worker's life): its rate limit is kept. */
  const checksSent = new Map<string, number[]>();

  async function runCheck(recipe: Recipe): Promise<Check | undefined> {
    const held = await vault.held(recipe.id);
    const request = held && checkRequest(recipe, held.secret, held.origin);
    if (!held || !request) return undefined;
    const now = Date.now();
    const sent = (checksSent.get(recipe.id) ?? []).filter((at) => now - at < 60_000);
    const wait = waitForLimit(recipe.check?.limit, sent, now);
    let result: Check;
    if (wait === undefined) {
      result = { verdict: 'unknown', reason: 'limit' };
    } else {
      // Within the second's limit: this one request waits its turn, once.
      checksSent.set(recipe.id, [...sent, now + wait]);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        result = verdict(await deps.fetchStatus(request));
      } catch {
        result = { verdict: 'unknown', reason: 'network' };
      }
    }
    await vault.setCheck(recipe.id, held.secret, result);
    return result;
  }

  /**
   * Runs the provider's guide in a tab too (where it started, or the offer was accepted). A page
   * that starts it binds its origin, if none is bound yet; a page of another origin cannot join.
   */
  async function begin(provider: string, tabId: number | undefined, origin?: string) {
    await deps.closedGuides.set(provider, false);
    if (tabId === undefined) return;
    const guide = await deps.guides.get(provider);
    if (origin && guide.origin && guide.origin !== origin) return;
    if (guide.tabs.includes(tabId) && (guide.origin || !origin)) return;
    const tabs = guide.tabs.includes(tabId) ? guide.tabs : [...guide.tabs, tabId];
    await deps.guides.set(provider, { tabs, origin: guide.origin ?? origin });
  }

  /** The guide ends in every tab: each panel shows why and what next, then goes. */
  async function end(provider: string, reason: EndReason) {
    await deps.guides.set(provider, { tabs: [] });
    await deps.progress.clear(provider).catch(() => {});
    deps.broadcast({ type: 'guide-ended', provider, reason });
  }

  return { runCheck, begin, end };
}
