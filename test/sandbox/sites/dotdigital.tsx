/** @jsxImportSource react */
// Dotdigital (r1/r2/r3-app): Settings > Access > API users > "New user" opens a form with a
// generated API user email, Description, Password + confirmation, Status (Enabled / Disabled
// radios, Disabled by default) and a rate limiting choice left at its default. Save validates
// the password rule; an accepted user is listed on the API users tab.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { passwordProblem } from '../page';
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

interface User {
  email: string;
  description: string;
  password: string;
  enabled: boolean;
  rateLimit: string;
}
const users: User[] = [];
exposeState(() => ({ route: location.pathname, users }));

const redesign = options.variant === 'no-anchors';

/** The dashboard's own words: English, or German with `labels: 'de'` (as a German manual of
 * these screens names them; the page's `lang` is then `de`). */
const DE = {
  'New API user': 'Neuer API-Benutzer',
  'Email address': 'E-Mail-Adresse',
  Description: 'Beschreibung',
  Password: 'Passwort',
  'Confirm password': 'Passwort bestätigen',
  Enabled: 'Aktiviert',
  Disabled: 'Deaktiviert',
  'Rate limiting': 'Ratenbegrenzung',
  Default: 'Standard',
  Save: 'Speichern',
  Access: 'Zugang',
  Users: 'Benutzer',
  'API users': 'API-Benutzer',
  'New user': 'Neuer Benutzer',
  Home: 'Startseite',
  Settings: 'Einstellungen',
} as const;
const l = (text: keyof typeof DE) => (options.labels === 'de' ? DE[text] : text);

function NewUser() {
  const ready = useLateData(options.variant === 'late-form' ? 2000 : undefined);
  const email = useRef(`apiuser-${randomString(12, '0123456789abcdef')}@apiconnector.com`).current;
  const [description, setDescription] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [rateLimit, setRateLimit] = useState('default');
  const [error, setError] = useState('');
  if (!ready) return <main>Loading…</main>;
  return (
    <main>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const problem =
            passwordProblem(options.shownKey ?? password, email) ??
            (password !== confirm ? 'The passwords do not match.' : undefined);
          if (problem) return setError(problem);
          users.push({ email, description, password, enabled, rateLimit });
          navigate('/settings/access/api-users');
        }}
      >
        <h1>{redesign ? 'Add integration' : l('New API user')}</h1>
        <label htmlFor="email">{redesign ? 'Login' : l('Email address')}</label>
        <input id="email" value={email} readOnly />
        <label htmlFor="description">{redesign ? 'Notes' : l('Description')}</label>
        <input
          id="description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <label htmlFor="password">{redesign ? 'Secret' : l('Password')}</label>
        <input
          id="password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <label htmlFor="confirm">{redesign ? 'Secret again' : l('Confirm password')}</label>
        <input
          id="confirm"
          type="password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        <fieldset>
          <legend>Status</legend>
          <label className="check">
            <input
              type="radio"
              name="status"
              checked={enabled}
              onChange={(e) => setEnabled(e.target.checked)}
            />{' '}
            {redesign ? 'Active' : l('Enabled')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="status"
              checked={!enabled}
              onChange={(e) => setEnabled(!e.target.checked)}
            />{' '}
            {redesign ? 'Inactive' : l('Disabled')}
          </label>
        </fieldset>
        <label htmlFor="rate">{l('Rate limiting')}</label>
        <select id="rate" value={rateLimit} onChange={(e) => setRateLimit(e.target.value)}>
          <option value="default">{l('Default')}</option>
          <option value="low">Low</option>
          <option value="high">High</option>
        </select>
        {error && <p role="alert">{error}</p>}
        <button type="submit" className="primary">
          {redesign ? 'Done' : l('Save')}
        </button>
      </form>
    </main>
  );
}

function ApiUsers() {
  const ready = useLateData();
  return (
    <main>
      <h1>{l('Access')}</h1>
      <div role="tablist">
        <Link role="tab" aria-selected="false" to="/settings/access/users">
          {l('Users')}
        </Link>
        <Link role="tab" aria-selected="true" to="/settings/access/api-users">
          {l('API users')}
        </Link>
      </div>
      {ready ? (
        <table>
          <tbody>
            {options.existingKey && (
              <tr>
                <td>apiuser-0a1b2c3d4e5f@apiconnector.com</td>
                <td>{options.existingKey}</td>
              </tr>
            )}
            {users.map((u) => (
              <tr key={u.email} ref={markShown}>
                <td>{u.email}</td>
                <td>{u.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Loading…</p>
      )}
      {!redesign && (
        <Link to="/settings/access/api-users/new" className="button">
          {l('New user')}
        </Link>
      )}
    </main>
  );
}

function Page({ path }: { path: string }) {
  if (path.startsWith('/settings/access/api-users/new')) return <NewUser />;
  if (path.startsWith('/settings/access/api-users')) return <ApiUsers />;
  if (path.startsWith('/settings/access')) {
    return (
      <main>
        <h1>{l('Access')}</h1>
        <div role="tablist">
          <Link role="tab" aria-selected="true" to="/settings/access/users">
            {l('Users')}
          </Link>
          <Link role="tab" aria-selected="false" to="/settings/access/api-users">
            {l('API users')}
          </Link>
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
  return (
    <div className="layout">
      <nav aria-label="Main" className="nav">
        <Link to="/">{l('Home')}</Link>
        <Link to="/settings/access">{l('Settings')}</Link>
      </nav>
      <Page key={where} path={where.split(/[?#]/)[0] ?? '/'} />
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
