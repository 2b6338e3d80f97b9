/** @jsxImportSource react */
// The Upstack Data dashboard's destination forms: React-controlled fields, a Save button that
// records React state. The extension must fill the fields and never press Save.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeState, Link, useLateData, useLocation } from './kit';

interface Field {
  label: string;
  type: 'text' | 'password';
}
const FORMS: Record<string, { name: string; fields: Field[] }> = {
  klaviyo: { name: 'Klaviyo', fields: [{ label: 'Private API key', type: 'password' }] },
  omnisend: { name: 'Omnisend', fields: [{ label: 'API key', type: 'password' }] },
  optimove: { name: 'Optimove', fields: [{ label: 'API key', type: 'password' }] },
  dotdigital: {
    name: 'Dotdigital',
    fields: [
      { label: 'API user', type: 'text' },
      { label: 'Password', type: 'password' },
    ],
  },
};

let current: { provider?: string; fields: Record<string, string> } = { fields: {} };
const saved: unknown[] = [];
exposeState(() => ({ route: location.pathname, ...current, saved }));

function DestinationForm({ provider }: { provider: string }) {
  const form = FORMS[provider];
  const ready = useLateData();
  const [values, setValues] = useState<Record<string, string>>({
    'Destination name': form?.name ?? '',
  });
  current = { provider, fields: values };
  if (!form) return <h1>Unknown destination</h1>;
  if (!ready) return <p>Loading…</p>;
  const set = (label: string, value: string) => setValues((v) => ({ ...v, [label]: value }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        saved.push({ provider, ...values });
      }}
    >
      <h1>Connect {form.name}</h1>
      {[{ label: 'Destination name', type: 'text' as const }, ...form.fields].map((f, i) => (
        <p key={f.label}>
          <label htmlFor={`field-${i}`}>{f.label}</label>
          <input
            id={`field-${i}`}
            type={f.type}
            autoComplete="off"
            value={values[f.label] ?? ''}
            onChange={(e) => set(f.label, e.target.value)}
          />
        </p>
      ))}
      <button type="submit">Save destination</button>
    </form>
  );
}

function App() {
  const where = useLocation();
  const provider = /^\/destinations\/new\/([a-z]+)/.exec(where)?.[1];
  return (
    <div className="layout">
      <nav aria-label="Sidebar" className="nav">
        <Link to="/destinations">Destinations</Link>
      </nav>
      <main>
        {provider ? (
          <DestinationForm key={provider} provider={provider} />
        ) : (
          <>
            <h1>Destinations</h1>
            <ul>
              {Object.entries(FORMS).map(([id, f]) => (
                <li key={id}>
                  <Link to={`/destinations/new/${id}`}>{f.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
