// The collapsed panel: one button that expands it, still saying where the merchant is (the
// current step's number and title), never only the product's name. Its name is the product's
// and the provider's alone, the step its description (hidden from the name, read as the
// description): a step that names the page's own button ("Click Create") must not make the
// chip a second button of that name.
import { t } from '../lib/ui/i18n';
import type { PanelView } from './Panel';

export function Chip({ view, onClick }: { view: PanelView; onClick: (event: MouseEvent) => void }) {
  const { step } = view;
  return (
    <button
      type="button"
      class="chip"
      aria-expanded="false"
      aria-describedby={step ? 'uka-chip-step' : undefined}
      title={t('expandPanel')}
      onClick={onClick}
    >
      <span class="chip-brand">Upstack Key Assist · {view.provider}</span>{' '}
      {step && (
        <span class="chip-step" id="uka-chip-step" aria-hidden="true">
          {t('stepOf', step.index + 1, step.count)} · {step.title}
        </span>
      )}
    </button>
  );
}
