// The engine on the Upstack dashboard: find which provider's destination form this is, show
// the Fill frame for it (utils/fill-frame.ts), and fill the form's fields from the vault when the
// frame reports the merchant's own Fill and the click-time guard holds. It never submits the
// form, and never moves focus into it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { accessibleName } from '../lib/dom/anchor';
import { findDestination as findDestinationIn } from '../lib/dom/destination';
import { setValue } from '../lib/dom/fill';
import type { NoteCode } from '../lib/fill-protocol';
import type { Recipe } from '../lib/recipe';
import { recipes } from '../lib/recipes';
import { type FillFrame, mountFillFrame } from './fill-frame';
import { keepClear, submitButtons } from './keep-clear';
import { messages } from './messaging';

/** The provider's destination form on this page, wherever it sits (lib/dom/destination.ts). */
export const findDestination = (doc: Document = document) => findDestinationIn(recipes, doc);

/** The form's own save control: a submit button, or a button named for saving. */
const SAVE_BUTTON = 'button, input[type=submit], [role=button]';
const SAVE_NAME = /^(save|connect|create|add|update|submit)\b/;

export async function runUpstackAssist(ctx: ContentScriptContext) {
  let frame: FillFrame | undefined;
  let shown: Recipe | undefined;
  /** Closed by the merchant: not shown again on this page. */
  let closed = false;

  /** The merchant's Fill, reported by the frame: the click-time guard, then the fill. */
  async function fill(recipe: Recipe, entry: string) {
    if (!frame || shown !== recipe) return;
    const destination = findDestination();
    if (destination?.recipe !== recipe) return frame.note('formGone');
    // The page may have restyled, moved or covered the frame: then the press does not count.
    if (frame.check()) return frame.note('again');
    // Bound to the entry the panel showed: a key replaced meanwhile is not filled unseen.
    const revealed = await messages.reveal(recipe.id, entry);
    if (!revealed.ok) return frame.note(await refusal(recipe, entry));
    // The same form, still in the page, as Bitwarden checks before it fills.
    const now = findDestination();
    const fields = [...destination.fields];
    if (now?.recipe !== recipe || fields.some(([id, el]) => now.fields.get(id) !== el))
      return frame.note('formGone');
    // Focus stays where the merchant left it: keys typed next never land in the key field.
    for (const [id, el] of fields) setValue(el, revealed.secret[id] ?? '', { focus: false });
    filled = { recipe, fields: fields.map(([, el]) => el) };
    await messages.filled(recipe.id); // the frame hears the vault change and says "filled"
  }

  /** Why the background refused the key, as a note code: it changed, it went, or neither. */
  async function refusal(recipe: Recipe, entry: string): Promise<NoteCode> {
    const status = await messages.status(recipe.id);
    if (status.state === 'captured') return status.entry === entry ? 'refused' : 'changed';
    return 'gone';
  }

  /** The fields just filled: the merchant's save of their form ends the guide. */
  let filled: { recipe: Recipe; fields: Element[] } | undefined;
  function saved(region: Element | null) {
    if (!filled || !region || !filled.fields.some((field) => region.contains(field))) return;
    const { recipe } = filled;
    filled = undefined;
    void messages.done(recipe.id);
    frame?.note('done');
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
        saved(button.closest('form, [role=dialog], dialog, main'));
    },
    { capture: true },
  );

  /** The form's save control: its submit button, else a button named for saving. */
  function saveButtons(fields: Element[]): Element[] {
    const submits = submitButtons(fields);
    const region = fields[0]?.closest('form, [role=dialog], dialog, main');
    if (submits.length || !region) return submits;
    return [...region.querySelectorAll(SAVE_BUTTON)].filter((b) =>
      SAVE_NAME.test(accessibleName(b)),
    );
  }

  function evaluate() {
    const destination = findDestination();
    if (closed || !destination) return;
    if (destination.recipe !== shown) show(destination.recipe);
    // The frame keeps the key fields and the save button in view.
    const fields = [...destination.fields.values()];
    frame?.place(undefined, keepClear(fields, saveButtons(fields)));
  }

  function show(recipe: Recipe) {
    shown = recipe;
    frame?.remove();
    // The frame shows the vault's masked state itself and follows its changes.
    frame = mountFillFrame(ctx, recipe.id, {
      fill: (entry) => void fill(recipe, entry),
      close() {
        closed = true;
        frame?.remove();
        frame = undefined;
      },
    });
  }

  const observer = new MutationObserver(evaluate);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  evaluate();
}
