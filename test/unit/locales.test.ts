// Every string a merchant reads comes from public/_locales: each locale has exactly the English
// keys, the same placeholders, and its own words (a text equal to the English one is a key left
// untranslated, unless it is a name). The recipes name their texts by key, and every key exists.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recipes } from '../../lib/recipes';
import { Recipe, type Step } from '../../lib/recipes/schema';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const DIR = 'public/_locales';
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(`${DIR}/${lang}/messages.json`, 'utf8')) as Messages;
const en = read('en');
const others = readdirSync(DIR).filter((lang) => lang !== 'en');

/** Texts that are the same in every language: names, and names with a region code. */
const SAME_IN_EVERY_LANGUAGE = new Set(['extName', 'optRegionR1', 'maskedPart']);

/** `$1`..`$9`, named `$placeholder$`s and the engine's `{keyName}`, each with its count. */
function placeholders({ message, placeholders: named }: Messages[string]): string[] {
  const used = message.match(/\$\d|\$\w+\$|\{\w+\}/g) ?? [];
  return [
    ...used.map((p) => p.toLowerCase()),
    ...Object.keys(named ?? {}).map((p) => `#${p}`),
  ].sort();
}

/** The recipe fields that hold a merchant's text (lib/recipes/schema.ts `message`), wherever they sit. */
const TEXT_FIELDS = new Set([
  'title',
  'detail',
  'ask',
  'label',
  'hint',
  'reason',
  'invalid',
  'forbidden',
  'where',
]);

function recipeKeys(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) recipeKeys(item, into);
  else if (value && typeof value === 'object' && !(value instanceof RegExp))
    for (const [name, inner] of Object.entries(value)) {
      if (TEXT_FIELDS.has(name) && typeof inner === 'string') into.push(inner);
      else recipeKeys(inner, into);
    }
  return into;
}

it('ships en, de, fr and es', () => {
  expect([...others, 'en'].sort()).toEqual(['de', 'en', 'es', 'fr']);
});

it('names every message as Chrome allows, without two differing in case only', () => {
  const keys = Object.keys(en);
  for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
});

it('quotes the page’s labels typographically in every locale: no straight double quote', () => {
  for (const lang of ['en', ...others])
    for (const [key, { message }] of Object.entries(read(lang)))
      expect(message.includes('"'), `${lang} ${key}`).toBe(false);
});

describe.each(others)('locale %s', (lang) => {
  const messages = read(lang);

  it('has every English key and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of the English text', () => {
    for (const [key, english] of Object.entries(en)) {
      const own = messages[key];
      if (own) expect([key, placeholders(own)]).toEqual([key, placeholders(english)]);
    }
  });

  it('has its own words for every text but names', () => {
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
      if (!SAME_IN_EVERY_LANGUAGE.has(key))
        expect(message, `${lang}: ${key} is the English text`).not.toBe(en[key]?.message);
    }
  });
});

describe.each(recipes.map((r) => [r.id, r] as const))('recipe %s', (_id, recipe) => {
  const keys = recipeKeys(recipe);

  it('names its texts by message keys that every locale has', () => {
    expect(keys.length).toBeGreaterThan(recipe.steps.length);
    for (const key of keys) {
      expect(Object.keys(en), key).toContain(key);
      for (const lang of others) expect(Object.keys(read(lang)), `${lang}: ${key}`).toContain(key);
    }
  });

  it('leaves the placeholders in its texts to the engine', () => {
    // `{keyName}` and friends are filled after translation: every locale keeps them (above), and
    // only the names the engine knows are used.
    for (const key of keys)
      for (const name of en[key]?.message.match(/\{\w+\}/g) ?? [])
        expect(['{keyName}', '{accessType}', '{contactEmail}']).toContain(name);
  });
});

describe('a recipe text that is a sentence', () => {
  const [first, ...rest] = recipes[0]?.steps ?? [];
  const sentence: Step = {
    id: 'create',
    // @ts-expect-error: a sentence is not a message key (tsc fails here if the type ever widens)
    title: 'Press Create',
  };

  it('fails the type check (above) and the schema', () => {
    expect(first).toBeDefined();
    expect(Recipe.safeParse({ ...recipes[0], steps: [first, ...rest] }).success).toBe(true);
    expect(Recipe.safeParse({ ...recipes[0], steps: [sentence, ...rest] }).success).toBe(false);
  });
});
