// The panel's list of the guide's steps.
import { t } from '../lib/ui/i18n';
import type { ChecklistLine } from './Panel';

/** The steps as a compact list: ✓ done, ▸ current (aria-current="step"), numbered pending. */
export function Checklist({ lines }: { lines: ChecklistLine[] }) {
  return (
    <ol class="checklist" aria-label={t('checklistLabel')}>
      {lines.map((line) => (
        <li
          key={line.title}
          class={line.state}
          aria-current={line.state === 'current' ? 'step' : undefined}
        >
          <span class="mark" aria-hidden="true">
            {line.state === 'done' ? '✓' : (line.number ?? '')}
          </span>{' '}
          {line.title}
          {line.state === 'done' && <span class="visually-hidden"> {t('stepDone')}</span>}
        </li>
      ))}
    </ol>
  );
}
