// A credential the page never shows again, read from its form on submit (submit.ts): the
// background checks it at once (without keeping it), and it is sent once the page shows it saved,
// or refused when the page refuses it, the check does, or the time is up.
import { messages } from '../protocol/client';
import type { VerifyResponse } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import type { Loop } from './guide-loop';
import { SUBMIT_ACCEPT_MS, settlement } from './guide-state';
import type { Lifetime } from './lifetime';
import { type Reading, readForm, submitOutcome } from './submit';

export function createSubmits(
  ctx: Pick<Lifetime, 'setTimeout'>,
  loop: Loop,
  recipe: Recipe,
  send: (reading: Reading) => void,
  /** The guide looks at the page again when the wait is over. */
  soon: () => void,
) {
  /** The background's check of each submitted credential (which does not keep it). */
  const verifying = new Map<number, Promise<VerifyResponse>>();

  function submitted() {
    const reading = readForm(recipe);
    if (!reading) return;
    const verified = messages
      .verify(recipe.id, reading.secret)
      .catch(() => ({ ok: true }) as const);
    loop.dispatch({ type: 'submit', reading, now: Date.now() });
    const id = loop.state.submits;
    verifying.set(id, verified);
    loop.evaluate();
    ctx.setTimeout(soon, SUBMIT_ACCEPT_MS);
    // A refusal from the background ends the wait at once.
    void verified.then((answer) => {
      loop.update({ type: 'verified', id, answer });
      if (loop.state.pending?.id !== id) verifying.delete(id);
    });
  }

  /** Looks at what the page shows of the credential submitted, if one waits. */
  function settle() {
    const { pending } = loop.state;
    if (!pending) return;
    const outcome = submitOutcome(recipe, pending.reading.secret);
    const now = Date.now();
    loop.dispatch({ type: 'settled', outcome, now });
    if (loop.state.pending) return;
    const verified = verifying.get(pending.id);
    verifying.delete(pending.id);
    if (settlement(pending, outcome, now) === 'accepted') return send(pending.reading);
    // The page refused it too: the background's reason, where it has one, says more.
    void verified?.then((answer) => {
      const reason = answer.ok ? t('notSaved', recipe.name) : answer.reason;
      loop.dispatch({ type: 'refused', reason });
      loop.evaluate();
    });
  }

  return { submitted, settle };
}
