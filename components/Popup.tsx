// The toolbar popup: each provider's state, and the way back to a guide the merchant closed.
import { useEffect, useState } from 'preact/hooks';
import type { VaultStatus } from '../lib/messages';
import { recipes } from '../lib/recipes';
import { messages } from '../utils/messaging';
import { setGuideClosed } from '../utils/preferences';
import { Countdown } from './Countdown';

function summary(status: VaultStatus | undefined) {
  switch (status?.state) {
    case 'captured':
      return (
        <>
          Key captured <code>{Object.values(status.masked).join(' ')}</code>, forgotten in{' '}
          <Countdown until={status.expiresAt} />
        </>
      );
    case 'filled':
      return 'Key filled in Upstack';
    case 'expired':
      return 'Key forgotten (time limit)';
    default:
      return 'No key captured';
  }
}

function ProviderRow({ id, name }: { id: string; name: string }) {
  const [status, setStatus] = useState<VaultStatus>();
  const [note, setNote] = useState('');
  useEffect(() => {
    void messages.status(id).then(setStatus);
  }, [id]);
  return (
    <li class="row">
      <h2>{name}</h2>
      <p>{summary(status)}</p>
      <div class="actions">
        <button
          type="button"
          onClick={async () => {
            await setGuideClosed(id, false);
            setNote('The guide shows on the next page you open or on the page already open.');
          }}
        >
          Show guide
        </button>
        {status?.state === 'captured' && (
          <button type="button" onClick={async () => setStatus(await messages.forget(id))}>
            Forget key
          </button>
        )}
      </div>
      <p role="status">{note}</p>
    </li>
  );
}

export function Popup() {
  return (
    <main class="popup">
      <h1>Upstack Key Assist</h1>
      <ul>
        {recipes.map((r) => (
          <ProviderRow key={r.id} id={r.id} name={r.name} />
        ))}
      </ul>
    </main>
  );
}
