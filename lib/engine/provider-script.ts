// What every provider's content script runs (entrypoints/<id>.content.ts): the loader, which
// wakes the one engine only when a guide is wanted (lib/engine/loader.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Recipe } from '../recipes/schema';
import { wake } from './loader';

export function runProviderPage(ctx: ContentScriptContext, recipe: Recipe) {
  void wake(ctx, recipe);
}
