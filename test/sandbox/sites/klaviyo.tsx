/** @jsxImportSource react */
// Klaviyo's API-key flow, as its help center and Upstack's article describe it: a React SPA
// with pushState routes, late data, controlled inputs, a Create button that submits React
// state, and a private key shown once after Create.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  exposeState,
  Link,
  markShown,
  navigate,
  options,
  randomString,
  useLateData,
  useLocation,
} from './kit';

interface Created {
  name: string;
  access: string;
  key: string;
}
const created: Created[] = [];
let copied = 0;
const publicKey = randomString(6);
exposeState(() => ({ route: location.pathname, created, copied }));

const redesign = options.variant === 'no-anchors';

/** The dashboard's own words: English, or German with `labels: 'de'` (none of them a label the
 * recipe names). */
const DE = {
  Home: 'Startseite',
  Campaigns: 'Kampagnen',
  Create: 'Erstellen',
  Settings: 'Einstellungen',
  Account: 'Konto',
  'API keys': 'API-Schlüssel',
  'Public API key / Site ID': 'Öffentlicher API-Schlüssel / Site-ID',
  'Private API keys': 'Private API-Schlüssel',
  Scopes: 'Berechtigungen',
  Key: 'Schlüssel',
  'Create Private API Key': 'Privaten API-Schlüssel erstellen',
  'New private API key': 'Neuer privater API-Schlüssel',
  'Private API Key Name': 'Name des privaten API-Schlüssels',
  'Name your key': 'Schlüssel benennen',
  'Access level': 'Zugriffsebene',
  'Custom Key': 'Benutzerdefinierter Schlüssel',
  'Choose scopes one by one.': 'Berechtigungen einzeln wählen.',
  'Read-Only Key': 'Schlüssel mit Lesezugriff',
  'Read access to everything.': 'Lesezugriff auf alles.',
  'Full Access Key': 'Schlüssel mit Vollzugriff',
  'Read and write access to everything.': 'Lese- und Schreibzugriff auf alles.',
  Cancel: 'Abbrechen',
  'Your new private API key': 'Ihr neuer privater API-Schlüssel',
  "Copy this key now. You won't be able to see it again.":
    'Kopieren Sie diesen Schlüssel jetzt. Er wird nicht noch einmal angezeigt.',
  Copy: 'Kopieren',
  Copied: 'Kopiert',
  Download: 'Herunterladen',
  'Back to API keys': 'Zurück zu den API-Schlüsseln',
} as const;
const l = (text: keyof typeof DE) => (options.labels === 'de' ? DE[text] : text);

function Nav() {
  const [menu, setMenu] = useState(false);
  return (
    <nav aria-label="Main" className="nav">
      <Link to="/dashboard">{l('Home')}</Link>
      <Link to="/campaigns">{l('Campaigns')}</Link>
      <Link to="/flows">Flows</Link>
      <button type="button" className="nav-create" onClick={() => setMenu(!menu)}>
        {l('Create')}
      </button>
      {menu && (
        <ul className="menu">
          <li>Campaign</li>
          <li>Flow</li>
        </ul>
      )}
      <Link to="/settings">{l('Settings')}</Link>
      <button type="button" className="org">
        Acme Store
      </button>
    </nav>
  );
}

