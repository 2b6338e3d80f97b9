// The engine on a provider page: observe the page, plan the step (lib/plan.ts), apply it
// (prefill, point at the target, capture the secret) and show it in the overlay.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelView } from '../components/Panel';
import { find, findAll } from '../lib/dom/anchor';
import { choose, isTextField, setValue } from '../lib/dom/fill';
import type { VaultChanged, VaultStatus, VerifyResponse } from '../lib/messages';
import { generatePassword } from '../lib/password';
import { fillPlaceholders, holds, linkFor, type Plan, plan, resolve } from '../lib/plan';
import type { Prefill, Recipe } from '../lib/recipe';
import { mask } from '../lib/secret';
import { copySources, type Reading, readSecret } from './capture';
import { watchGuideClosed } from './guide-closed';
import { checkText, t } from './i18n';
import { messages } from './messaging';
import { mountOverlay } from './overlay';

/** How long a step's anchors may be missing before the plain instructions panel shows. */
export const FALLBACK_AFTER_MS = 4000;
const EVALUATE_EVERY_MS = 100;
/** How long a submitted credential waits for the page to show it was saved. */
const SUBMIT_ACCEPT_MS = 15_000;

type CaptureState = VaultStatus | { state: 'refused'; reason: string };

function applyPrefill(prefill: Prefill, el: Element) {
  if (prefill.kind === 'choose') choose(el);
  else if (isTextField(el) && !el.value && prefill.value) setValue(el, prefill.value);
}

function targetsOf(prefill: Prefill): Element[] {
  if (prefill.kind === 'choose' && prefill.all) return findAll(prefill.field);
  const el = find(prefill.field);
  return el ? [el] : [];
}

/** What the merchant must type themselves: text prefills with no value to give. */
function asks(prefills: Prefill[]): string[] {
  return prefills.flatMap((p) => (p.kind === 'text' && !p.value && p.ask ? [p.ask] : []));
}

