// What every provider's content script runs (entrypoints/<id>.content.ts): the one engine,
// utils/guide.ts, on its recipe's dashboard.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onDashboard } from '../lib/pages';
import type { Recipe } from '../lib/recipe';
import { runGuide } from './guide';

export function runProviderPage(ctx: ContentScriptContext, recipe: Recipe) {
  if (onDashboard(recipe, location.href)) void runGuide(ctx, recipe);
}
