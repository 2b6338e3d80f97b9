// Every recipe's Upstack side (upstack-side.ts), in the popup's order. In the extension's build
// this module is replaced by its values (scripts/upstack-recipes.ts); tests run it as it is.
import { recipes } from './index';
import { type UpstackSide, upstackSide } from './upstack-side';

export const upstackRecipes: readonly UpstackSide[] = recipes.map(upstackSide);
