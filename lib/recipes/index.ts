import type { Recipe } from '../recipe';
import { klaviyo } from './klaviyo';

/** Every supported provider, in the order the popup lists them. README's provider table follows it. */
export const recipes: readonly Recipe[] = [klaviyo];

export function recipeById(id: string): Recipe | undefined {
  return recipes.find((recipe) => recipe.id === id);
}
