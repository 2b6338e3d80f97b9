// The engine on a provider page, loaded by lib/engine/loader.ts only when wanted. As an offer (an
// API-keys page, no guide yet) it shows one compact question and listens for the merchant's
// create click, nothing more. As a guide it plans the step (lib/engine/plan.ts), prefills it
// (prefill.ts), captures the secret once the merchant's click arms it (capture.ts, or submit.ts
// for a credential read from its form), and shows it all in the overlay (guide-view.ts).
// Scheduling is schedule.ts. When the guide ends, its panel says why and what next, then goes.
import { browser } from 'wxt/browser';
import { find } from '../dom/anchor';
import { guideInterest, mayMatter } from '../dom/changes';
import { containsAcross, withShadowRoots } from '../dom/deep';
import { decide } from '../key/scan';
import { maskFields } from '../key/shape';
import { messages } from '../protocol/client';
import type {
  CaptureResponse,
  EndReason,
  GuideEnded,
  VaultChanged,
  VerifyResponse,
} from '../protocol/messages';
import { urlFields } from '../recipes/optional';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import { mountOverlay } from '../ui/overlay';
import { createCapture, type Finding } from './capture';
import {
  type Answers,
  type CaptureState,
  endView,
  fallbackView,
  offerView,
  statusView,
  stepView,
} from './guide-view';
import { keepClear, regionControls, submitButtons } from './keep-clear';
import { forPage } from './labels';
import type { Lifetime } from './lifetime';
import { checklist, FALLBACK_AFTER_MS, holds, linkFor, type Plan, pathStart, plan } from './plan';
import { createPrefiller } from './prefill';
import { createScheduler, type Scheduler } from './schedule';
import { type Reading, readForm, submitOutcome } from './submit';
import { createWatch } from './watch';

export { FALLBACK_AFTER_MS } from './plan';

/** How long a submitted credential waits for the page to show it was saved. */
const SUBMIT_ACCEPT_MS = 15_000;
/** How often a key page is looked at for a key already shown (the explicit "use it" offer). */
const OFFER_EVERY_MS = 1000;
/** How long the panel shows how the guide ended (and what next) before it goes. */
export const ENDED_MS = 15_000;

/** `offer`: the API-keys page, no guide yet; `watch`: the offer declined, only the merchant's
 * own create click is listened for (lib/engine/watch.ts). */
export type Mode = 'guide' | 'offer' | 'watch';
/** Runs the engine until it calls `stop` (`closed`: the merchant declined: no more offers). */
export type Engine = (
  ctx: Lifetime,
  recipe: Recipe,
  mode: Mode,
  stop: (closed: boolean) => void,
) => Promise<void>;

/** The element an event really happened on, and the path to it across shadow roots. */
const pathOf = (event: Event) => event.composedPath().filter((n) => n instanceof Element);

