// Which fields of the Upstack destination form the merchant types, in one list for every part
// that needs it: the Upstack guide's typing step (lib/engine/upstack-form.ts points at the first
// one left empty, lib/ui/fill-view.ts names it), the journey's step count, and the bench's effort
// count (bench/effort-ads.ts types exactly these). Two kinds: the recipe's `upstack.typed` fields,
// which the extension never reads (Pinterest's Tag ID, on another page), and the ids read from the
// provider's page that may be missing there (recipe field `missing`): typed only when the page did
// not show them. Pure data over a recipe.
import type { MessageKey } from '../protocol/said';
import type { Recipe, SecretField } from './schema';

/** One field the merchant may type in Upstack's form. */
export interface TypedField {
  /** How the panel names it. */
  label: MessageKey;
  /** Where to find it, as the panel says it. */
  where: MessageKey;
  /** The labels of Upstack's field. */
  upstackLabels: readonly string[];
  /** For an id the page may not show: the secret field's id, and where the merchant finds it. */
  id?: string;
  link?: string;
}

/** What this list needs of a recipe: the whole recipe, or its Upstack side. */
export interface Typing {
  upstack: Pick<Recipe['upstack'], 'typed'>;
  capture: {
    fields: readonly (Pick<SecretField, 'id' | 'upstackLabels'> &
      Partial<Pick<SecretField, 'label' | 'missing'>>)[];
  };
}

/** Whether the merchant may type a field at all (`typedFields` is not empty), without building
 * the list: what the journey's count needs, in the provider pages' engine. */
export const mayType = (recipe: Typing): boolean =>
  !!recipe.upstack.typed?.length || recipe.capture.fields.some((field) => field.missing);

/** Every field the merchant may type: the recipe's typed fields, then each id that may be
 * missing from the provider's page, in the recipe's order. */
export function typedFields(recipe: Typing): TypedField[] {
  const typed: TypedField[] = (recipe.upstack.typed ?? []).map((field) => ({ ...field }));
  for (const field of recipe.capture.fields)
    if (field.missing && field.label)
      typed.push({
        label: field.label,
        where: field.missing.where,
        upstackLabels: field.upstackLabels,
        id: field.id,
        link: field.missing.link,
      });
  return typed;
}

/** The fields the merchant still types once the key is filled, given the ids that were read
 * with it (the held entry's field ids): the typed fields always, a missing id only when it was
 * not read. */
export function stillTyped(recipe: Typing, read: Iterable<string>): TypedField[] {
  const held = new Set(read);
  return typedFields(recipe).filter((field) => !field.id || !held.has(field.id));
}
