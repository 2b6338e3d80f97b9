import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkFor } from '../../lib/engine/plan';
import { recipes } from '../../lib/recipes';
import { recipeForUrl } from '../../lib/recipes/pages';
import { Recipe, UpstackGuide } from '../../lib/recipes/schema';
import { upstackGuide } from '../../lib/recipes/upstack';
import en from '../../public/_locales/en/messages.json';

describe.each(recipes.map((r) => [r.id, r] as const))('recipe %s', (_id, recipe) => {
  it('is valid recipe data', () => {
    expect(() => Recipe.parse(recipe)).not.toThrow();
  });

  it('has its own content script, which runs this recipe', () => {
    const entry = readFileSync(`entrypoints/${recipe.id}.content.ts`, 'utf8');
    expect(entry).toContain(
      `import { ${recipe.id} as recipe } from '../lib/recipes/${recipe.id}';`,
    );
  });

  it('only matches HTTPS dashboards, and its links stay on them', () => {
    for (const pattern of recipe.matches) expect(pattern).toMatch(/^https:\/\/[^/*]*[^/]*\/\*$/);
    // `{origin}` stands for the merchant's own host: try it with a host the patterns admit.
    const origin = (recipe.matches[0] as string).replace('*', 'acme').replace(/\/\*$/, '');
    const links = [recipe.links.apiKeys, ...recipe.steps.flatMap((s) => (s.link ? [s.link] : []))];
    for (const link of links) expect(pattern(linkFor(recipe, link, origin))).toBe(recipe.id);
  });

  it('has exactly one fallback step, and anchors that name a strategy', () => {
    expect(recipe.steps.filter((s) => !s.when)).toHaveLength(1);
    const anchors = recipe.steps.flatMap((s) => [
      s.target,
      ...(s.prefill ?? []).map((p) => p.field),
    ]);
    for (const anchor of anchors.filter(Boolean)) {
      expect(anchor?.role || anchor?.text || anchor?.css).toBeTruthy();
      if (anchor?.role) expect(anchor.name).toBeDefined();
    }
  });

  it('lets only an id read from the page be missing, with where to find it on an HTTPS page', () => {
    for (const field of recipe.capture.fields) {
      if (!field.missing) continue;
      expect(field.fromUrl || field.fromPage, field.id).toBeTruthy();
      expect(field).not.toBe(recipe.capture.fields[0]); // the key itself is never optional
      expect(field.missing.link).toMatch(/^https:\/\//);
      expect(en[field.missing.where as keyof typeof en]).toBeDefined();
    }
  });

  it('anchors every secret pattern at both ends', () => {
    for (const field of recipe.capture.fields) {
      expect(field.pattern.source.startsWith('^')).toBe(true);
      expect(field.pattern.source.endsWith('$')).toBe(true);
    }
  });

  it("masks by data: a display prefix and suffix are what the pattern requires, a password's flagged", () => {
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const field of recipe.capture.fields) {
      const { prefix, suffix, password } = field.display ?? {};
      if (prefix) expect(field.pattern.source.startsWith(`^${literal(prefix)}`)).toBe(true);
      if (suffix) expect(field.pattern.source.endsWith(`${literal(suffix)}$`)).toBe(true);
      // A field named a password must show nothing of itself.
      if (/password/i.test(field.label)) expect(password).toBe(true);
    }
  });
});

function pattern(url: string) {
  return recipeForUrl(url)?.id;
}

it('recipe ids are unique', () => {
  expect(new Set(recipes.map((r) => r.id)).size).toBe(recipes.length);
});

describe('the Upstack guide', () => {
  it('is valid guide data, with one fallback step and its texts in the locales', () => {
    expect(() => UpstackGuide.parse(upstackGuide)).not.toThrow();
    expect(upstackGuide.steps.filter((s) => !s.when)).toHaveLength(1);
    for (const step of upstackGuide.steps)
      for (const key of [step.title, step.detail].filter(Boolean))
        expect(Object.keys(en), `${step.id}: ${key}`).toContain(key);
  });

  it('ends at the form: its key field, then its own save button, which the merchant presses', () => {
    const [fill, type, enable, save] = upstackGuide.steps.slice(-4);
    expect(fill?.when?.form).toBe('shown');
    // A field the merchant types (Pinterest's Tag ID): the ring on it once the key is in.
    expect(type?.when?.form).toBe('typing');
    expect(type?.target).toBeUndefined();
    // A control the merchant ticks (Snapchat's enable box): the ring on it while it is off.
    expect(enable?.when?.form).toBe('enabling');
    expect(enable?.target).toBeUndefined();
    expect(fill?.target).toBeUndefined(); // the ring goes on the key field
    expect(save?.when?.form).toBe('filled');
    expect(save?.target?.name).toContain('Create Configuration');
  });

  it("names each recipe's platform in words its anchors can use", () => {
    for (const recipe of recipes) expect(recipe.upstack.heading[0]).toBeTruthy();
  });
});
