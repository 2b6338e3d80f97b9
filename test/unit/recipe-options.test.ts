// A provider's own settings are declared by its recipe and read from there.
import { describe, expect, it } from 'vitest';
import { recipeById, recipes } from '../../lib/recipes';
import { optionValues, readChoices } from '../../lib/recipes/options';
import type { Recipe } from '../../lib/recipes/schema';

const optimove = recipeById('optimove') as Recipe;
const klaviyo = recipeById('klaviyo') as Recipe;

describe('optionValues', () => {
  it("gives each of the recipe's options the merchant's choice, else its first", () => {
    expect(optionValues(optimove, {})).toEqual({ accessType: 'Admin' });
    expect(optionValues(optimove, { optimove: { accessType: 'Integrations' } })).toEqual({
      accessType: 'Integrations',
    });
    // Another provider's choice is not this one's.
    expect(optionValues(klaviyo, { optimove: { accessType: 'Integrations' } })).toEqual({});
  });
});

describe('readChoices', () => {
  it('drops a provider, option or value no recipe declares', () => {
    expect(
      readChoices({
        optimove: { accessType: 'Transactional API User', colour: 'red' },
        klaviyo: { accessType: 'Admin' },
        other: {},
      }),
    ).toEqual({ optimove: { accessType: 'Transactional API User' } });
    for (const stored of [undefined, null, [], 'x', { optimove: 'Admin' }])
      expect(readChoices(stored)).toEqual({});
  });
});

describe("the recipes' options", () => {
  it('have distinct ids and values per recipe, and placeholders only of their own', () => {
    for (const recipe of recipes) {
      const ids = (recipe.options ?? []).map((option) => option.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const option of recipe.options ?? []) {
        const values = option.choices.map((choice) => choice.value);
        expect(new Set(values).size).toBe(values.length);
      }
      // Every `{placeholder}` the recipe's steps use is a setting or one of its own options.
      const used = JSON.stringify(recipe.steps).match(/\{[a-zA-Z]+\}/g) ?? [];
      const known = new Set(['keyName', 'contactEmail', 'password', 'origin', ...ids]);
      for (const placeholder of used)
        expect(known, `${recipe.id} ${placeholder}`).toContain(placeholder.slice(1, -1));
    }
  });
});
