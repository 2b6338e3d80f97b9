// The engine on a provider page: observe the page, plan the step (lib/plan.ts), apply it
// (prefill, point at the target, capture the secret) and show it in the overlay.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelView } from '../components/Panel';
import { find } from '../lib/dom/anchor';
import { choose, isTextField, setValue } from '../lib/dom/fill';
import type { VaultStatus } from '../lib/messages';
import { fillPlaceholders, type Plan, plan } from '../lib/plan';
import type { Prefill, Recipe } from '../lib/recipe';
import { copySources, readSecret } from './capture';
import { messages } from './messaging';
import { mountOverlay } from './overlay';
import { isGuideClosed, loadSettings, setGuideClosed, watchGuideClosed } from './preferences';

/** How long a step's anchors may be missing before the plain instructions panel shows. */
export const FALLBACK_AFTER_MS = 4000;
const EVALUATE_EVERY_MS = 100;

type CaptureState = VaultStatus | { state: 'refused'; reason: string };

function applyPrefill(prefill: Prefill, el: Element) {
  if (prefill.kind === 'choose') choose(el);
  else if (isTextField(el) && !el.value) setValue(el, prefill.value);
}

export async function runGuide(ctx: ContentScriptContext, recipe: Recipe) {
  const settings = await loadSettings();
  const values = { keyName: settings.keyName };
  const overlay = await mountOverlay(ctx, () => void setGuideClosed(recipe.id, true));
  overlay.setHidden(await isGuideClosed(recipe.id));
  ctx.onInvalidated(watchGuideClosed(recipe.id, (closed) => overlay.setHidden(closed)));

  const prefilled = new WeakSet<Element>();
  let current: Plan | undefined;
  let stepKey = '';
  let stepSince = 0;
  let capture: CaptureState = await messages.status(recipe.id);
  let lastSent = '';
  let expiryTimer: number | undefined;

  function statusView(): Pick<PanelView, 'status' | 'captured'> {
    const name = recipe.name;
    switch (capture.state) {
      case 'captured':
        return {
          status: { text: `${name} key captured`, tone: 'ok' },
          captured: {
            masked: Object.values(capture.masked),
            expiresAt: capture.expiresAt,
            next: { href: recipe.upstack.formUrl, text: `Open Upstack ${name} destination` },
          },
        };
      case 'refused':
        return { status: { text: `${name} key not accepted. ${capture.reason}`, tone: 'error' } };
      case 'expired':
        return {
          status: {
            text: `The ${name} key was forgotten when its time limit passed. Create a new key to continue.`,
            tone: 'info',
          },
        };
      case 'filled':
        return { status: { text: `${name} key filled in Upstack and forgotten.`, tone: 'ok' } };
      default:
        return { status: { text: '', tone: 'info' } };
    }
  }

  function setCapture(next: CaptureState) {
    capture = next;
    if (expiryTimer) clearTimeout(expiryTimer);
    if (next.state === 'captured') {
      expiryTimer = ctx.setTimeout(
        async () => {
          setCapture(await messages.status(recipe.id));
          evaluate();
        },
        Math.max(0, next.expiresAt - Date.now()) + 250,
      );
    }
  }

  async function tryCapture(extra?: string[]) {
    const reading = readSecret(recipe, extra);
    if (!reading) return;
    if ('reason' in reading) {
      if (capture.state !== 'captured') setCapture({ state: 'refused', reason: reading.reason });
      return evaluate();
    }
    const fingerprint = JSON.stringify(reading.secret);
    if (fingerprint === lastSent) return;
    lastSent = fingerprint;
    const response = await messages.capture(recipe.id, reading.secret);
    setCapture(response.ok ? response.status : { state: 'refused', reason: response.reason });
    evaluate();
  }

  function evaluate() {
    const href = location.href;
    current = plan(recipe, href, (anchor) => !!find(anchor), values);
    const { index, step } = current;
    if (`${index}|${href}` !== stepKey) {
      stepKey = `${index}|${href}`;
      stepSince = Date.now();
    }
    const fields = current.prefill.map((prefill) => ({ prefill, el: find(prefill.field) }));
    for (const { prefill, el } of fields) {
      if (el && !prefilled.has(el)) {
        prefilled.add(el);
        applyPrefill(prefill, el);
      }
    }
    const target = step.target && find(step.target);
    const missing = (step.target && !target) || fields.some((f) => !f.el);
    const waited = Date.now() - stepSince;
    if (missing && waited < FALLBACK_AFTER_MS)
      ctx.setTimeout(evaluateSoon, FALLBACK_AFTER_MS - waited);
    const fallback = missing && waited >= FALLBACK_AFTER_MS;
    const link = step.link ?? recipe.links.apiKeys;
    overlay.show(
      {
        provider: recipe.name,
        step: {
          index,
          count: recipe.steps.length,
          title: step.title,
          detail: step.detail && fillPlaceholders(step.detail, values),
        },
        fallback: fallback
          ? {
              text: `We could not find this on the page. Open the ${recipe.name} page below and follow the step there.`,
              link,
              linkText:
                link === recipe.links.signIn
                  ? `Open ${recipe.name} sign-in`
                  : `Open ${recipe.name} API keys page`,
            }
          : undefined,
        ...statusView(),
      },
      fallback ? undefined : target,
    );
  }

  let scheduled: number | undefined;
  let lastRun = 0;
  function evaluateSoon() {
    if (scheduled !== undefined) return;
    scheduled = ctx.setTimeout(
      () => {
        scheduled = undefined;
        lastRun = Date.now();
        evaluate();
      },
      Math.max(0, lastRun + EVALUATE_EVERY_MS - Date.now()),
    );
  }

  const observer = new MutationObserver(() => {
    // The secret is read in the same task it appears in; the rest can wait for the next frame or two.
    if (current?.watchCapture) void tryCapture();
    evaluateSoon();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', evaluateSoon);
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const copy = recipe.capture.copy && find(recipe.capture.copy);
      if (copy && event.target instanceof Node && copy.contains(event.target)) {
        void tryCapture(copySources(copy));
      }
    },
    { capture: true },
  );
  evaluate();
  if (current?.watchCapture) void tryCapture();
}
