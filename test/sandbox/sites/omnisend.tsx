/** @jsxImportSource react */
// Omnisend's API keys page, as Upstack's article describes it: Store settings > API keys >
// "+ Create API key" opens a modal with a name and permission checkboxes; the key is shown once.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  exposeState,
  Link,
  markShown,
  options,
  randomString,
  useLateData,
  useLocation,
} from './kit';

interface Created {
  name: string;
  permissions: string[];
  key: string;
}
const created: Created[] = [];
exposeState(() => ({ route: location.pathname + location.hash, created }));

const PERMISSIONS = ['Campaigns', 'Contacts', 'Orders', 'Products', 'Carts', 'Events'];
const KNOWN_APPS = ['zapier', 'shopify', 'woocommerce'];
const redesign = options.variant === 'no-anchors';

function CreateModal({ onClose }: { onClose: () => void }) {
  const ready = useLateData(options.variant === 'late-form' ? 2000 : undefined);
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [entry, setEntry] = useState<Created>();
  const [wizard, setWizard] = useState('');

  if (wizard) {
    return (
      <div role="dialog" aria-label={`${wizard} setup`} className="modal">
        <h2>Connect {wizard}</h2>
        <p>Follow the {wizard} setup wizard instead.</p>
      </div>
    );
  }
  if (entry) {
    const shown = options.shownKey ?? entry.key;
    return (
      <div role="dialog" aria-labelledby="key-title" className="modal">
        <h2 id="key-title">Your API key</h2>
        <p>Copy it now: you will not see it again.</p>
        <code className="secret" ref={markShown}>
          {shown}
        </code>
        <button type="button" onClick={() => navigator.clipboard.writeText(shown)}>
          Copy API key
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    );
  }
  return (
    <div role="dialog" aria-labelledby="create-title" className="modal">
      {!ready ? (
        <p>Loading…</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const known = KNOWN_APPS.find((app) => name.trim().toLowerCase() === app);
            if (known) return setWizard(known[0]?.toUpperCase() + known.slice(1));
            if (!name.trim() || permissions.length === 0)
              return setError('Enter a name and choose permissions.');
            const next = { name, permissions, key: `${randomString(64)}-${randomString(10)}` };
            created.push(next);
            setEntry(next);
          }}
        >
          <h2 id="create-title">{redesign ? 'New credentials' : 'Create API key'}</h2>
          {redesign ? (
            <input value={name} onChange={(e) => setName(e.target.value)} />
          ) : (
            <>
              <label htmlFor="key-name">Name</label>
              <input id="key-name" value={name} onChange={(e) => setName(e.target.value)} />
              <fieldset>
                <legend>Permissions</legend>
                {PERMISSIONS.map((p) => (
                  <label key={p} className="check">
                    <input
                      type="checkbox"
                      checked={permissions.includes(p)}
                      onChange={(e) =>
                        setPermissions((all) =>
                          e.target.checked ? [...all, p] : all.filter((x) => x !== p),
                        )
                      }
                    />{' '}
                    {p}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          {error && <p role="alert">{error}</p>}
          <button type="button" onClick={onClose}>
            Cancel
          </button>{' '}
          <button type="submit" className="primary">
            {redesign ? 'Continue' : 'Create API key'}
          </button>
        </form>
      )}
    </div>
  );
}

function ApiKeys() {
  const ready = useLateData();
  const [open, setOpen] = useState(false);
  return (
    <main>
      <h1>API keys</h1>
      {ready ? (
        <table>
          <tbody>
            {created.map((c) => (
              <tr key={c.key}>
                <td>{c.name}</td>
                <td>{c.key.slice(0, 4)}…</td>
              </tr>
            ))}
            <tr>
              <td>Zapier</td>
              <td>a1b2…</td>
            </tr>
            {options.existingKey && (
              <tr>
                <td>{options.existingKey}</td>
                <td>c3d4…</td>
              </tr>
            )}
          </tbody>
        </table>
      ) : (
        <p>Loading…</p>
      )}
      {!redesign && (
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          + Create API key
        </button>
      )}
      {redesign && <button type="button">Generate</button>}
      {open && <CreateModal onClose={() => setOpen(false)} />}
    </main>
  );
}

function Page({ where }: { where: string }) {
  if (where.includes('/integrations/api-keys')) return <ApiKeys />;
  if (where.startsWith('/login')) return <h1>Log in to Omnisend</h1>;
  if (where.startsWith('/settings')) {
    return (
      <main>
        <h1>Store settings</h1>
        <Link to="/integrations/api-keys">API keys</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>Dashboard</h1>
    </main>
  );
}

function App() {
  const where = useLocation();
  const route = where.replace(/^\/#/, '');
  return (
    <div className="layout">
      <nav aria-label="Main" className="nav">
        <Link to="/">Dashboard</Link>
        <Link to="/campaigns">Campaigns</Link>
        <Link to="/settings/store">Store settings</Link>
      </nav>
      <Page key={where} where={route} />
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
