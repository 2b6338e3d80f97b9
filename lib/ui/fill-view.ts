// What the Fill frame's panel says: the provider's masked vault state, or the note the Upstack
// content script sent about the last Fill. A note is a code; its text is ours alone.
import type { PanelView } from '../../components/Panel';
import { journey, upstackPlace } from '../engine/journey';
import { fillPlaceholders } from '../engine/plan';
import type { HostMessage, NoteCode } from '../protocol/fill-frame';
import type { CheckResult, VaultStatus } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import { typedFields } from '../recipes/typed';
import { UPSTACK_ENTRY, upstackSteps } from '../recipes/upstack';
import { checkText, type MessageKey, t } from './i18n';

type GuideStep = Extract<HostMessage, { type: 'step' }>;

const NOTE_TEXT: Record<NoteCode, { key: MessageKey; tone: 'info' | 'ok' | 'error' }> = {
  again: { key: 'fillAgain', tone: 'info' },
  formGone: { key: 'formGone', tone: 'error' },
  changed: { key: 'keyChanged', tone: 'error' },
  gone: { key: 'keyGone', tone: 'error' },
  refused: { key: 'fillRefused', tone: 'error' },
  done: { key: 'endDone', tone: 'ok' },
  healthy: { key: 'upstackHealthy', tone: 'ok' },
  unhealthy: { key: 'upstackUnhealthy', tone: 'error' },
};

/** A check that found the key refused by its provider. */
const problem = (check: CheckResult | undefined) =>
  check?.verdict === 'invalid' || check?.verdict === 'forbidden';

/** Notes after which the merchant can press Fill again (on the key shown now). */
const KEEPS_FILL = new Set<NoteCode>(['again', 'changed']);

/** The Upstack guide's step in the frame's own words (lib/recipes/upstack.ts): the page's
 * button appears by the name our data gives it, never by the page's text. */
export function guideStepView(
  recipe: Recipe,
  shown: GuideStep | undefined,
): Pick<PanelView, 'step' | 'fallback' | 'link'> & { fill?: boolean } {
  const { steps } = upstackSteps(recipe);
  const index = steps.findIndex((s) => s.id === shown?.id);
  const step = steps[index];
  if (!shown || !step) return {};
  const platform = recipe.upstack.heading[0] ?? recipe.name;
  const name = step.target?.name?.[shown.name];
  // The typing step's field: the field the step points at among those the merchant may type
  // (lib/recipes/typed.ts); the enabling step's: the control the merchant ticks.
  const typed = step.when?.form === 'typing' ? typedFields(recipe)[shown.name] : undefined;
  const enable = step.when?.form === 'enabling' ? recipe.upstack.enable : undefined;
  const values = {
    platform,
    target: name ? t('quoted', name) : t('saveButtonAny'),
    field: typed ? t(typed.label) : enable ? t(enable.label) : '',
    where: typed ? t(typed.where) : '',
  };
  const text = (key: MessageKey) => fillPlaceholders(t(key), values);
  // Numbered on the whole journey, as the provider's page numbers it.
  const path = journey(recipe, shown.from, upstackPlace(recipe, index));
  const view = {
    step: {
      index: path.number - 1,
      count: path.count,
      title: text(step.title),
      detail:
        shown.state === 'ask'
          ? t('prefillChoose', platform)
          : typed?.id
            ? text('upstackStepTypeMissingDetail')
            : step.detail && text(step.detail),
    },
    fill: step.when?.form === 'shown',
    // An id the provider's page did not show: where to find it, one click away.
    ...(typed?.link && { link: { href: typed.link, text: t('upstackTypedLink', recipe.name) } }),
  };
  if (shown.state !== 'fallback') return view;
  return {
    ...view,
    fallback: {
      text: t('upstackFallback', platform),
      link: step.link ?? UPSTACK_ENTRY,
      linkText: t('upstackOpenEntry'),
    },
  };
}

/** `fill`: the Fill button, offered while a key is captured and no note ends the fill.
 * `start`: "Create this key with help", offered while no key is held (the form is where
 * merchants notice they need one): it starts the provider's guide in a new tab. `filtered`: a
 * filter on the page's root (a dark-mode extension) is the only reason Fill would not count: said
 * instead of "ready to fill", with Fill held. */
export function fillView(
  recipe: Recipe,
  status: VaultStatus,
  note: NoteCode | undefined,
  fill: NonNullable<PanelView['action']>,
  apiKeysLink: string,
  start?: NonNullable<PanelView['action']>,
  shown?: GuideStep,
  filtered = false,
): PanelView {
  const name = recipe.name;
  const { fill: onForm, ...guide } = guideStepView(recipe, shown);
  // Before the form, the guide's steps lead to it: no Fill yet.
  const canFill = !shown || onForm;
  const base = { provider: name, step: undefined, ...guide };
  if (note && !KEEPS_FILL.has(note)) {
    const { key, tone } = NOTE_TEXT[note];
    // Unhealthy: what to check is in the text; the provider's guide is one click away.
    const link =
      note === 'unhealthy'
        ? { href: recipe.links.help, text: t('upstackHealthGuide', name) }
        : undefined;
    return { ...base, status: { text: t(key, name), tone }, link };
  }
  switch (status.state) {
    case 'captured':
      return {
        ...base,
        // One status line, and only when it says something the step does not: "ready to fill"
        // where Fill is.
        status:
          canFill && filtered
            ? { text: t('fillFiltered'), tone: 'info' }
            : note
              ? { text: t(NOTE_TEXT[note].key, name), tone: NOTE_TEXT[note].tone }
              : { text: canFill ? t('readyToFill', name) : '', tone: 'info' },
        captured: {
          masked: Object.values(status.masked),
          expiresAt: status.expiresAt,
          check: status.check && checkText(status.check, recipe),
          // The memory notice and the check, said on the provider's page: one line here, to
          // expand, unless the check found the key refused (the merchant needs that before Fill).
          brief: !problem(status.check),
        },
        action: canFill ? fill : undefined,
      };
    case 'filled':
      return { ...base, status: { text: t('filledCheckForm', name), tone: 'ok' } };
    default:
      return {
        ...base,
        status: {
          text: t(status.state === 'expired' ? 'expiredShort' : 'noKeyYet', name),
          tone: 'info',
        },
        action: start,
        link: { href: apiKeysLink, text: t('openApiKeys', name) },
      };
  }
}
