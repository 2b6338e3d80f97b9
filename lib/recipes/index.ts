import { dotdigital } from './dotdigital';
import { klaviyo } from './klaviyo';
import { meta } from './meta';
import { microsoft } from './microsoft';
import { omnisend } from './omnisend';
import { optimove } from './optimove';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import type { Recipe } from './schema';
import { snapchat } from './snapchat';
import { tiktok } from './tiktok';

/** Every supported provider, in the order the popup lists them. README's provider table follows it. */
export const recipes: readonly Recipe[] = [
  klaviyo,
  omnisend,
  optimove,
  dotdigital,
  pinterest,
  tiktok,
  reddit,
  snapchat,
  meta,
  microsoft,
];

export function recipeById(id: string): Recipe | undefined {
  return recipes.find((recipe) => recipe.id === id);
}
