// @vitest-environment happy-dom
// Which Upstack fields the merchant types (lib/recipes/typed.ts), in one list for the Upstack
// guide, the journey's count and the bench: a recipe's `upstack.typed` fields always, an id read
// from the provider's page (recipe `missing`) only where the page did not show it. The guide's
// typing step exists exactly for the recipes with such a field, and names the field with where
// to find it and a link for a missing id.
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { findDestination } from '../../lib/dom/destination';
import { upstackCount } from '../../lib/engine/journey';
import { formState } from '../../lib/engine/upstack-form';
import { substitute } from '../../lib/protocol/said';
import { recipeById, recipes } from '../../lib/recipes';
import { mayType, stillTyped, typedFields } from '../../lib/recipes/typed';
import { upstackSteps } from '../../lib/recipes/upstack';
import { upstackRecipes } from '../../lib/recipes/upstack-recipes';
import { guideStepView } from '../../lib/ui/fill-view';
import en from '../../public/_locales/en/messages.json';

const ids = (id: string) => typedFields(recipeById(id)!).map((f) => f.id ?? f.label);

describe('the fields the merchant types', () => {
  it('lists each recipe’s typed fields, then its ids that the page may not show', () => {
    expect(ids('klaviyo')).toEqual([]);
    expect(ids('pinterest')).toEqual(['upstack_pinterest_tagId_label']);
    expect(ids('snapchat')).toEqual(['pixelId']);
    expect(ids('tiktok')).toEqual(['pixelId']);
    expect(ids('reddit')).toEqual(['pixelId']);
    expect(ids('meta')).toEqual(['pixelId']);
    expect(ids('microsoft')).toEqual(['tagId']);
    const snapchat = typedFields(recipeById('snapchat')!)[0];
    expect(snapchat).toMatchObject({
      label: 'secret_snapchat_pixelId_label',
      where: 'upstack_snapchat_pixelId_where',
      link: 'https://ads.snapchat.com/',
    });
    expect(snapchat?.upstackLabels).toContain('Snapchat Pixel ID');
  });

  it('is the same list on the Upstack side as in the recipes (the build keeps it)', () => {
    for (const [i, side] of upstackRecipes.entries())
      expect(typedFields(side)).toEqual(typedFields(recipes[i]!));
  });

  it('keeps a typed field always, a missing id only when it was not read', () => {
    const pinterest = recipeById('pinterest')!;
    const snapchat = recipeById('snapchat')!;
    expect(stillTyped(pinterest, ['token', 'adAccountId']).map((f) => f.label)).toEqual([
      'upstack_pinterest_tagId_label',
    ]);
    expect(stillTyped(snapchat, ['token', 'pixelId'])).toEqual([]);
    expect(stillTyped(snapchat, ['token']).map((f) => f.id)).toEqual(['pixelId']);
    expect(stillTyped(recipeById('klaviyo')!, ['key'])).toEqual([]);
  });

  it('gives the Upstack guide its typing step exactly where a field may be typed', () => {
    for (const recipe of recipes) {
      const steps = upstackSteps(recipe).steps.map((s) => s.id);
      expect(steps.includes('type'), recipe.id).toBe(typedFields(recipe).length > 0);
      expect(mayType(recipe)).toBe(typedFields(recipe).length > 0);
      expect(upstackCount(recipe)).toBe(steps.length);
    }
  });
});

describe('an id the page did not show, on Upstack’s form', () => {
  const snapchat = upstackRecipes.find((r) => r.id === 'snapchat')!;
  const form = (pixel: string) => {
    document.body.innerHTML = `<h1>Events Destination</h1>
      <div role="dialog" aria-labelledby="t"><h2 id="t">Snapchat</h2>
        <label for="p">Snapchat Pixel ID</label><input id="p" value="${pixel}">
        <label><input type="checkbox"> Check to enable sending events via Snapchat Conversions API</label>
        <label for="k">Snapchat Conversion API Token</label><input id="k" type="password" value="x">
        <button type="submit">Create Configuration</button></div>`;
    return findDestination(upstackRecipes);
  };

  it('is the typing step’s field once the key is in, until the merchant types it', () => {
    const empty = form('');
    expect(empty?.recipe).toBe(snapchat);
    const state = formState(snapchat, empty, true);
    expect(state.facts.form).toBe('typing');
    expect(state.typing?.el).toBe(document.getElementById('p'));
    // Typed (or read and filled): the next step is the box.
    expect(formState(snapchat, form('d2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f'), true).facts.form).toBe(
      'enabling',
    );
  });

  it('is named in the panel with where to find it, and a link there', () => {
    // The English locale, as the browser gives it.
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, args?: string[]) =>
      substitute(
        (en as Record<string, { message: string }>)[key]?.message ?? '',
        args ?? [],
      )) as never);
    const recipe = recipeById('snapchat')!;
    const view = guideStepView(recipe, {
      type: 'step',
      id: 'type',
      state: 'ok',
      name: 0,
      from: 0,
    });
    expect(view.step?.title).toBe('Type the Snapchat Pixel ID');
    expect(view.step?.detail).toContain('did not show it');
    expect(view.step?.detail).toContain('under Events Manager, on your pixel');
    expect(view.link).toEqual({ href: 'https://ads.snapchat.com/', text: 'Find it on Snapchat' });
    // Pinterest's Tag ID is never read: its own words, and no link.
    const pinterest = guideStepView(recipeById('pinterest')!, {
      type: 'step',
      id: 'type',
      state: 'ok',
      name: 0,
      from: 0,
    });
    expect(pinterest.step?.detail).toContain('does not read it');
    expect(pinterest.link).toBeUndefined();
  });
});
