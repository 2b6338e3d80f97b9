// The engine on the Upstack dashboard. With a provider's key held, it guides the merchant
// through Upstack's documented wizard to that provider's destination form (lib/recipes/upstack.ts:
// planned as a provider recipe is, the platform prefilled, the ring on what to press), then to
// the form's own save button. It finds which provider's destination form the page shows, shows
// the Fill frame for it (lib/engine/fill-frame.ts), and fills the form's fields from the vault when
// the frame reports the merchant's own Fill and the click-time guard holds. It never submits
// the form, and never moves focus into it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { accessibleName, find, findWithin, nameIndex } from '../dom/anchor';
import { type Destination, findDestination as findDestinationIn, formOf } from '../dom/destination';
import { isSelected, setValue } from '../dom/fill';
import { messages } from '../protocol/client';
import type { NoteCode, StepState } from '../protocol/fill-frame';
import type { VaultChanged } from '../protocol/messages';
import { recipes } from '../recipes';
import type { Recipe, Step } from '../recipes/schema';
import { upstackSteps } from '../recipes/upstack';
import { watchHealth } from './destination-health';
import { type FillFrame, mountFillFrame } from './fill-frame';
import { dialogControls, keepClear, submitButtons } from './keep-clear';
import { currentStep, FALLBACK_AFTER_MS, type Facts, resolve } from './plan';
import { createPrefiller } from './prefill';

