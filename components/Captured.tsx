// The panel's note of a key held: masked, with its time left, its check and the next step.
import { t } from '../lib/ui/i18n';
import type { PanelView } from './Panel';
import { Ticker } from './Ticker';

export function Captured({ captured }: { captured: NonNullable<PanelView['captured']> }) {
  return (
    <div class="captured">
      <Ticker until={captured.expiresAt}>
        {(left) => <p>{t('keptFor', captured.masked.join(' '), left)}</p>}
      </Ticker>
      {captured.check && <p>{captured.check}</p>}
      {captured.next && (
        <a class="primary" href={captured.next.href} target="_blank" rel="noopener noreferrer">
          {captured.next.text}
        </a>
      )}
    </div>
  );
}
