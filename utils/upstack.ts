// The engine on the Upstack dashboard: find which provider's destination form this is, and
// fill its fields from the vault on the merchant's own click. It never submits the form.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelView } from '../components/Panel';
import { accessibleName, find, findAll, normalize } from '../lib/dom/anchor';
import { isTextField, setValue } from '../lib/dom/fill';
import type { VaultStatus } from '../lib/messages';
import { linkFor } from '../lib/plan';
import type { Recipe } from '../lib/recipe';
import { recipes } from '../lib/recipes';
import { checkText, t } from './i18n';
import { messages } from './messaging';
import { mountOverlay, type OverlayHandle } from './overlay';
import { rememberedOrigin } from './preferences';

interface Destination {
  recipe: Recipe;
  fields: Map<string, HTMLInputElement | HTMLTextAreaElement>;
}

/** The provider named by the page's headings, with every form field its secret needs. */
export function findDestination(doc: Document = document): Destination | undefined {
  const headings = findAll({ css: 'h1, h2, [role=heading]' }, doc).map((h) =>
    normalize(h.textContent),
  );
  for (const recipe of recipes) {
    const words = recipe.upstack.heading.map(normalize);
    if (!headings.some((h) => words.some((w) => new RegExp(`\\b${w}\\b`).test(h)))) continue;
    const fields = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
    for (const field of recipe.capture.fields) {
      const el = find({ role: 'textbox', name: field.upstackLabels }, doc);
      if (el && isTextField(el)) fields.set(field.id, el);
    }
    if (fields.size === recipe.capture.fields.length) return { recipe, fields };
  }
  return undefined;
}

type FillState = VaultStatus | { state: 'error'; reason: string } | { state: 'done' };

/** The form's own save control: a submit button, or a button named for saving. */
const SAVE_BUTTON = 'button, input[type=submit], [role=button]';
const SAVE_NAME = /^(save|connect|create|add|update|submit)\b/;

function view(
  recipe: Recipe,
  state: FillState,
  fill: PanelView['action'],
  apiKeysLink: string,
): PanelView {
  const name = recipe.name;
  const base = { provider: name, step: undefined };
  switch (state.state) {
    case 'captured':
      return {
        ...base,
        status: { text: t('readyToFill', name), tone: 'info' },
        captured: {
          masked: Object.values(state.masked),
          expiresAt: state.expiresAt,
          check: state.check && checkText(state.check, recipe),
        },
        action: fill,
      };
    case 'filled':
      return {
        ...base,
        status: { text: t('filledCheckForm', name), tone: 'ok' },
      };
    case 'done':
      return { ...base, status: { text: t('endDone', name), tone: 'ok' } };
    case 'error':
      return { ...base, status: { text: state.reason, tone: 'error' } };
    default:
      return {
        ...base,
        status: {
          text: t(state.state === 'expired' ? 'expiredShort' : 'noKeyYet', name),
          tone: 'info',
        },
        link: { href: apiKeysLink, text: t('openApiKeys', name) },
      };
  }
}

export async function runUpstackAssist(ctx: ContentScriptContext) {
  let overlay: OverlayHandle | undefined;
  let shown: Recipe | undefined;
  let state: FillState = { state: 'empty' };

  async function fill(event: MouseEvent) {
    if (!event.isTrusted || !shown) return;
    const recipe = shown;
    const destination = findDestination();
    if (destination?.recipe !== recipe) {
      return render(recipe, {
        state: 'error',
        reason: t('formGone', recipe.name),
      });
    }
    // Bound to the entry the panel showed: a key replaced meanwhile is not filled unseen.
    const entry = state.state === 'captured' ? state.entry : '';
    const revealed = await messages.reveal(recipe.id, entry);
    if (!revealed.ok) return render(recipe, { state: 'error', reason: revealed.reason });
    for (const [id, el] of destination.fields) setValue(el, revealed.secret[id] ?? '');
    filled = { recipe, fields: [...destination.fields.values()] };
    render(recipe, await messages.filled(recipe.id));
    overlay?.focus(); // the Fill button is gone: keep keyboard focus in the panel
  }

  /** The fields just filled: the merchant's save of their form ends the guide. */
  let filled: { recipe: Recipe; fields: Element[] } | undefined;
  function saved(region: Element | null) {
    if (!filled || !region || !filled.fields.some((field) => region.contains(field))) return;
    const { recipe } = filled;
    filled = undefined;
    void messages.done(recipe.id);
    render(recipe, { state: 'done' });
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

  let apiKeysLink = '';
  function render(recipe: Recipe, next: FillState) {
    state = next;
    overlay?.show(
      view(recipe, state, { label: t('fillApiKey'), onClick: (e) => void fill(e) }, apiKeysLink),
    );
  }

  async function evaluate() {
    const destination = findDestination();
    if (!destination || destination.recipe === shown) return;
    shown = destination.recipe;
    apiKeysLink = linkFor(shown, shown.links.apiKeys, await rememberedOrigin(shown.id));
    overlay ??= mountOverlay(ctx, () => overlay?.setHidden(true));
    render(shown, await messages.status(shown.id));
    // The merchant came here to fill the key: put the Fill button within one Tab.
    if (state.state === 'captured') overlay.focus();
  }

  const observer = new MutationObserver(() => void evaluate());
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(document, 'visibilitychange', async () => {
    if (shown && document.visibilityState === 'visible') {
      render(shown, await messages.status(shown.id));
    }
  });
  await evaluate();
}
