// What the Fill frame's panel says: the provider's masked vault state, or the note the Upstack
// content script sent about the last Fill. A note is a code; its text is ours alone.
import type { PanelView } from '../components/Panel';
import type { NoteCode } from '../lib/fill-protocol';
import type { VaultStatus } from '../lib/messages';
import type { Recipe } from '../lib/recipe';
import { checkText, type MessageKey, t } from './i18n';

const NOTE_TEXT: Record<NoteCode, { key: MessageKey; tone: 'info' | 'ok' | 'error' }> = {
  again: { key: 'fillAgain', tone: 'info' },
  formGone: { key: 'formGone', tone: 'error' },
  changed: { key: 'keyChanged', tone: 'error' },
  gone: { key: 'keyGone', tone: 'error' },
  refused: { key: 'fillRefused', tone: 'error' },
  done: { key: 'endDone', tone: 'ok' },
};

/** Notes after which the merchant can press Fill again (on the key shown now). */
const KEEPS_FILL = new Set<NoteCode>(['again', 'changed']);

/** `fill`: the Fill button, offered while a key is captured and no note ends the fill.
 * `start`: "Create this key with help", offered while no key is held (the form is where
 * merchants notice they need one): it starts the provider's guide in a new tab. */
export function fillView(
  recipe: Recipe,
  status: VaultStatus,
  note: NoteCode | undefined,
  fill: NonNullable<PanelView['action']>,
  apiKeysLink: string,
  start?: NonNullable<PanelView['action']>,
): PanelView {
  const name = recipe.name;
  const base = { provider: name, step: undefined };
  if (note && !KEEPS_FILL.has(note)) {
    const { key, tone } = NOTE_TEXT[note];
    return { ...base, status: { text: t(key, name), tone } };
  }
  switch (status.state) {
    case 'captured':
      return {
        ...base,
        status: note
          ? { text: t(NOTE_TEXT[note].key, name), tone: NOTE_TEXT[note].tone }
          : { text: t('readyToFill', name), tone: 'info' },
        captured: {
          masked: Object.values(status.masked),
          expiresAt: status.expiresAt,
          check: status.check && checkText(status.check, recipe),
        },
        action: fill,
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
