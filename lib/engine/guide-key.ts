// The key's way to the background: a value found on the page (capture.ts's verdict, the
// merchant's pick, a submitted credential) is sent once; it shows as `sending` until the answer
// resolves it (kept, refused with the reason, or held elsewhere: the merchant is asked). The
// vault's status is asked again when a notice says it changed.
import { maskFields } from '../key/shape';
import { messages } from '../protocol/client';
import type { CaptureResponse } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import type { OverlayHandle } from '../ui/overlay';
import type { Finding } from './capture';
import type { Loop } from './guide-loop';
import type { Answers } from './guide-view';
import { readIds } from './read-ids';
import type { Reading } from './submit';

export function createKeyFlow(
  loop: Loop,
  recipe: Recipe,
  overlay: OverlayHandle,
  ttlMinutes: number,
  /** After a refusal with no control on the step to act on: a new key is needed. */
  anew: () => void,
) {
  async function refreshStatus() {
    const asked = loop.state.sends;
    const status = await messages.status(recipe.id);
    loop.update({ type: 'vault', asked, status });
  }

  /**
   * The background keeps the secret if the provider's zod schema accepts it, or says why not.
   * A value of the recipe's shape (`valid`) shows as captured at once (`sending`), in the frame
   * it appeared in; the background's answer follows within milliseconds and resolves it.
   */
  async function send({ secret, valid }: Reading, replace?: string) {
    const masked = maskFields(recipe.capture.fields, secret);
    const expiresAt = Date.now() + ttlMinutes * 60e3;
    const shown = valid ? { state: 'captured' as const, entry: '', masked, expiresAt } : undefined;
    const fingerprint = JSON.stringify(secret);
    // A key created by hand on the API-keys page: the guide takes it from here.
    if (loop.dispatch({ type: 'send', fingerprint, replace: !!replace, shown }) === loop.state)
      return;
    const mine = loop.state.sends;
    loop.evaluate();
    const response = await messages
      .capture(recipe.id, secret, replace)
      .catch((): CaptureResponse => ({ ok: false, reason: t('notKept', recipe.name) }));
    const text = Object.values(masked).join(' ');
    const answer = { type: 'answer', send: mine, valid, secret, masked: text, response } as const;
    if (loop.dispatch(answer) === loop.state) return;
    loop.evaluate();
    // The next move is in the panel (open the Upstack form): take keyboard users there.
    if (response.ok) overlay.focus();
  }

  /** The key, with the ids the page carries (URL or text, read-ids.ts): no secrets, kept with it. */
  const single = (value: string): Reading => ({
    secret: {
      [recipe.capture.fields[0]?.id as string]: value,
      ...readIds(recipe, location.href),
    },
    valid: true,
  });

  /** What the armed capture (or the merchant's "use the key shown") concluded. */
  function onVerdict(verdict: Finding) {
    if (verdict.kind === 'one') void send(single(verdict.value));
    else if (verdict.kind === 'near') void send({ ...single(verdict.value), valid: false });
    else if (verdict.kind === 'choose') {
      // A key already sent is in question too: the background forgets it until the pick.
      if (loop.state.lastSent) void messages.forget(recipe.id);
      loop.update({ type: 'choose', values: verdict.values });
    }
  }

  const answers = (stepHasTarget: () => boolean): Answers => ({
    /** The merchant's own pick among several values, or of the key already shown. */
    pick: (value) => (event) => {
      if (event.isTrusted) void send(single(value));
    },
    replace: (yes) => (event) => {
      const { offered } = loop.state;
      if (!event.isTrusted || !offered) return;
      loop.dispatch({ type: 'replace' });
      if (yes) void send({ secret: offered.secret, valid: true }, offered.held);
      else void refreshStatus();
    },
    /** The key pasted into the panel (after "too many", or a key no one can read): the
     * background checks it as a capture (the recipe's schema); refused, nothing changes here
     * and the field says why; taken, it goes the way of a capture (masked, session only). */
    paste: async (value) => {
      const reading = single(value.trim());
      const response = await messages
        .capture(recipe.id, reading.secret)
        .catch((): CaptureResponse => ({ ok: false, reason: t('notKept', recipe.name) }));
      if (!response.ok && !('held' in response))
        return t('pasteRefused', recipe.name, response.reason);
      void send(reading);
      return undefined;
    },
    /**
     * After a refusal: the message goes and the capture waits for the merchant's next create or
     * copy. Where this step has a control to act on, the ring shows it again; where it has none
     * (the refused value is what the page showed after Create), a new key is needed: the
     * API-keys page, where the guide continues.
     */
    retry: (event) => {
      if (!event.isTrusted) return;
      loop.dispatch({ type: 'retry' });
      if (stepHasTarget()) loop.evaluate();
      else anew();
    },
  });

  return { send, onVerdict, answers, refreshStatus };
}
