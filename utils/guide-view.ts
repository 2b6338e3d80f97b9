// What the panel shows on a provider page: the step, what the page shows was prefilled (and what
// the merchant must still do), the capture's state, and the fallback. Builds PanelView only.
import type { PanelView } from '../components/Panel';
import type { EndReason, VaultStatus } from '../lib/messages';
import { fillPlaceholders, linkFor, type Plan } from '../lib/plan';
import type { Recipe } from '../lib/recipe';
import { mask } from '../lib/shape';
import { checkText, t } from './i18n';
import type { PrefillState } from './prefill';

export type CaptureState =
  | VaultStatus
  | { state: 'refused'; reason: string }
  /** Several values of the key's shape appeared: the merchant picks one. */
  | { state: 'choose'; values: string[] }
  /** A key from another tab or origin is held: the merchant decides whether this one replaces
   * it (`offered`: the new key, masked; the value itself stays in the guide's memory). */
  | { state: 'replace'; held: Extract<VaultStatus, { state: 'captured' }>; offered: string };

/** The merchant's answers to the questions the panel asks. */
export interface Answers {
  pick: (value: string) => (event: MouseEvent) => void;
  replace: (yes: boolean) => (event: MouseEvent) => void;
}

export function statusView(
  recipe: Recipe,
  capture: CaptureState,
  answers: Answers,
): Pick<PanelView, 'status' | 'captured' | 'choices'> {
  const name = recipe.name;
  switch (capture.state) {
    case 'captured':
      return {
        status: { text: t('keyCaptured', name), tone: 'ok' },
        captured: {
          masked: Object.values(capture.masked),
          expiresAt: capture.expiresAt,
          check: capture.check && checkText(capture.check, recipe),
          next: { href: recipe.upstack.entryUrl, text: t('openUpstack', name) },
        },
      };
    case 'choose':
      return {
        status: { text: t('chooseKey', name), tone: 'info' },
        choices: capture.values.map((value) => ({
          label: t('useKey', mask(recipe.capture.fields[0], value)),
          onClick: answers.pick(value),
        })),
      };
    case 'replace': {
      const held = Object.values(capture.held.masked).join(' ');
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
      return { status: { text: t('keyNotAccepted', name, capture.reason), tone: 'error' } };
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

export function stepView(
  recipe: Recipe,
  current: Plan,
  prefills: PrefillState[],
  values: Readonly<Record<string, string>>,
): NonNullable<PanelView['step']> {
  const { index, step } = current;
  // The step's own words say what we did: only once the page shows all of it.
  const allDone = prefills.every((p) => p.state === 'done' || p.state === 'ask');
  const detail = [
    step.detail && (allDone || prefills.length === 0)
      ? fillPlaceholders(t(step.detail), values)
      : '',
    ...prefills.map(ask),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    index,
    count: recipe.steps.length,
    title: fillPlaceholders(t(step.title), values),
    detail,
  };
}

export function fallbackView(recipe: Recipe, current: Plan): NonNullable<PanelView['fallback']> {
  const link = linkFor(recipe, current.step.link ?? recipe.links.apiKeys, location.origin);
  return {
    text: t('fallbackText', recipe.name),
    link,
    linkText: t(link === recipe.links.signIn ? 'openSignIn' : 'openApiKeys', recipe.name),
  };
}

/** The API-keys page, no guide yet: one compact question. */
export function offerView(recipe: Recipe, accept: (event: MouseEvent) => void): PanelView {
  return {
    provider: recipe.name,
    compact: true,
    status: { text: t('offerText', recipe.name), tone: 'info' },
    action: { label: t('docsStart'), onClick: accept },
  };
}

/** How the guide ended, and the merchant's next action. */
export function endView(
  recipe: Recipe,
  reason: EndReason,
  keyName: string,
  anew: (event: MouseEvent) => void,
): PanelView {
  const name = recipe.name;
  const view: PanelView = { provider: name, status: { text: '', tone: 'info' } };
  switch (reason) {
    case 'done':
      return { ...view, status: { text: t('endDone', name), tone: 'ok' } };
    case 'closed':
      return { ...view, compact: true, status: { text: t('endClosed'), tone: 'info' } };
    case 'forgotten':
      return {
        ...view,
        status: { text: t('endForgotten', name, keyName), tone: 'info' },
        action: { label: t('createNewKey'), onClick: anew },
      };
    case 'expired':
      return {
        ...view,
        status: { text: t('endExpired', name, keyName), tone: 'info' },
        action: { label: t('createNewKey'), onClick: anew },
      };
  }
}