export async function runGuide(ctx: ContentScriptContext, recipe: Recipe) {
  // The background knows the settings, whether the guide was closed, and the vault.
  const start = await messages.guide(recipe.id);
  if (!start) return;
  const { settings } = start;
  const values = {
    keyName: settings.keyName,
    contactEmail: settings.contactEmail,
    accessType: settings.optimoveAccessType,
    // Generated once per page: a fresh password each time the form is shown.
    password: generatePassword([settings.keyName]),
  };
  const overlay = mountOverlay(ctx, () => void messages.close(recipe.id));
  if (start.closed) overlay.setHidden(true);
  ctx.onInvalidated(watchGuideClosed(recipe.id, (closed) => overlay.setHidden(closed)));

  const prefilled = new WeakSet<Element>();
  let current: Plan | undefined;
  /** The URL `current` was planned for. */
  let evaluatedAt = '';
  let stepKey = '';
  let stepSince = 0;
  let capture: CaptureState = start.status;
  let lastSent = '';
  let expiryTimer: number | undefined;

  function statusView(): Pick<PanelView, 'status' | 'captured'> {
    const name = recipe.name;
    switch (capture.state) {
      case 'captured':
        return {
          status: { text: t('keyCaptured', name), tone: 'ok' },
          captured: {
            masked: Object.values(capture.masked),
            expiresAt: capture.expiresAt,
            check: capture.check && checkText(capture.check),
            next: { href: recipe.upstack.formUrl, text: t('openUpstack', name) },
          },
        };
      case 'refused':
        return { status: { text: t('keyNotAccepted', name, capture.reason), tone: 'error' } };
      case 'expired':
        return { status: { text: t('keyExpired', name), tone: 'info' } };
      case 'filled':
        return { status: { text: t('keyFilled', name), tone: 'ok' } };
      default:
        return { status: { text: '', tone: 'info' } };
    }
  }

  function setCapture(next: CaptureState) {
    capture = next;
    if (expiryTimer) clearTimeout(expiryTimer);
    if (next.state === 'captured') {
      expiryTimer = ctx.setTimeout(
        () => void refreshStatus(),
        Math.max(0, next.expiresAt - Date.now()) + 250,
      );
    }
  }

  /** Captures sent so far: an answer about an older one must not overwrite a newer one's. */
  let sends = 0;

  async function refreshStatus() {
    const asked = sends;
    const status = await messages.status(recipe.id);
    if (asked !== sends) return; // a capture since then answers for itself
    setCapture(status);
    evaluate();
  }

  function refuse(reason: string) {
    if (capture.state !== 'captured') setCapture({ state: 'refused', reason });
    evaluate();
  }

  /**
   * The background keeps the secret if the provider's zod schema accepts it, or says why not.
   * A value of the recipe's shape (`valid`) shows as captured at once, in the frame it appeared
   * in; the background's answer follows within milliseconds and replaces it, or refuses it.
   */
  async function send({ secret, valid }: NonNullable<Reading>) {
    const fingerprint = JSON.stringify(secret);
    if (fingerprint === lastSent) return;
    lastSent = fingerprint;
    const mine = ++sends;
    if (valid) {
      const masked = Object.fromEntries(Object.entries(secret).map(([id, v]) => [id, mask(v)]));
      setCapture({ state: 'captured', masked, expiresAt: Date.now() + settings.ttlMinutes * 60e3 });
      evaluate();
    }
    const response = await messages.capture(recipe.id, secret).catch(() => ({
      ok: false as const,
      reason: `The ${recipe.name} key could not be kept in the browser's memory, so nothing was stored. Reload the page and create a new key.`,
    }));
    if (mine !== sends) return; // a newer key was sent meanwhile
    if (!response.ok) {
      if (!valid) return refuse(response.reason);
      // What showed as captured was not kept: say why instead.
      setCapture({ state: 'refused', reason: response.reason });
      return evaluate();
    }
    setCapture(response.status);
    evaluate();
    // The next move is in the panel (open the Upstack form): take keyboard users there.
    overlay.focus();
  }

  async function tryCapture(extra?: string[]) {
    const reading = readSecret(recipe, extra);
    if (reading) await send(reading);
  }

  /**
   * A credential read on submit, waiting for the page to accept it; only ever in memory here.
   * `verified`: the background's check of it, which does not keep it.
   */
  let pending:
    | { reading: NonNullable<Reading>; since: number; verified: Promise<VerifyResponse> }
    | undefined;

  function onSubmit() {
    const reading = readSecret(recipe);
    if (!reading) return;
    const { secret } = reading;
    const verified = messages.verify(recipe.id, secret).catch(() => ({ ok: true }) as const);
    const submitted = { reading, since: Date.now(), verified };
    pending = submitted;
    ctx.setTimeout(evaluateSoon, SUBMIT_ACCEPT_MS);
    // A refusal from the background ends the wait at once.
    void verified.then((answer) => {
      if (answer.ok || pending !== submitted) return;
      pending = undefined;
      refuse(answer.reason);
    });
  }

  function settlePending() {
    const submit = recipe.capture.submit;
    if (!pending || !submit) return;
    const { reading, since, verified } = pending;
    if (holds(resolve(submit.accepted, reading.secret), location.href, (a) => !!find(a))) {
      pending = undefined;
      void send(reading);
    } else if ((submit.refused && find(submit.refused)) || Date.now() - since >= SUBMIT_ACCEPT_MS) {
      pending = undefined;
      // The page refused it too: the background's reason, where it has one, says more.
      void verified.then((answer) =>
        refuse(
          answer.ok
            ? `${recipe.name} did not save it, so nothing was kept. Fix the form and save again.`
            : answer.reason,
        ),
      );
    }
  }

  /** Renders the panel only when what it shows changed (evaluations run up to ten a second). */
  let shown: { view: string; target?: Element } | undefined;
  function show(view: PanelView, target?: Element) {
    const next = { view: JSON.stringify(view), target };
    // The same view: no render, but the target may have moved with the page's change.
    if (shown?.view === next.view && shown.target === next.target) return overlay.place();
    shown = next;
    overlay.show(view, target);
  }

  function evaluate() {
    // Every evaluation sees the page's changes again, whoever called it (see the observer).
    watchPage();
    settlePending();
    const href = location.href;
    evaluatedAt = href;
    current = plan(recipe, href, (anchor) => !!find(anchor), values);
    const { index, step } = current;
    if (`${index}|${href}` !== stepKey) {
      // A refusal belongs to the page that showed the value.
      if (capture.state === 'refused' && !stepKey.endsWith(`|${href}`)) {
        capture = { state: 'empty' };
        lastSent = '';
      }
      if (!stepKey.startsWith(`${index}|`))
        void messages.progress(recipe.id, index, recipe.steps.length);
      stepKey = `${index}|${href}`;
      stepSince = Date.now();
    }
    const fields = current.prefill.map((prefill) => ({ prefill, els: targetsOf(prefill) }));
    for (const { prefill, els } of fields) {
      for (const el of els.filter((e) => !prefilled.has(e))) {
        prefilled.add(el);
        applyPrefill(prefill, el);
      }
    }
    const target = step.target && find(step.target);
    const missing = (step.target && !target) || fields.some((f) => f.els.length === 0);
    const waited = Date.now() - stepSince;
    if (missing && waited < FALLBACK_AFTER_MS)
      ctx.setTimeout(evaluateSoon, FALLBACK_AFTER_MS - waited);
    const fallback = missing && waited >= FALLBACK_AFTER_MS;
    const link = linkFor(recipe, step.link ?? recipe.links.apiKeys, location.origin);
    show(
      {
        provider: recipe.name,
        step: {
          index,
          count: recipe.steps.length,
          title: step.title,
          detail: [step.detail && fillPlaceholders(step.detail, values), ...asks(current.prefill)]
            .filter(Boolean)
            .join(' '),
        },
        fallback: fallback
          ? {
              text: t('fallbackText', recipe.name),
              link,
              linkText: t(link === recipe.links.signIn ? 'openSignIn' : 'openApiKeys', recipe.name),
            }
          : undefined,
        ...statusView(),
      },
      fallback ? undefined : target,
    );
    // The secret may have appeared while the page was not watched: in the very change that made
    // this a page to watch, or on a route the last evaluation had not seen yet.
    if (current.watchCapture) void tryCapture();
  }

  let scheduled: number | undefined;
  let lastRun = 0;
  // A plain timer: ctx.setTimeout would add an invalidation listener at every call.
  ctx.onInvalidated(() => clearTimeout(scheduled));
  function evaluateSoon() {
    if (scheduled !== undefined) return;
    scheduled = window.setTimeout(
      // Then at the start of the next frame: the style and layout that reading the page needs
      // are the ones the browser computes for that frame anyway. Read from a plain task, they
      // are computed for nothing whenever the page changes again before the frame. (A hidden
      // tab has no frames: its guide catches up when it is shown.)
      () =>
        requestAnimationFrame(() => {
          scheduled = undefined;
          if (ctx.isInvalid) return;
          lastRun = Date.now();
          evaluate();
        }),
      Math.max(0, lastRun + EVALUATE_EVERY_MS - Date.now()),
    );
  }

  const observer = new MutationObserver(() => {
    // The secret is read in the same task it appears in, and so is the page's acceptance of a
    // submitted credential (e.g. the saved user listed); the rest can wait a frame or a few.
    // On a route the last evaluation did not see, the page is not known to be one to watch.
    const watching = current?.watchCapture && evaluatedAt === location.href;
    const urgent = watching || pending;
    if (watching) void tryCapture();
    if (pending) settlePending();
    // Until then the page's further mutations change nothing the evaluation will not see
    // itself: stop collecting them (a busy app makes thousands a second).
    if (!urgent) observer.disconnect();
    evaluateSoon();
  });
  const watchPage = () =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  watchPage();
  ctx.onInvalidated(() => observer.disconnect());
  // Route changes: the Navigation API's own event where there is one (WXT's location watcher
  // parses two URLs and dispatches an event of its own at every one), else WXT's polling.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigate', evaluateSoon, { signal: ctx.signal });
  else ctx.addEventListener(window, 'wxt:locationchange', evaluateSoon);
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!(event.target instanceof Node)) return;
      const { copy, submit } = recipe.capture;
      const copyButton = copy && find(copy);
      if (copyButton?.contains(event.target)) void tryCapture(copySources(copyButton));
      if (submit && find(submit.button)?.contains(event.target)) onSubmit();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'submit',
    (event) => {
      const button = recipe.capture.submit && find(recipe.capture.submit.button);
      if (button && event.target instanceof Node && event.target.contains(button)) onSubmit();
    },
    { capture: true },
  );
  // The background tells this tab when its key changed elsewhere (checked, filled, forgotten).
  const onVaultChanged = async (message: unknown) => {
    // Only this extension can message a content script; the one field read is compared.
    const notice = message as Partial<VaultChanged> | undefined;
    if (notice?.type !== 'vault-changed' || notice.provider !== recipe.id) return;
    await refreshStatus();
  };
  browser.runtime.onMessage.addListener(onVaultChanged);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onVaultChanged));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible')
      void onVaultChanged({ type: 'vault-changed', provider: recipe.id });
  });
  evaluate();
}
