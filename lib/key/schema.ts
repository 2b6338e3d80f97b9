// The provider's zod schema for a captured secret: the background parses every capture with it
// before anything is kept. Each field is trimmed, then refused with the reason lib/key/refusal.ts
// gives (another provider's distinctive shapes included); no other field may come along.
import { z } from 'zod/mini';
import { type Said, said } from '../protocol/said';
import { recipes } from '../recipes';
import type { Recipe, Secret, SecretField } from '../recipes/schema';
import { refusalReason } from './refusal';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: Said };

export function secretFieldSchema(field: SecretField) {
  return z.pipe(
    z.string().check(z.trim()),
    z.string().check(
      z.superRefine((value, ctx) => {
        const reason = refusalReason(field, value, recipes);
        if (reason)
          ctx.addIssue({ code: 'custom', message: reason.key, params: { reason }, input: '' });
      }),
    ),
  );
}

export function secretSchema(recipe: Recipe) {
  return z.strictObject(
    Object.fromEntries(
      recipe.capture.fields.map((field) => [
        field.id,
        // An id the page may not show (recipe `missing`) may be absent; given, it is checked.
        field.missing ? z.optional(secretFieldSchema(field)) : secretFieldSchema(field),
      ]),
    ),
  );
}

/** Checks a whole secret: every field of the recipe present (an id that may be `missing`
 * aside) and valid, nothing else. */
export function checkSecret(recipe: Recipe, raw: unknown): Checked<Secret> {
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, reason: said('errNothingCaptured') };
  const result = secretSchema(recipe).safeParse(raw);
  if (result.success) return { ok: true, value: result.data as Secret };
  const issue = result.error.issues[0];
  // A refusal reason names the field; zod's own messages (missing, extra, not a string) do not.
  return {
    ok: false,
    reason:
      issue?.code === 'custom' && issue.params?.reason
        ? (issue.params.reason as Said)
        : issue?.code === 'unrecognized_keys'
          ? said('errUnexpectedFields')
          : said('errIncomplete', recipe.name),
  };
}
