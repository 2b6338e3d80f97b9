/** @jsxImportSource react */
// The Upstack Data dashboard's destination forms: React-controlled fields, a save button that
// records React state. The extension must fill the fields and never press it.
// As Upstack's guides document it: /pixel/event-destinations ("Events Destination") > "+ New
// Destination" > a "Select a Destination" dialog > pick the platform > Next > the platform's form
// in that dialog > "Create Configuration" > the destination's card says "Healthy". With the
// `upstackFlows` option, Klaviyo and Omnisend go from Next to the Flows settings page instead,
// where their form is a settings card. The older /destinations/new/<id> page stays for tests.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeState, Link, navigate, options, useLateData, useLocation } from './kit';

interface Field {
  label: string;
  type: 'text' | 'password' | 'checkbox';
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
  // Upstack's Pinterest Ads form: the token with the Pinterest Tag's id and the ad account id.
  pinterest: {
    name: 'Pinterest',
    fields: [
      { label: 'Conversion Access Token', type: 'password' },
      { label: 'Ad Account ID', type: 'text' },
      { label: 'Tag ID', type: 'text' },
    ],
  },
  // Upstack's TikTok Ads form: the Events API access token with the pixel's id.
  tiktok: {
    name: 'TikTok',
    fields: [
      { label: 'Access Token', type: 'password' },
      { label: 'Pixel ID', type: 'text' },
    ],
  },
  // Upstack's Reddit Ads form: the Conversions API access token with the pixel's id.
  reddit: {
    name: 'Reddit',
    fields: [
      { label: 'Conversions API access token', type: 'password' },
      { label: 'Pixel ID', type: 'text' },
    ],
  },
  // Upstack's Snapchat form, with its documented labels: the pixel id, the box that turns the
  // Conversions API on (the token is used only with it ticked: "true" in the state), the token.
  snapchat: {
    name: 'Snapchat',
    fields: [
      { label: 'Snapchat Pixel ID', type: 'text' },
      { label: 'Check to enable sending events via Snapchat Conversions API', type: 'checkbox' },
      { label: 'Snapchat Conversion API Token', type: 'password' },
    ],
  },
  // Upstack's Meta form, with its documented labels: the Conversions API token, the box that
  // turns it on ("true" in the state once ticked), the Pixel ID.
  meta: {
    name: 'Meta',
    fields: [
      { label: 'Conversions API token', type: 'password' },
      { label: 'Check to enable sending events via Facebook Conversions API', type: 'checkbox' },
      { label: 'Pixel ID', type: 'text' },
    ],
  },
  // Upstack's Microsoft Advertising (Bing) form: the UET Tag ID and the Conversions API token
  // (labels unverified).
  microsoft: {
    name: 'Microsoft Advertising',
    fields: [
      { label: 'UET Tag ID', type: 'text' },
      { label: 'Conversions API token', type: 'password' },
    ],
  },
};

let current: { provider?: string; fields: Record<string, string> } = { fields: {} };
const saved: { provider: string }[] = [];
exposeState(() => ({ route: location.pathname, ...current, saved }));

const ENTRY = '/pixel/event-destinations';
const FLOWS = new Set(options.upstackFlows ? ['klaviyo', 'omnisend'] : []);

/** A platform's fields as React-controlled inputs, recorded as the form's state. */
function useFields(provider: string) {
  const form = FORMS[provider];
  const [values, setValues] = useState<Record<string, string>>({
    'Destination name': form?.name ?? '',
  });
  current = { provider, fields: values };
  const set = (label: string, value: string) => setValues((v) => ({ ...v, [label]: value }));
  const inputs = form
    ? [{ label: 'Destination name', type: 'text' as const }, ...form.fields].map((f, i) => (
        <p key={f.label}>
          {f.type === 'checkbox' ? (
            <label>
              <input
                type="checkbox"
                checked={values[f.label] === 'true'}
                onChange={(e) => set(f.label, String(e.target.checked))}
              />
              {f.label}
            </label>
          ) : (
            <>
              <label htmlFor={`${provider}-field-${i}`}>{f.label}</label>
              <input
                id={`${provider}-field-${i}`}
                type={f.type}
                autoComplete="off"
                value={values[f.label] ?? ''}
                onChange={(e) => set(f.label, e.target.value)}
              />
            </>
          )}
        </p>
      ))
    : null;
  return { values, inputs };
}

