// What the panel shows on a provider page during a guide: the step, what the page shows was
// prefilled (and what the merchant must still do), the capture's state, and the fallback. Builds
// PanelView only; in the chunk of a running guide (guide-run.ts). How a guide ended:
// end-view.ts; the offer: lib/ui/offer-card.ts.
import type { ChecklistLine, PanelView } from '../../components/Panel';
import { choiceLabels } from '../key/labels';
import { MAX_CHOICES } from '../key/scan';
import type { VaultStatus } from '../protocol/messages';
import type { Recipe, Step } from '../recipes/schema';
import { checkText, t } from '../ui/i18n';
import { journey, providerPlace } from './journey';
import { type ChecklistItem, fillPlaceholders, linkFor, type Plan, samePage } from './plan';
import type { PrefillState } from './prefill';

export type CaptureState =
  | VaultStatus
  | { state: 'refused'; reason: string }
  /** Several values of the key's shape appeared: the merchant picks one. */
  | { state: 'choose'; values: string[] }
  /** A key from another tab or origin is held: the merchant decides whether this one replaces
   * it (`offered`: the new key, masked; the value itself stays in the guide's memory). */
  | { state: 'replace'; held: Extract<VaultStatus, { state: 'captured' }>; offered: string }
  /** The key this guide captured was forgotten (elsewhere) or expired before it was filled. */
  | { state: 'lost'; reason: 'expired' | 'forgotten' };

/** The merchant's answers to the questions the panel asks. */
export interface Answers {
  pick: (value: string) => (event: MouseEvent) => void;
  replace: (yes: boolean) => (event: MouseEvent) => void;
  /** After a refusal: clear it and go on (the step's control, or a new key). */
  retry: (event: MouseEvent) => void;
  /** The key the merchant pasted: undefined once taken, else why not (nothing changed). */
  paste: (value: string) => Promise<string | undefined>;
}

/** The captured parts, masked; each named by its field's label where there are several
 * (Dotdigital's API user and password), so that a masked pair is not cryptic. */
export function maskedText(recipe: Recipe, masked: Record<string, string>): string {
  const { fields } = recipe.capture;
  if (fields.length < 2) return Object.values(masked).join(' ');
  return fields
    .filter((field) => masked[field.id] !== undefined)
    .map((field) => t('maskedPart', t(field.label), masked[field.id] as string))
    .join(', ');
}

export function statusView(
  recipe: Recipe,
  capture: CaptureState,
  answers: Answers,
): Pick<PanelView, 'status' | 'captured' | 'choices' | 'action' | 'paste'> {
  const name = recipe.name;
  switch (capture.state) {
    case 'captured':
      return {
        status: { text: t('keyCaptured', name), tone: 'ok' },
        captured: {
          masked: [maskedText(recipe, capture.masked)],
          expiresAt: capture.expiresAt,
          check: capture.check && checkText(capture.check, recipe),
          next: { href: recipe.upstack.entryUrl, text: t('openUpstack', name) },
        },
      };
    case 'choose':
      return chooseView(recipe, capture.values, answers);
    case 'replace': {
      const held = maskedText(recipe, capture.held.masked);
      return {
        status: {
          text: t('replaceAsk', name, capture.held.from ?? '?', held, capture.offered),
          tone: 'info',
        },
        choices: [
          { label: t('replaceUse', capture.offered), onClick: answers.replace(true) },
          { label: t('replaceKeep', held), onClick: answers.replace(false) },
        ],
      };
    }
    case 'refused':
      return {
        status: { text: t('keyNotAccepted', name, capture.reason), tone: 'error' },
        action: { label: t('tryAgain'), hint: t('tryAgainHint', name), onClick: answers.retry },
      };
    case 'expired':
      return { status: { text: t('keyExpired', name), tone: 'info' } };
    case 'filled':
      return { status: { text: t('keyFilled', name), tone: 'ok' } };
    default:
      return { status: { text: '', tone: 'info' } };
  }
}

/** The merchant's part of a prefill that the page did not take, or a value only they know. */
function ask(state: PrefillState): string | undefined {
  const { prefill } = state;
  if (prefill.kind === 'text') {
    if (state.state === 'ask') return prefill.ask && t(prefill.ask);
    return state.state === 'failed' ? t('prefillType', prefill.value) : undefined;
  }
  if (state.state !== 'failed') return undefined;
  const option = prefill.option ?? prefill.field.name ?? prefill.field.text ?? [];
  return option[0] && t('prefillChoose', option[0]);
}