export const runGuide: Engine = async (ctx, given, startMode, stop) => {
  const recipe = forPage(given); // the dashboard's own words, in its language first
  // The background knows the settings and the vault.
  const start = await messages.guide(recipe.id);
  if (!start || ctx.isInvalid) return stop(false);
  let mode: Mode | EndReason = startMode;
  const { settings } = start;
  const values = {
    keyName: settings.keyName,
    contactEmail: settings.contactEmail,
    accessType: settings.optimoveAccessType,
    // Made by the background for this page: a fresh password each time the form is shown.
    password: start.password,
  };
  const overlay = mountOverlay(ctx, recipe.id, () => {
    // Closing how it ended: gone at once. Closing the offer or the guide ends it everywhere.
    if (mode === 'guide' || mode === 'offer') void messages.close(recipe.id);
    else if (mode === 'watch') overlay.setHidden(true);
    else stop(mode === 'closed');
  });

  if (mode === 'watch') overlay.setHidden(true);
  const watch = createWatch(recipe, overlay, (value) => void send(single(value)));
  const prefiller = createPrefiller();
  const capture = createCapture(ctx, recipe, onVerdict);
  // Only a guide watches the page. A submitted credential is accepted in the task the page
  // shows it saved.
  let watching: Scheduler | undefined;
  const schedule = () =>
    (watching ??= createScheduler(
      ctx,
      evaluate,
      (records) => mayMatter(records, interest),
      () => {
        settlePending();
        return !!pending;
      },
    ));
  /** What the guide looks for, so that changes that cannot matter cost it nothing. */
  let tracked: Element[] = [];
  const interest = guideInterest(
    recipe,
    () => !!current?.keyPage,
    () => tracked,
    // A list that shows a key of this name changes the step's words.
    recipe.existing ? [settings.keyName] : [],
  );

  /** The offer accepted, the key created by hand, or started again: this tab runs the guide. */
  function begin() {
    if (mode === 'guide') return;
    mode = 'guide';
    from = undefined; // a new path: numbered from this page's step
    // An earlier guide's fill is not this one's (the background forgets its record too).
    if (state.state === 'filled') setState({ state: 'empty' });
    void messages.start(recipe.id);
    evaluate();
  }

  let endings = 0;
  /** The guide ended (in this tab or another): say why and what next, then go. */
  function ended(reason: EndReason) {
    if (mode === 'watch') return; // no guide to end: the key page keeps listening
    if (mode !== 'guide') return stop(reason === 'closed');
    mode = reason;
    watching?.stop();
    watching = undefined;
    capture.disarm();
    pending = undefined;
    stepKey = '';
    lastSent = '';
    state = { state: 'empty' };
    overlay.render(endView(recipe, reason, settings.keyName, anew));
    const ending = ++endings;
    ctx.setTimeout(
      () => ending === endings && mode === reason && stop(reason === 'closed'),
      ENDED_MS,
    );
  }

  /** The offer accepted: the guide runs here, from this page's step. */
  const accept = (event: MouseEvent) => {
    if (event.isTrusted) begin();
  };
  /** A new key after one was lost: the guide starts again from the API-keys page. */
  const anew = async (event: MouseEvent) => {
    if (!event.isTrusted) return;
    await messages.start(recipe.id);
    location.assign(linkFor(recipe, recipe.links.apiKeys, location.origin));
  };
  let current: Plan | undefined;
  /** The recipe step where the merchant's path started (kept by the background across pages). */
  let from: number | undefined = start.from;
  let stepKey = '';
  let stepSince = 0;
  let state: CaptureState = start.status;
  let lastSent = '';
  let expiryTimer: number | undefined;
  /** Values of the key's shape the page already showed when the guide looked (offer only). */
  let shownBefore: string[] = [];
  let offerCheckedAt = 0;
  let offerLater: number | undefined;

  function setState(next: CaptureState) {
    state = next;
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
    // The merchant is picking between two values: an empty vault is what that wait looks like.
    if (state.state === 'choose' && status.state === 'empty') return;
    // The key this guide captured is gone before it was filled: say so, with the next action, at
    // once (the guide's end follows from the background). `entry`: kept, not only shown.
    if (
      state.state === 'captured' &&
      state.entry &&
      (status.state === 'empty' || status.state === 'expired')
    ) {
      setState({ state: 'lost', reason: status.state === 'empty' ? 'forgotten' : 'expired' });
      return evaluate();
    }
    setState(status);
    evaluate();
  }

  function refuse(reason: string) {
    if (state.state !== 'captured') setState({ state: 'refused', reason });
    evaluate();
  }

  /**
   * The background keeps the secret if the provider's zod schema accepts it, or says why not.
   * A value of the recipe's shape (`valid`) shows as captured at once, in the frame it appeared
   * in; the background's answer follows within milliseconds and replaces it, or refuses it.
   */
  async function send({ secret, valid }: Reading, replace?: string) {
    const fingerprint = JSON.stringify(secret);
    if (fingerprint === lastSent && !replace) return;
    lastSent = fingerprint;
    const mine = ++sends;
    begin(); // a key created by hand on the API-keys page: the guide takes it from here
    const masked = Object.values(maskFields(recipe.capture.fields, secret)).join(' ');
    if (valid) {
      setState({
        state: 'captured',
        entry: '', // named by the background's answer
        masked: maskFields(recipe.capture.fields, secret),
        expiresAt: Date.now() + settings.ttlMinutes * 60e3,
      });
      evaluate();
    }
    const response = await messages
      .capture(recipe.id, secret, replace)
      .catch((): CaptureResponse => ({ ok: false, reason: t('notKept', recipe.name) }));
    if (mine !== sends) return; // a newer key was sent meanwhile
    if (!response.ok && 'held' in response) {
      // A key from elsewhere is held: nothing replaces it until the merchant says so.
      offered = { secret, held: response.held.entry };
      setState({ state: 'replace', held: response.held, offered: masked });
      return evaluate();
    }
    if (!response.ok) {
      if (!valid) return refuse(response.reason);
      // What showed as captured was not kept: say why instead.
      setState({ state: 'refused', reason: response.reason });
      return evaluate();
    }
    setState(response.status);
    evaluate();
    // The next move is in the panel (open the Upstack form): take keyboard users there.
    overlay.focus();
  }

  /** The key, with the ids the page's URL carries (an ad account id): no secrets, kept with it. */
  const single = (value: string): Reading => ({
    secret: {
      [recipe.capture.fields[0]?.id as string]: value,
      ...urlFields(recipe, location.href),
    },
    valid: true,
  });

  /** What the armed capture (or the merchant's "use the key shown") concluded. */
  function onVerdict(verdict: Finding) {
    if (mode === 'watch') return watch.verdict(verdict);
    if (verdict.kind === 'one') void send(single(verdict.value));
    else if (verdict.kind === 'near') void send({ ...single(verdict.value), valid: false });
    else if (verdict.kind === 'choose') {
      // A key already sent is in question too: nothing is kept until the merchant picks, its
      // answer must not end the question, and the merchant may pick it again.
      if (lastSent) void messages.forget(recipe.id);
      sends++;
      lastSent = '';
      setState({ state: 'choose', values: verdict.values });
      evaluate();
    }
  }

  /** A key shown here, waiting for the merchant's answer: replace the one held elsewhere? */
  let offered: { secret: Record<string, string>; held: string } | undefined;
  const answers: Answers = {
    /** The merchant's own pick among several values, or of the key already shown. */
    pick: (value) => (event) => {
      if (event.isTrusted) void send(single(value));
    },
    replace: (yes) => (event) => {
      if (!event.isTrusted || !offered) return;
      const { secret, held } = offered;
      offered = undefined;
      if (yes) void send({ secret, valid: true }, held);
      else void refreshStatus();
    },
    /**
     * After a refusal: the message goes and the capture waits for the merchant's next create or
     * copy. Where this step has a control to act on, the ring shows it again; where it has none
     * (the refused value is what the page showed after Create), a new key is needed: the
     * API-keys page, where the guide continues.
     */
    retry: (event) => {
      if (!event.isTrusted) return;
      setState({ state: 'empty' });
      lastSent = '';
      if (current?.step?.target) return evaluate();
      location.assign(linkFor(recipe, recipe.links.apiKeys, location.origin));
    },
  };

  /**
   * A credential read on submit, waiting for the page to accept it; only ever in memory here.
   * `verified`: the background's check of it, which does not keep it.
   */
  let pending: { reading: Reading; since: number; verified: Promise<VerifyResponse> } | undefined;

  function onSubmit() {
    if (mode === 'watch') return; // a credential the merchant typed: theirs, not asked for
    const reading = readForm(recipe);
    if (!reading) return;
    const verified = messages
      .verify(recipe.id, reading.secret)
      .catch(() => ({ ok: true }) as const);
    const submitted = { reading, since: Date.now(), verified };
    pending = submitted;
    begin();
    ctx.setTimeout(schedule().soon, SUBMIT_ACCEPT_MS);
    // A refusal from the background ends the wait at once.
    void verified.then((answer) => {
      if (answer.ok || pending !== submitted) return;
      pending = undefined;
      refuse(answer.reason);
    });
  }

  function settlePending() {
    if (!pending) return;
    const { reading, since, verified } = pending;
    const outcome = submitOutcome(recipe, reading.secret);
    if (outcome === 'accepted') {
      pending = undefined;
      void send(reading);
    } else if (outcome === 'refused' || Date.now() - since >= SUBMIT_ACCEPT_MS) {
      pending = undefined;
      // The page refused it too: the background's reason, where it has one, says more.
      void verified.then((answer) =>
        refuse(answer.ok ? t('notSaved', recipe.name) : answer.reason),
      );
    }
  }

  /** On a key page with no capture armed: a key already shown can be taken on request. */
  function offer(keyPage: boolean): string[] {
    const idle = state.state === 'empty' || state.state === 'refused' || state.state === 'expired';
    if (!keyPage || capture.armed || !idle) {
      shownBefore = [];
      return shownBefore;
    }
    const age = Date.now() - offerCheckedAt;
    if (age >= OFFER_EVERY_MS) {
      offerCheckedAt = Date.now();
      shownBefore = capture.shownNow();
    } else if (offerLater === undefined) {
      // The page changed within the second: look once more when it is up (no loop when idle).
      offerLater = ctx.setTimeout(() => {
        offerLater = undefined;
        schedule().soon();
      }, OFFER_EVERY_MS - age);
    }
    return shownBefore;
  }

  function evaluate() {
    if (mode === 'watch') return; // nothing shows until a key does (watch.ts)
    if (mode === 'offer') return overlay.render(offerView(recipe, accept));
    if (mode !== 'guide') return;
    // Lookups take the page's shadow roots from the scheduler's list: no walk per anchor.
    withShadowRoots(schedule().watch(), evaluateGuide);
  }

  function evaluateGuide() {
    settlePending();
    const href = location.href;
    // The key is gone before it was filled: its next action only (a new key, revoke the old).
    if (state.state === 'lost') {
      tracked = [];
      return overlay.render(endView(recipe, state.reason, settings.keyName, anew));
    }
    // Once this guide holds the key, it never goes back to creating one.
    const held = state.state === 'captured' || state.state === 'filled';
    current = plan(recipe, href, (anchor) => !!find(anchor), values, held);
    const { index, step } = current;
    from = pathStart(from, index);
    if (`${index}|${href}` !== stepKey) {
      // A refusal belongs to the page that showed the value.
      if (state.state === 'refused' && !stepKey.endsWith(`|${href}`)) {
        state = { state: 'empty' };
        lastSent = '';
      }
      if (!stepKey.startsWith(`${index}|`)) {
        const path = checklist(recipe.steps.length + 1, from, index);
        void messages.progress(recipe.id, path.number - 1, path.count, from);
      }
      stepKey = `${index}|${href}`;
      stepSince = Date.now();
    }
    const prefills = prefiller.step(current.prefill);
    const busy = prefills.find((p) => p.state === 'pending');
    if (busy) schedule().later();
    // The ring goes where the merchant must act: a control the page would not take, else the step's.
    const asking = prefills.find((p) => p.state === 'failed' || p.state === 'ask')?.control;
    const target = asking ?? (step?.target && find(step.target));
    tracked = [target, ...prefills.map((p) => p.control)].filter((el): el is Element => !!el);
    const missing = (step?.target && !target) || prefills.some((p) => p.state === 'missing');
    const waited = Date.now() - stepSince;
    if (missing && waited < FALLBACK_AFTER_MS)
      ctx.setTimeout(schedule().soon, FALLBACK_AFTER_MS - waited);
    const fallback = missing && waited >= FALLBACK_AFTER_MS;
    const shown = offer(current.keyPage);
    const status = statusView(recipe, state, answers);
    // The panel leaves the step's fields, the key shown, its Copy button and the submit visible.
    const fields = prefills.flatMap((p) => p.fields ?? []);
    const keyShown = capture.shownIn();
    const copy = keyShown.length > 0 && recipe.capture.copy && find(recipe.capture.copy);
    const avoid = keepClear(fields, keyShown, copy, submitButtons(keepClear(target, fields)));
    // The other controls around the key: kept clear where the panel fits without covering them.
    const prefer = regionControls(keyShown);
    overlay.render(
      {
        provider: recipe.name,
        step: stepView(recipe, current, prefills, values, from, state.state === 'filled'),
        fallback: fallback ? fallbackView(recipe, current, href) : undefined,
        ...status,
        action:
          shown.length > 0
            ? {
                label: t('useShownKey'),
                onClick: (event) => {
                  if (!event.isTrusted) return;
                  const verdict = decide(capture.shownNow());
                  onVerdict(verdict);
                },
              }
            : status.action,
      },
      fallback ? undefined : target,
      avoid,
      prefer,
    );
  }

  /** The merchant's own click (or Enter in its form) on the create control arms the capture. */
  function armOn(event: Event) {
    if (!event.isTrusted || recipe.capture.submit) return;
    const control = find(recipe.capture.arm);
    if (!control) return;
    const onControl =
      event.type === 'submit'
        ? event.target instanceof Element && containsAcross(event.target, control)
        : pathOf(event).includes(control);
    if (!onControl || !holds(recipe.capture.when, location.href, (a) => !!find(a))) return;
    capture.arm();
    if (mode !== 'watch') begin(); // the merchant's own create click on the API-keys page: the guide follows the key
  }

  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const path = pathOf(event);
      const { copy, submit } = recipe.capture;
      const copyButton = copy && find(copy);
      const button = submit && find(submit.button);
      armOn(event);
      if (copyButton && path.includes(copyButton)) capture.copied(copyButton);
      if (button && path.includes(button)) onSubmit();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'submit',
    (event) => {
      if (!event.isTrusted) return;
      armOn(event);
      const button = recipe.capture.submit && find(recipe.capture.submit.button);
      if (button && event.target instanceof Node && event.target.contains(button)) onSubmit();
    },
    { capture: true },
  );
  // The background tells this tab when its key changed elsewhere (checked, filled, forgotten)
  // and when the guide ended. Only this extension can message a content script; the fields read
  // are compared.
  const onNotice = (message: unknown) => {
    const notice = message as Partial<VaultChanged | GuideEnded> | undefined;
    if (notice?.provider !== recipe.id) return;
    if (notice.type === 'vault-changed') void refreshStatus();
    if (notice.type === 'guide-ended' && notice.reason) ended(notice.reason);
  };
  browser.runtime.onMessage.addListener(onNotice);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNotice));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible' && (mode === 'guide' || mode === 'offer'))
      void refreshStatus();
  });
  evaluate();
};
