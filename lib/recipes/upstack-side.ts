// What the Upstack dashboard's engine knows of a recipe: its name, its Upstack form (`upstack`,
// the key fields' Upstack labels), its help link and how many steps it has on the provider's
// pages (the journey's count). The provider pages' steps, anchors and key shapes stay out of
// upstack-engine.js: the build replaces upstack-recipes.ts with these values, computed once
// (scripts/upstack-recipes.ts), so that a new recipe adds only its Upstack side there.
import type { Recipe } from './schema';

export interface UpstackSide {
  id: Recipe['id'];
  name: Recipe['name'];
  links: Pick<Recipe['links'], 'help'>;
  steps: { length: number };
  upstack: Recipe['upstack'];
  capture: {
    fields: (Pick<Recipe['capture']['fields'][number], 'id' | 'upstackLabels'> &
      Partial<Pick<Recipe['capture']['fields'][number], 'label' | 'missing'>>)[];
  };
}

export const upstackSide = (recipe: Recipe): UpstackSide => ({
  id: recipe.id,
  name: recipe.name,
  links: { help: recipe.links.help },
  steps: { length: recipe.steps.length },
  upstack: recipe.upstack,
  capture: {
    // An id the page may not have shown keeps its label and `missing` (lib/recipes/typed.ts).
    fields: recipe.capture.fields.map(({ id, label, upstackLabels, missing }) => ({
      id,
      upstackLabels,
      ...(missing && { label, missing }),
    })),
  },
});