/** How often a prefill still under way is looked at again. */
const PREFILL_EVERY_MS = 100;

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
  /** The provider whose key the vault holds (the latest captured): the one the guide leads to. */
  let held: Recipe | undefined;
  /** The recipe step where the held key's guide started: the journey's count (journey.ts). */
  let from = 0;

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
    evaluate(); // the guide's next step: the form's own save button
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
    watchHealth(ctx, recipe, (health) => frame?.note(health));
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

  /** The provider whose key is held now, asked of the background (masked states only). */
  async function refreshHeld() {
    const answer = await messages.held();
    held = answer ? recipes.find((r) => r.id === answer.provider) : undefined;
    // Once filled no key is held: the journey keeps its count to its last step.
    if (answer) from = answer.from ?? 0;
    evaluate();
  }

  /** The form's save control: its submit button, else a button named for saving. */
  function saveButtons(fields: Element[]): Element[] {
    const submits = submitButtons(fields);
    const region = fields[0]?.closest('form, [role=dialog], dialog, main');
    if (submits.length || !region) return submits;
    return [...region.querySelectorAll(SAVE_BUTTON)].filter((b) =>
      SAVE_NAME.test(accessibleName(b)),
    );
  }

  function show(recipe: Recipe) {
    shown = recipe;
    frame?.remove();
    lastStep = '';
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

  function evaluate() {
    if (closed) return;
    const destination = findDestination();
    const recipe = destination?.recipe ?? held;
    if (recipe && recipe !== shown) show(recipe);
    if (!frame || !shown) return;
    const form = destination?.recipe === shown ? destination : undefined;
    const guiding = held === shown || filled?.recipe === shown;
    const target = guiding ? guide(frame, shown, form) : undefined;
    // The guide over (saved, or the key gone): no ring left behind.
    if (!guiding) frame.point(undefined);
    // The frame sits beside what the step points at, and keeps the key fields and the save
    // button in view; before the form, every control of the step's dialog (the picker).
    const fields = form ? [...form.fields.values()] : [];
    frame.place(target, keepClear(fields, saveButtons(fields), !form && dialogControls(target)));
  }

  const prefiller = createPrefiller();
  /** The step last sent to the frame, and since when the page has shown it. */
  let lastStep = '';
  let stepKey = '';
  let stepSince = 0;

  /** The guide's step on this page: planned, prefilled, pointed at and told to the frame.
   * Returns what it points at. */
  function guide(
    frame: FillFrame,
    recipe: Recipe,
    destination: Destination | undefined,
  ): Element | undefined {
    const values = { platform: recipe.upstack.heading[0] ?? recipe.name };
    const wasFilled = filled?.recipe === recipe && filled.fields.every((f) => f.isConnected);
    /** A field the merchant types, still empty, once the key is in: where the ring goes. */
    const typing = destination && wasFilled ? emptyTyped(recipe, destination) : undefined;
    /** Then the control the merchant must tick, while it is off. */
    const enabling =
      destination && wasFilled && !typing ? offSwitch(recipe, destination) : undefined;
    const facts: Facts = destination
      ? {
          form: typing ? 'typing' : enabling ? 'enabling' : wasFilled ? 'filled' : 'shown',
        }
      : {};
    const guide = upstackSteps(recipe);
    const index = currentStep(guide, location.href, (a) => !!find(resolve(a, values)), facts);
    const step = guide.steps[index] as Step;
    if (`${index}|${location.href}` !== stepKey) {
      stepKey = `${index}|${location.href}`;
      stepSince = Date.now();
    }
    const prefills = prefiller.step((step.prefill ?? []).map((p) => resolve(p, values)));
    if (prefills.some((p) => p.state === 'pending')) later(PREFILL_EVERY_MS);
    // The ring goes where the merchant must act: a choice the page would not take, else the step's.
    const asking = prefills.find((p) => p.state === 'failed')?.control;
    const target =
      asking ??
      (step.when?.form === 'typing'
        ? typing?.el
        : step.when?.form === 'enabling'
          ? enabling
          : targetOf(step, values, destination));
    const missing = (!!step.target && !target) || prefills.some((p) => p.state === 'missing');
    const waited = Date.now() - stepSince;
    if (missing && waited < FALLBACK_AFTER_MS) later(FALLBACK_AFTER_MS - waited + 50);
    const state: StepState =
      missing && waited >= FALLBACK_AFTER_MS ? 'fallback' : asking ? 'ask' : 'ok';
    // For the typing step, which of the recipe's typed fields it points at.
    const name =
      step.when?.form === 'typing'
        ? (typing?.index ?? -1)
        : target && step.target?.name
          ? nameIndex(step.target.name, target)
          : -1;
    const sent = JSON.stringify([step.id, state, name, from]);
    if (sent !== lastStep) {
      lastStep = sent;
      frame.step(step.id, state, name, from);
    }
    const pointed = state === 'fallback' ? undefined : target;
    frame.point(pointed);
    return pointed;
  }

  /** The first field the merchant types (recipe `upstack.typed`) left empty in the form. */
  function emptyTyped(recipe: Recipe, destination: Destination) {
    const region = formOf(destination);
    if (!region) return undefined;
    for (const [index, field] of (recipe.upstack.typed ?? []).entries()) {
      const el = findWithin({ role: 'textbox', name: field.upstackLabels }, region);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
        if (!el.value.trim()) return { index, el };
    }
    return undefined;
  }

  /** The control the merchant must tick (recipe `upstack.enable`), found in the form and off
   * by its own state; none when the recipe has none, or it is on (or not found: the save step's
   * fallback then stands, rather than a ring on nothing). */
  function offSwitch(recipe: Recipe, destination: Destination) {
    const region = formOf(destination);
    const anchor = recipe.upstack.enable?.field;
    if (!region || !anchor) return undefined;
    const el = findWithin(anchor, region);
    return el && !isSelected(el) ? el : undefined;
  }

  /** The step's target: inside the destination's form for a form step; the key field when such
   * a step names none. */
  function targetOf(step: Step, values: Record<string, string>, destination?: Destination) {
    const form = step.when?.form && destination;
    if (!step.target) return form ? destination.fields.values().next().value : undefined;
    const anchor = resolve(step.target, values);
    if (!form) return find(anchor);
    const region = formOf(destination);
    return region ? findWithin(anchor, region) : undefined;
  }

  /** One timer for the next look the guide asked for: the earliest wins. */
  let timer = 0;
  let due = Number.POSITIVE_INFINITY;
  function later(ms: number) {
    const at = Date.now() + ms;
    if (timer && due <= at) return;
    clearTimeout(timer);
    due = at;
    timer = ctx.setTimeout(() => {
      timer = 0;
      due = Number.POSITIVE_INFINITY;
      evaluate();
    }, ms);
  }

  /** At most one evaluation a frame, however busy the page. */
  let queued = 0;
  const observer = new MutationObserver(() => {
    queued ||= requestAnimationFrame(() => {
      queued = 0;
      evaluate();
    });
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // What the merchant types changes no node: a field they type (recipe `upstack.typed`) may be
  // the step's, so a trusted input is looked at too (once a frame).
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      if (!event.isTrusted) return;
      queued ||= requestAnimationFrame(() => {
        queued = 0;
        evaluate();
      });
    },
    { capture: true },
  );
  ctx.onInvalidated(() => {
    observer.disconnect();
    cancelAnimationFrame(queued);
  });
  // The background tells every tab when a vault entry changes (never the value): the guide
  // follows, and so does the frame (to which Firefox does not deliver the notice itself).
  const onNotice = (message: unknown) => {
    if ((message as Partial<VaultChanged> | null)?.type !== 'vault-changed') return;
    frame?.vaultChanged();
    void refreshHeld();
  };
  browser.runtime.onMessage.addListener(onNotice);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNotice));
  // A key captured in another tab while this one waited: the merchant comes back to it.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshHeld();
  });
  evaluate();
  await refreshHeld();
}
