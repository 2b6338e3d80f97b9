/** @jsxImportSource react */
// An Optimove tenant (<account>.optimove.net): hash routes, Settings > General > API Key
// Management, "+ New API Key" opens a form (Nickname, Contact Email, Access Type), and
// "Activate key" reveals the key once in a dialog.
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
  nickname: string;
  email: string;
  access: string;
  key: string;
}
const created: Created[] = [];
exposeState(() => ({ route: location.hash, created }));

const ACCESS = [
  { title: 'Admin', text: 'Full access to every API.' },
  { title: 'Integrations', text: 'For third-party tools, limited.' },
  { title: 'Transactional API User', text: 'Sends transactional messages only.' },
];
const redesign = options.variant === 'no-anchors';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function NewKeyForm({ onDone }: { onDone: (entry: Created) => void }) {
  const ready = useLateData(options.variant === 'late-form' ? 2000 : undefined);
  const [nickname, setNickname] = useState('');
  const [email, setEmail] = useState('');
  const [access, setAccess] = useState('');
  const [error, setError] = useState('');
  if (!ready) return <p>Loading…</p>;
  return (
    <div role="dialog" aria-labelledby="new-key-title" className="modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!nickname.trim() || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !access) {
            return setError('Fill in the nickname, a valid contact email and the access type.');
          }
          const entry = { nickname, email, access, key: randomString(48, BASE64URL) };
          created.push(entry);
          onDone(entry);
        }}
      >
        <h2 id="new-key-title">{redesign ? 'Credentials' : 'New API Key'}</h2>
        <label htmlFor="nickname">{redesign ? 'Label' : 'Nickname'}</label>
        <input id="nickname" value={nickname} onChange={(e) => setNickname(e.target.value)} />
        <label htmlFor="email">{redesign ? 'Owner' : 'Contact Email'}</label>
        <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <fieldset>
          <legend>Access Type</legend>
          {ACCESS.map((a) => (
            <label key={a.title} className={access === a.title ? 'card selected' : 'card'}>
              <input
                type="radio"
                name="access-type"
                checked={access === a.title}
                onChange={() => setAccess(a.title)}
              />{' '}
              <strong>{redesign ? a.title.toUpperCase().replace(/ /g, '_') : a.title}</strong>
              <span>{a.text}</span>
            </label>
          ))}
        </fieldset>
        {error && <p role="alert">{error}</p>}
        <button type="submit" className="primary">
          {redesign ? 'Go' : 'Activate key'}
        </button>
      </form>
    </div>
  );
}

function KeyManagement() {
  const ready = useLateData();
  const [mode, setMode] = useState<'list' | 'form' | Created>('list');
  return (
    <main>
      <h1>{redesign ? 'Keys' : 'API Key Management'}</h1>
      {ready ? (
        <table>
          <tbody>
            <tr>
              <td>Reporting</td>
              <td>Integrations</td>
            </tr>
            {options.existingKey && (
              <tr>
                <td>{options.existingKey}</td>
                <td>Admin</td>
              </tr>
            )}
            {created.map((c) => (
              <tr key={c.key}>
                <td>{c.nickname}</td>
                <td>{c.access}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Loading…</p>
      )}
      {!redesign && mode === 'list' && (
        <button type="button" className="primary" onClick={() => setMode('form')}>
          + New API Key
        </button>
      )}
      {mode === 'form' && <NewKeyForm onDone={setMode} />}
      {typeof mode === 'object' && (
        <div role="dialog" aria-labelledby="reveal-title" className="modal">
          <h2 id="reveal-title">API key created</h2>
          <p>Copy the key now. It will not be shown again.</p>
          <code className="secret" ref={markShown}>
            {options.shownKey ?? mode.key}
          </code>
          <button
            type="button"
            onClick={() => navigator.clipboard.writeText(options.shownKey ?? mode.key)}
          >
            Copy
          </button>
          <button type="button" onClick={() => setMode('list')}>
            Done
          </button>
        </div>
      )}
    </main>
  );
}

function Page({ route }: { route: string }) {
  if (route.startsWith('/settings/general/api-key-management')) return <KeyManagement />;
  if (route.startsWith('/settings')) {
    return (
      <main>
        <h1>Settings</h1>
        <div role="tablist">
          <button type="button" role="tab" aria-selected="true">
            General
          </button>
          <button type="button" role="tab" aria-selected="false">
            Users
          </button>
        </div>
        <Link to="/#/settings/general/api-key-management">API Key Management</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>Customer Model</h1>
    </main>
  );
}

function App() {
  const where = useLocation();
  const route = where.split('#')[1] || '/';
  return (
    <div className="layout">
      <nav aria-label="Main" className="nav">
        <Link to="/#/">Home</Link>
        <Link to="/#/settings/general">{redesign ? 'Configuration' : 'Settings'}</Link>
      </nav>
      <Page key={where} route={route} />
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