/** Step 2 of the picker: the platform's form, headed by its name only, in the dialog. */
function WizardForm({ provider, done }: { provider: string; done: () => void }) {
  const { values, inputs } = useFields(provider);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        saved.push({ provider, ...values });
        done();
      }}
    >
      <h2 id="picker-title">{FORMS[provider]?.name}</h2>
      {inputs}
      <button type="submit">Create Configuration</button>
    </form>
  );
}

/** The "Select a Destination" dialog: platform cards, Next, then the platform's form. */
function Picker({ close }: { close: () => void }) {
  const [picked, setPicked] = useState<string>();
  const [step, setStep] = useState<'pick' | 'form'>('pick');
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="picker-title" className="dialog">
      {step === 'form' && picked ? (
        <WizardForm provider={picked} done={close} />
      ) : (
        <>
          <h2 id="picker-title">Select a Destination</h2>
          <fieldset>
            <legend>Platform</legend>
            {Object.entries(FORMS).map(([id, f]) => (
              <label key={id} className="card">
                <input
                  type="radio"
                  name="platform"
                  value={id}
                  checked={picked === id}
                  onChange={() => setPicked(id)}
                />
                {f.name}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            disabled={!picked}
            onClick={() => {
              if (picked && FLOWS.has(picked)) {
                close();
                navigate(`/flows/settings?platform=${picked}`);
              } else setStep('form');
            }}
          >
            Next
          </button>
        </>
      )}
      <button type="button" onClick={close}>
        Cancel
      </button>
    </div>
  );
}

/** A saved destination's card: "Checking…" while Upstack tries it, then its health. */
function DestinationCard({ provider }: { provider: string }) {
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setChecked(true), 800);
    return () => clearTimeout(timer);
  }, []);
  const health = options.upstackUnhealthy ? 'Unhealthy' : 'Healthy';
  return (
    <li className="destination-card">
      {FORMS[provider]?.name} <span>{checked ? health : 'Checking…'}</span>
    </li>
  );
}

function EventDestinations() {
  const ready = useLateData();
  const [picking, setPicking] = useState(false);
  const [, rerender] = useState(0);
  if (!ready) return <p>Loading…</p>;
  return (
    <>
      <h1>Events Destination</h1>
      <button type="button" onClick={() => setPicking(true)}>
        {/* A redesign the guide's anchors do not know. */}
        {options.upstackRedesign ? 'Add a destination' : '+ New Destination'}
      </button>
      <ul aria-label="Destinations">
        {saved.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows
          <DestinationCard key={i} provider={d.provider} />
        ))}
      </ul>
      {picking && (
        <Picker
          close={() => {
            setPicking(false);
            rerender((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

/** Upstack Flows: the platform's form is one settings card among others, under a page heading
 * that names no platform. */
function FlowsSettings({ provider }: { provider: string }) {
  const ready = useLateData();
  const { values, inputs } = useFields(provider);
  if (!ready) return <p>Loading…</p>;
  return (
    <>
      <h1>Flows settings</h1>
      <section aria-labelledby="schedule-title" className="card">
        <h2 id="schedule-title">Schedule</h2>
        <p>Flows run every 15 minutes.</p>
      </section>
      <section aria-labelledby="platform-title" className="card">
        <h2 id="platform-title">{FORMS[provider]?.name} connection</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            saved.push({ provider, ...values });
          }}
        >
          {inputs}
          <button type="submit">Create Configuration</button>
        </form>
      </section>
    </>
  );
}

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
  const flows = /^\/flows\/settings\?platform=([a-z]+)/.exec(where)?.[1];
  const page = where.startsWith(ENTRY) ? (
    <EventDestinations />
  ) : flows && FORMS[flows] ? (
    <FlowsSettings key={flows} provider={flows} />
  ) : undefined;
  return (
    <div className="layout">
      <nav aria-label="Sidebar" className="nav">
        <Link to={ENTRY}>Events Destination</Link>
        <Link to="/destinations">Destinations</Link>
      </nav>
      <main>
        {page ??
          (provider ? (
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
          ))}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
