// The panel's note of a key held: masked, with its time left, its check and the next step. Said
// once: where the guide has moved on (Upstack's steps before its form), a line to expand.
import { t } from '../lib/ui/i18n';
import type { PanelView } from './Panel';
import { Ticker } from './Ticker';

export function Captured({ captured }: { captured: NonNullable<PanelView['captured']> }) {
  const masked = captured.masked.join(' ');
  const Box = captured.brief ? 'details' : 'div';
  return (
    <Box class="captured">
      {captured.brief && (
        <Ticker until={captured.expiresAt}>
          {(left) => <summary>{t('keptShort', masked, left)}</summary>}
        </Ticker>
      )}
      <Ticker until={captured.expiresAt}>{(left) => <p>{t('keptFor', masked, left)}</p>}</Ticker>
      {captured.check && <p>{captured.check}</p>}
      {captured.next && (
        <a class="primary" href={captured.next.href} target="_blank" rel="noopener noreferrer">
          {captured.next.text}
        </a>
      )}
    </Box>
  );
}