function ApiKeysList() {
  const ready = useLateData();
  return (
    <main>
      <h1>{l('API keys')}</h1>
      <section>
        <h2>{l('Public API key / Site ID')}</h2>
        <code className="public">{publicKey}</code>
      </section>
      <section>
        <h2>{l('Private API keys')}</h2>
        {ready ? (
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>{l('Scopes')}</th>
                <th>{l('Key')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Zapier</td>
                <td>Read-only</td>
                <td>pk_****a1b2</td>
              </tr>
              {options.existingKey && (
                <tr>
                  <td>{options.existingKey}</td>
                  <td>Full Access</td>
                  <td>pk_****c3d4</td>
                </tr>
              )}
              {created.map((c) => (
                <tr key={c.key}>
                  <td>{c.name}</td>
                  <td>{c.access}</td>
                  <td>pk_****{c.key.slice(-4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>Loading…</p>
        )}
        {redesign ? (
          <button type="button">Add key</button>
        ) : (
          <Link to="/create-private-api-key" className="button">
            {l('Create Private API Key')}
          </Link>
        )}
      </section>
    </main>
  );
}

const ACCESS = [
  { value: 'custom', title: l('Custom Key'), text: l('Choose scopes one by one.') },
  { value: 'read-only', title: l('Read-Only Key'), text: l('Read access to everything.') },
  { value: 'full', title: l('Full Access Key'), text: l('Read and write access to everything.') },
];

/** `keyNoise` strings of a private key's shape, in plain DOM (so the page's own work is small),
 * one of them rewritten every 4 ms. */
function Noise({ count }: { count: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const codes = Array.from({ length: count }, () => {
      const code = document.createElement('code');
      code.textContent = `pk_${randomString(34)} `;
      return code;
    });
    el.append(...codes);
    let i = 0;
    const timer = setInterval(() => {
      const code = codes[i++ % codes.length];
      if (code) code.textContent = `pk_${randomString(34)} `;
    }, 4);
    return () => clearInterval(timer);
  }, [count]);
  return <div ref={box} className="noise" role="log" aria-label="Activity" />;
}

function KeyShown({ entry }: { entry: Created }) {
  const [done, setDone] = useState(false);
  const shown = options.shownKey ?? entry.key;
  return (
    <main>
      <h1>{l('Your new private API key')}</h1>
      <p>{l("Copy this key now. You won't be able to see it again.")}</p>
      <code className="secret" ref={markShown}>
        {options.keyOnlyInCopy ? `pk_****${shown.slice(-4)}` : shown}
      </code>
      {options.secondKey && (
        <p>
          Also shown: <code>{options.secondKey}</code>
        </p>
      )}
      <div>
        <button
          type="button"
          data-clipboard-text={options.keyOnlyInCopy ? shown : undefined}
          onClick={async () => {
            await navigator.clipboard.writeText(shown);
            copied++;
            setDone(true);
          }}
        >
          {done ? l('Copied') : l('Copy')}
        </button>
        <button type="button">{l('Download')}</button>
      </div>
      <Link to="/settings/account/api-keys">{l('Back to API keys')}</Link>
    </main>
  );
}

function CreateKey() {
  const ready = useLateData(options.variant === 'late-form' ? 2000 : undefined);
  const [name, setName] = useState('');
  const [access, setAccess] = useState('');
  const [error, setError] = useState('');
  const [entry, setEntry] = useState<Created | undefined>(() => {
    if (!options.keyOnLoad) return undefined;
    const shown = { name: 'Earlier key', access: 'full', key: `pk_${randomString(34)}` };
    created.push(shown);
    return shown;
  });
  const inputClass = useRef(`f${randomString(6)}`).current;

  if (entry) return <KeyShown entry={entry} />;
  if (!ready) return <main>Loading…</main>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // React state, not the DOM, is what a real app sends to its API.
    if (!name.trim() || !access) return setError('Enter a name and choose an access level.');
    const next = { name, access, key: `pk_${randomString(34)}` };
    created.push(next);
    setEntry(next);
  };

  if (redesign) {
    return (
      <main>
        <h1>Keys</h1>
        <form onSubmit={submit}>
          <input className={inputClass} value={name} onChange={(e) => setName(e.target.value)} />
          {error && <p role="alert">{error}</p>}
          <button type="submit">Continue</button>
        </form>
      </main>
    );
  }
  return (
    <main>
      <form onSubmit={submit} className="create-form">
        <h1>{l('New private API key')}</h1>
        {options.exampleKey && (
          <p>
            Example of a key: <code>{options.exampleKey}</code>
          </p>
        )}
        <label htmlFor="key-name">{l('Private API Key Name')}</label>
        <input
          id="key-name"
          name="Private API Key Name"
          placeholder={l('Name your key')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <fieldset>
          <legend>{l('Access level')}</legend>
          {ACCESS.map((a) => (
            <label key={a.value} className={access === a.value ? 'card selected' : 'card'}>
              <input
                type="radio"
                name="access-level"
                value={a.value}
                checked={access === a.value}
                onChange={() => setAccess(a.value)}
                className="visually-hidden"
              />
              <strong>{a.title}</strong>
              <span>{a.text}</span>
            </label>
          ))}
        </fieldset>
        {error && <p role="alert">{error}</p>}
        <div className="actions">
          <Link to="/settings/account/api-keys">{l('Cancel')}</Link>
          <button type="submit" className="primary">
            {l('Create')}
          </button>
        </div>
      </form>
    </main>
  );
}

function Page({ path }: { path: string }) {
  if (path.startsWith('/account') && location.hash === '#api-keys-tab') {
    queueMicrotask(() => navigate('/settings/account/api-keys', true));
    return null;
  }
  if (path.startsWith('/login')) return <h1>Log in to Klaviyo</h1>;
  if (path.startsWith('/settings/account/api-keys')) return <ApiKeysList />;
  if (path.startsWith('/create-private-api-key')) return <CreateKey key={path} />;
  if (path.startsWith('/settings')) {
    return (
      <main>
        <h1>{l('Settings')}</h1>
        <div role="tablist">
          <Link to="/settings/account">{l('Account')}</Link>{' '}
          <Link to="/settings/account/api-keys">{l('API keys')}</Link>
        </div>
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
  const path = where.split(/[?#]/)[0] ?? '/';
  return (
    <div className="layout">
      <Nav />
      <Page key={where} path={path} />
      {options.keyNoise ? <Noise count={options.keyNoise} /> : null}
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
