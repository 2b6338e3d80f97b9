import { describe, expect, it } from 'vitest';
import {
  journey,
  journeyLength,
  providerPlace,
  UPSTACK_FILL,
  upstackCount,
  upstackPlace,
} from '../../lib/engine/journey';
import { recipeById, recipes } from '../../lib/recipes';
import { upstackSteps } from '../../lib/recipes/upstack';

const klaviyo = recipeById('klaviyo')!;
const snapchat = recipeById('snapchat')!;
const upstackIndex = (id: string) => upstackSteps(klaviyo).steps.findIndex((s) => s.id === id);

describe('one progress model for the whole journey', () => {
  it.each(recipes.map((r) => [r.id, r] as const))(
    '%s: the Upstack steps counted as the Upstack guide has them',
    (_, recipe) => {
      const { steps } = upstackSteps(recipe);
      expect(upstackCount(recipe)).toBe(steps.length);
      expect(steps[UPSTACK_FILL]?.id).toBe('fill');
      expect(journeyLength(recipe)).toBe(recipe.steps.length + steps.length);
    },
  );

  it('Klaviyo from its first step: six steps there and five in Upstack, one count', () => {
    expect(journey(klaviyo, 0, 0)).toMatchObject({ number: 1, count: 11 });
    expect(journey(klaviyo, 0, upstackPlace(klaviyo, upstackIndex('fill')))).toMatchObject({
      number: 10,
      count: 11,
    });
  });

  it('started on the API-keys page: the same total on both sites, earlier steps ticked', () => {
    const from = 3;
    const total = journey(klaviyo, from, from).count;
    expect(total).toBe(3 + 5);
    // Every place on the journey, on either site, shows that one total.
    const places = [
      ...klaviyo.steps.slice(from).map((_, i) => providerPlace(klaviyo, from + i)),
      providerPlace(klaviyo, klaviyo.steps.length),
      providerPlace(klaviyo, klaviyo.steps.length, true),
      ...upstackSteps(klaviyo).steps.map((_, i) => upstackPlace(klaviyo, i)),
    ];
    expect(places.map((at) => journey(klaviyo, from, at).count)).toEqual(places.map(() => total));
    const pick = journey(klaviyo, from, upstackPlace(klaviyo, upstackIndex('pick')));
    expect(pick.number).toBe(3 + 3);
    expect(pick.items.slice(0, 3).every((i) => i.state === 'done' && i.number === undefined)).toBe(
      true,
    );
  });

  it('a step skipped is ticked and keeps its number: the count does not change', () => {
    // From Upstack's first step straight to its form (the merchant knew the way).
    const skipped = journey(klaviyo, 3, upstackPlace(klaviyo, upstackIndex('fill')));
    expect(skipped).toMatchObject({ number: 7, count: 8 });
    const open = skipped.items[upstackPlace(klaviyo, 0)];
    expect(open).toMatchObject({ state: 'done', number: 4 });
  });

  it('the provider page, once the key is held, is at the first Upstack step; once filled, past the fill', () => {
    expect(providerPlace(klaviyo, 2)).toBe(2);
    expect(providerPlace(klaviyo, klaviyo.steps.length)).toBe(upstackPlace(klaviyo, 0));
    expect(providerPlace(klaviyo, klaviyo.steps.length, true)).toBe(
      upstackPlace(klaviyo, UPSTACK_FILL + 1),
    );
  });

  it('a recipe with typed fields and a control to tick counts those Upstack steps too', () => {
    expect(upstackCount(snapchat)).toBe(7);
    const last = upstackPlace(snapchat, 6);
    expect(journey(snapchat, 0, last)).toMatchObject({
      number: snapchat.steps.length + 7,
      count: snapchat.steps.length + 7,
    });
  });

  it('a start past the recipe’s steps counts from its first Upstack step', () => {
    const list = journey(klaviyo, 50, upstackPlace(klaviyo, 0));
    expect(list).toMatchObject({ number: 1, count: 5 });
  });
});
