// A provider page's whole content script until a guide is wanted. It recognises the route from
// the URL (and, for a page known only by its heading, a few looks at the page's headings after a
// route change), and loads the engine (guide.js, lib/engine/guide.ts) only for a guide running in
// this tab, or as an offer on the provider's API-keys pages. Anywhere else on the dashboard it
// keeps no observer, plans nothing and walks nothing.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { normalize } from '../dom/anchor';
import { messages } from '../protocol/client';
import type { Recipe } from '../recipes/schema';
import { loadEngine } from './engine-handle';
import type { Mode } from './guide';
import { childLifetime } from './lifetime';
import { keyPath, onDashboard } from './route';
import { onRouteChange } from './route-changes';

/** After a route change, when a page known by its heading is looked at: apps render late. */
const HEADING_LOOKS_MS = [500, 1500, 4000];
const HEADINGS = 'h1, h2, h3, [role=heading]';

/** A key page's heading, in English or any language the recipe's labels give it (a heading
 * alone, so every language at once: the loader carries no language choice). */
function headingShows(recipe: Recipe): boolean {
  const english = recipe.keyPages.heading;
  if (!english) return false;
  const labels = Object.values(recipe.labels ?? {});
  const wanted = [...english, ...english.flatMap((h) => labels.flatMap((l) => l?.[h] ?? []))].map(
    normalize,
  );
  for (const heading of document.querySelectorAll(HEADINGS))
    if (wanted.includes(normalize(heading.textContent))) return true;
  return false;
}

export async function wake(ctx: ContentScriptContext, recipe: Recipe) {
  if (!onDashboard(recipe, location.href)) return;
  const answer = await messages.wake(recipe.id).catch(() => null);
  if (!answer) return; // the merchant turned this provider off
  let offers = answer.offer;
  let running: ReturnType<typeof childLifetime> | undefined;
  /** Where a guide just ended: no offer there until the route changes. */
  let endedOn = '';

  async function start(mode: Mode) {
    if (running) return;
    const life = childLifetime(ctx);
    running = life;
    const ended = (declined: boolean) => {
      life.stop();
      running = undefined;
      endedOn = location.href;
      if (declined) offers = false;
      // The key page keeps listening for the merchant's own create click (mode `watch`).
      if (mode !== 'watch') queueMicrotask(look);
    };
    const engine = await loadEngine().catch(() => undefined);
    if (!engine) {
      life.stop();
      running = undefined;
      return;
    }
    if (!life.isInvalid) await engine(life, recipe, mode, ended);
  }
  // A guide in this tab runs now; once it ends, the API-keys pages offer one again.
  if (answer.guide) void start('guide');

  /** On a key page, the offer; declined (or a guide just ended here), only the watch for the
   * merchant's own create click: declining never switches the capture off. */
  function look() {
    if (running || ctx.isInvalid) return;
    if (!keyPath(recipe, location.href) && !headingShows(recipe)) return;
    void start(offers && location.href !== endedOn ? 'offer' : 'watch');
  }
  let looks: number[] = [];
  /** A look now and, for a page known by its heading, a few more while the app renders. */
  const lookAtRoute = () => {
    for (const timer of looks) clearTimeout(timer);
    look();
    looks = recipe.keyPages.heading ? HEADING_LOOKS_MS.map((ms) => ctx.setTimeout(look, ms)) : [];
  };
  onRouteChange(ctx.signal, () => {
    if (location.href !== endedOn) endedOn = '';
    lookAtRoute();
  });
  lookAtRoute();
}