/**
 * The step, its number on the merchant's journey (from the recipe step `from`, where the guide
 * started; journey.ts) and the checklist of every step. After the recipe's steps come Upstack's:
 * `filled` says the key is already in the form there.
 */
export function stepView(
  recipe: Recipe,
  current: Plan,
  prefills: PrefillState[],
  values: Readonly<Record<string, string>>,
  from: number,
  filled = false,
): NonNullable<PanelView['step']> {
  const { index, step } = current;
  const ours = recipe.steps.length;
  // The journey's count, the same in Upstack's panel (journey.ts): the Upstack steps are one line
  // here, numbered where the merchant is among them, titled as the panel's title is.
  const at = providerPlace(recipe, index, filled);
  const list = journey(recipe, from, at);
  const upstack = filled ? t('stepSaveUpstack') : t('stepUpstack', recipe.name);
  const lines = [...list.items.slice(0, ours), list.items[Math.max(at, ours)] as ChecklistItem].map(
    (item): ChecklistLine => ({
      title:
        item.index < ours
          ? fillPlaceholders(t((recipe.steps[item.index] as Step).title), values)
          : upstack,
      state: item.state,
      number: item.number,
    }),
  );
  const base = { index: list.number - 1, count: list.count, checklist: lines };
  if (!step) return { ...base, title: upstack };
  // The step's own words say what we did: only once the page shows all of it.
  const allDone = prefills.every((p) => p.state === 'done' || p.state === 'ask');
  const own = step.detail && (allDone || prefills.length === 0);
  const asks = prefills.map(ask).filter((text): text is string => !!text);
  // A value only the merchant can type (an ask) is what they must do first: it leads.
  const typed = prefills.find((p) => p.state === 'ask' && p.prefill.kind === 'text');
  const lead = typed && ask(typed);
  const title = fillPlaceholders(t(step.title), values);
  const detail = [
    lead ? t('askThen', title) : '',
    own && step.detail ? fillPlaceholders(t(step.detail), values) : '',
    ...asks.filter((text) => text !== lead),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...base,
    title: lead ?? title,
    detail,
    note: current.existing ? t('existingKey', values.keyName ?? '', recipe.name) : undefined,
  };
}

/** The plain instructions: the provider's page for this step where it is not the page shown
 * (`here`), and the help article. */
export function fallbackView(
  recipe: Recipe,
  current: Plan,
  here: string,
): NonNullable<PanelView['fallback']> {
  const link = linkFor(recipe, current.step?.link ?? recipe.links.apiKeys, location.origin);
  const help = { href: recipe.links.help, text: t('openHelp', recipe.name) };
  if (samePage(link, here)) return { text: t('fallbackHere'), help };
  return {
    text: t('fallbackText', recipe.name),
    link,
    linkText: t(link === recipe.links.signIn ? 'openSignIn' : 'openApiKeys', recipe.name),
    help,
  };
}

/** Several values of the key's shape: every one offered (the panel scrolls), labelled so no two
 * look alike, with the true count; more than a question can list, or none (a key shown with a
 * part no one can read): the merchant copies the key and pastes it into the panel. */
function chooseView(
  recipe: Recipe,
  values: readonly string[],
  answers: Pick<Answers, 'pick' | 'paste'>,
): Pick<PanelView, 'status' | 'choices' | 'paste'> {
  const { name } = recipe;
  if (values.length > MAX_CHOICES || values.length === 0) {
    const text = values.length ? t('chooseTooMany', name, MAX_CHOICES) : t('keyUnreadable', name);
    const paste = { label: t('pasteLabel', name), onPaste: answers.paste };
    return { status: { text, tone: 'info' }, paste };
  }
  const labels = choiceLabels(recipe.capture.fields[0], values, (i) => t('shownAt', i + 1));
  return {
    status: {
      text: values.length === 2 ? t('chooseKey', name) : t('chooseKeys', name, values.length),
      tone: 'info',
    },
    choices: values.map((value, i) => ({
      label: t('useKey', labels[i] as string),
      onClick: answers.pick(value),
    })),
  };
}
