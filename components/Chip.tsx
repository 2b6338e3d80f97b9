// The collapsed panel: one button that expands it, still saying where the merchant is (the
// current step's number and title), never only the product's name.
import { t } from '../lib/ui/i18n';
import type { PanelView } from './Panel';

export function Chip({ view, onClick }: { view: PanelView; onClick: (event: MouseEvent) => void }) {
  const { step } = view;
  return (
    <button
      type="button"
      class="chip"
      aria-expanded="false"
      title={t('expandPanel')}
      onClick={onClick}
    >
      <span class="chip-brand">Upstack Key Assist · {view.provider}</span>{' '}
      {step && (
        <span class="chip-step">
          {t('stepOf', step.index + 1, step.count)} · {step.title}
        </span>
      )}
    </button>
  );
}
