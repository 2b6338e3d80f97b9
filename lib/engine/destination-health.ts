// The last, read-only look after the merchant saved the Upstack form: the destination's card
// among the saved destinations (lib/recipes/upstack.ts, `upstackHealth`), "Healthy" or not. It
// reads the page's text only: it clicks, types and changes nothing.

import { type UpstackHealth, upstackHealth } from '../recipes/upstack';
import type { UpstackSide } from '../recipes/upstack-side';
import type { Lifetime } from './lifetime';

export type Health = 'healthy' | 'unhealthy';

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `word` as a whole word (or words) of `text`, case and spacing aside. */
export function hasWord(text: string, word: string): boolean {
  const words = word.trim().split(/\s+/).map(literal).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** What a card's text says of the destination's health, if anything yet ("Checking…": nothing). */
export function healthOf(text: string, facts: UpstackHealth = upstackHealth): Health | undefined {
  if (facts.unhealthy.some((word) => hasWord(text, word))) return 'unhealthy';
  if (facts.healthy.some((word) => hasWord(text, word))) return 'healthy';
  return undefined;
}

/** The platform's names, as the Upstack form is headed by them. */
const namesOf = (recipe: UpstackSide) => [...recipe.upstack.heading, recipe.name];

/** The innermost cards naming the platform: a list's item, not the list. */
export function cardsFor(recipe: UpstackSide, doc: Document, facts = upstackHealth): Element[] {
  const names = namesOf(recipe);
  const naming = [...doc.querySelectorAll(facts.card)].filter((el) => {
    const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
    return names.some((name) => hasWord(text, name));
  });
  return naming.filter((el) => !naming.some((other) => other !== el && el.contains(other)));
}

/**
 * Watches the destination's card from the save on: `report` hears "unhealthy" (which may still
 * turn to Healthy while Upstack checks) and "healthy", which ends the watch, as does the time
 * up. A card already on the page at the save (an older destination of the platform) counts only
 * once its word changes.
 */
export function watchHealth(
  ctx: Pick<Lifetime, 'onInvalidated' | 'setTimeout'>,
  recipe: UpstackSide,
  report: (health: Health) => void,
  doc: Document = document,
): () => void {
  const read = (card: Element) =>
    healthOf((card as HTMLElement).innerText ?? card.textContent ?? '');
  /** What each card on the page said at the save: an older destination's word is not this one's. */
  const before = new WeakMap(cardsFor(recipe, doc).map((card) => [card, read(card)]));
  let told: Health | undefined;
  let queued = 0;
  const look = () => {
    queued = 0;
    // A card new since the save, or one whose word changed since (the destination edited).
    const readings = cardsFor(recipe, doc)
      .map((card) => ({ card, health: read(card) }))
      .filter(({ card, health }) => !before.has(card) || before.get(card) !== health);
    // The newest card last: its word counts.
    const health = readings
      .map((r) => r.health)
      .filter(Boolean)
      .at(-1);
    if (!health || health === told) return;
    told = health;
    report(health);
    if (health === 'healthy') stop();
  };
  const observer = new MutationObserver(() => {
    queued ||= requestAnimationFrame(look);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    cancelAnimationFrame(queued);
  };
  ctx.setTimeout(stop, upstackHealth.watchMs);
  ctx.onInvalidated(stop);
  look();
  return stop;
}
