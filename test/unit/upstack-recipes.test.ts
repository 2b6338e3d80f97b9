// The Upstack engine's recipes: the build writes the values upstack-recipes.ts computes
// (scripts/upstack-recipes.ts), and they hold each recipe's Upstack side only.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recipes } from '../../lib/recipes';
import { upstackRecipes } from '../../lib/recipes/upstack-recipes';
import { upstackRecipes as plugin } from '../../scripts/upstack-recipes';

const MODULE = fileURLToPath(new URL('../../lib/recipes/upstack-recipes.ts', import.meta.url));

describe('the Upstack side of the recipes', () => {
  it('is what the build writes, value for value', async () => {
    const load = plugin().load as (id: string) => Promise<string>;
    const code = await load(MODULE);
    const json = /^export const upstackRecipes = JSON\.parse\((.*)\);$/.exec(code)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(JSON.parse(json as string))).toEqual(upstackRecipes);
  });

  it('leaves other modules to the build', async () => {
    const load = plugin().load as (id: string) => Promise<string | undefined>;
    expect(await load(fileURLToPath(new URL('../../lib/recipes/index.ts', import.meta.url)))).toBe(
      undefined,
    );
  });

  it('keeps each recipe’s Upstack form and nothing of its provider pages', () => {
    expect(upstackRecipes.map((r) => r.id)).toEqual(recipes.map((r) => r.id));
    for (const [i, side] of upstackRecipes.entries()) {
      const recipe = recipes[i];
      expect(side.upstack).toEqual(recipe?.upstack);
      expect(side.steps.length).toBe(recipe?.steps.length);
      const text = JSON.stringify(side);
      for (const step of recipe?.steps ?? []) expect(text).not.toContain(step.title);
      // An id the page may not show keeps its label and where to find it, for the typing step.
      for (const field of side.capture.fields)
        expect(Object.keys(field)).toEqual(
          field.missing ? ['id', 'upstackLabels', 'label', 'missing'] : ['id', 'upstackLabels'],
        );
    }
  });
});
