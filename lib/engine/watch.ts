// After the merchant declined the offer: no offer and no guide show, but a key page still
// listens for the merchant's own click on the create control (the engine in mode `watch`).
// When a new key shows after it, the panel asks once, the key masked, whether to keep it for
// Upstack; nothing is kept unless the merchant says yes. Declining never switches this off.
import type { PanelView } from '../../components/Panel';
import { mask } from '../key/shape';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import type { OverlayHandle } from '../ui/overlay';
import type { Finding } from './capture';

/** The question: each new value masked, one button each, and no. */
export function keepView(
  recipe: Recipe,
  values: readonly string[],
  keep: (value: string) => (event: MouseEvent) => void,
  no: (event: MouseEvent) => void,
): PanelView {
  const field = recipe.capture.fields[0];
  return {
    provider: recipe.name,
    status: { text: t('keepAsk', recipe.name), tone: 'info' },
    choices: [
      ...values.map((value) => ({
        label: t('keepUse', mask(field, value)),
        onClick: keep(value),
      })),
      { label: t('keepNo'), onClick: no },
    ],
  };
}

export interface Watch {
  /** What the armed capture concluded while watching: ask about values not asked about yet. */
  verdict(verdict: Finding): void;
}

/** `keep`: the merchant said yes to this value (the guide takes it from there). */
export function createWatch(
  recipe: Recipe,
  overlay: Pick<OverlayHandle, 'render' | 'setHidden'>,
  keep: (value: string) => void,
): Watch {
  const asked = new Set<string>();
  const hide = (event: MouseEvent) => {
    if (event.isTrusted) overlay.setHidden(true);
  };
  return {
    verdict(verdict) {
      const values =
        verdict.kind === 'one' ? [verdict.value] : verdict.kind === 'choose' ? verdict.values : [];
      const fresh = values.filter((value) => !asked.has(value));
      if (fresh.length === 0) return;
      for (const value of fresh) asked.add(value);
      const yes = (value: string) => (event: MouseEvent) => {
        if (event.isTrusted) keep(value);
      };
      overlay.setHidden(false);
      overlay.render(keepView(recipe, fresh, yes, hide));
    },
  };
}
