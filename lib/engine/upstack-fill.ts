// The Upstack side's own part of the key's path: the merchant's Fill, reported by the Fill frame,
// runs the click-time guards (the same form still shown, the frame painted as is, the key the
// panel showed still the one held), then inserts the key into the form's fields without moving
// focus; the merchant's own save of that form ends the guide. Never submits the form.
import { accessibleName } from '../dom/anchor';
import { setValue } from '../dom/fill';
import { messages } from '../protocol/client';
import type { NoteCode } from '../protocol/fill-frame';
import type { UpstackSide } from '../recipes/upstack-side';
import { watchHealth } from './destination-health';
import type { FillFrame } from './fill-frame';
import type { Lifetime } from './lifetime';
import { FORM_REGION, findDestination, SAVE_BUTTON, SAVE_NAME } from './upstack-form';

export interface UpstackFill {
  /** The merchant's Fill of `entry` into `recipe`'s form, in `frame`. */
  fill(frame: FillFrame, recipe: UpstackSide, entry: string): Promise<void>;
  /** The recipe whose form was just filled, while its fields stay in the page. */
  filledFor(recipe: UpstackSide): boolean;
  /** Whether a fill for `recipe` is waiting for the merchant's save. */
  waitsForSave(recipe: UpstackSide): boolean;
}

/** Why the background refused the key, as a note code: it changed, it went, or neither. */
async function refusal(recipe: UpstackSide, entry: string): Promise<NoteCode> {
  const status = await messages.status(recipe.id);
  if (status.state === 'captured') return status.entry === entry ? 'refused' : 'changed';
  return 'gone';
}

/** `frame`: the frame shown now; `filledNow`: the key went in (the guide's next step). */
export function createUpstackFill(
  ctx: Pick<Lifetime, 'addEventListener' | 'onInvalidated' | 'setTimeout'>,
  frame: () => FillFrame | undefined,
  filledNow: () => void,
): UpstackFill {
  /** The fields just filled: the merchant's save of their form ends the guide. */
  let filled: { recipe: UpstackSide; fields: Element[] } | undefined;

  async function fill(shown: FillFrame, recipe: UpstackSide, entry: string) {
    const destination = findDestination();
    if (destination?.recipe !== recipe) return shown.note('formGone');
    // The page may have restyled, moved or covered the frame: then the press does not count.
    if (shown.check()) return shown.note('again');
    // Bound to the entry the panel showed: a key replaced meanwhile is not filled unseen.
    const revealed = await messages.reveal(recipe.id, entry);
    if (!revealed.ok) return shown.note(await refusal(recipe, entry));
    // The same form, still in the page, as Bitwarden checks before it fills.
    const now = findDestination();
    const fields = [...destination.fields];
    if (now?.recipe !== recipe || fields.some(([id, el]) => now.fields.get(id) !== el))
      return shown.note('formGone');
    // Focus stays where the merchant left it: keys typed next never land in the key field. An
    // id the provider's page did not show (recipe `missing`) is not in the entry: its field is
    // left as it is, for the merchant to type (the guide's typing step points at it).
    for (const [id, el] of fields) {
      const value = revealed.secret[id];
      if (value) setValue(el, value, { focus: false });
    }
    filled = { recipe, fields: fields.map(([, el]) => el) };
    await messages.filled(recipe.id); // the frame hears the vault change and says "filled"
    filledNow();
  }

  function saved(region: Element | null) {
    if (!filled || !region || !filled.fields.some((field) => region.contains(field))) return;
    const { recipe } = filled;
    filled = undefined;
    void messages.done(recipe.id);
    frame()?.note('done');
    watchHealth(ctx, recipe, (health) => frame()?.note(health));
  }
  ctx.addEventListener(
    document,
    'submit',
    (event) => event.isTrusted && event.target instanceof Element && saved(event.target),
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      const button = event.target.closest(SAVE_BUTTON);
      if (!button) return;
      if (button.matches('[type=submit]') || SAVE_NAME.test(accessibleName(button)))
        saved(button.closest(FORM_REGION));
    },
    { capture: true },
  );

  return {
    fill,
    filledFor: (recipe) =>
      filled?.recipe === recipe && filled.fields.every((field) => field.isConnected),
    waitsForSave: (recipe) => filled?.recipe === recipe,
  };
}
