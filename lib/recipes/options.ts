// The merchant's choices for the providers' own settings (a recipe's `options`), as stored in
// the settings: only a recipe's declared option with one of its choices counts; anything else
// is dropped, and a missing choice is the option's first.
import { recipes } from '.';
import type { Recipe } from './schema';

/** Choices per provider and option id, as the settings keep them. */
export type OptionChoices = Record<string, Record<string, string>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored choices that name a recipe's option and one of its choices; the rest dropped. */
export function readChoices(stored: unknown, from: readonly Recipe[] = recipes): OptionChoices {
  const saved = isRecord(stored) ? stored : {};
  const choices: OptionChoices = {};
  for (const recipe of from) {
    const own = saved[recipe.id];
    if (!isRecord(own)) continue;
    for (const option of recipe.options ?? []) {
      const value = own[option.id];
      if (typeof value === 'string' && option.choices.some((choice) => choice.value === value))
        choices[recipe.id] = { ...choices[recipe.id], [option.id]: value };
    }
  }
  return choices;
}

/** Each of the recipe's options with its value: the merchant's choice, else the first. */
export function optionValues(recipe: Recipe, choices: OptionChoices): Record<string, string> {
  const values: Record<string, string> = {};
  for (const option of recipe.options ?? [])
    values[option.id] = choices[recipe.id]?.[option.id] ?? option.choices[0]?.value ?? '';
  return values;
}
