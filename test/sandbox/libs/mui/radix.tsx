/** @jsxImportSource react */
// Klaviyo's and Omnisend's create-key dialogs built from Radix UI primitives, as shadcn/ui's
// components are (sandbox option `library: 'radix'`, bundled with the MUI app; unstyled but
// for a few inline styles, shadcn's Tailwind classes are not needed). What Radix brings:
// - Dialog: portalled to <body>, the rest aria-hidden (aria-hidden's hideOthers), scrolling
//   locked (react-remove-scroll), focus trapped, pointer events outside it off, and a press
//   outside it closes it;
// - Select (Klaviyo's access level): a <button role=combobox> named by a <label for>, its value
//   in a child <span>; the listbox is portalled to <body> only while open, and opens on
//   pointerdown; options select on pointerup or on Enter; the fields sit in a <form> (so Radix
//   adds its hidden native <select>), the Create button in the footer outside it;
// - Checkbox (Omnisend's permissions): a <button role=checkbox> with aria-checked and
//   data-state, no <input> (there is no form);
// - Switch (Klaviyo's "Show key"): the key is in the DOM only once it is switched on.
import * as Checkbox from '@radix-ui/react-checkbox';
import * as Dialog from '@radix-ui/react-dialog';
import * as Select from '@radix-ui/react-select';
import * as Switch from '@radix-ui/react-switch';
import { type CSSProperties, type ReactNode, useState } from 'react';
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
} from '../../sites/kit';

interface Created {
  name: string;
  access?: string;
  permissions?: string[];
  key: string;
}
const created: Created[] = [];
exposeState(() => ({ route: location.pathname, created }));

const overlay: CSSProperties = { position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.5)' };
const content: CSSProperties = {
  position: 'fixed',
  top: '50%',
  left: '50%',
  transform: 'translate(-50%, -50%)',
  width: 'min(480px, 92vw)',
  background: '#fff',
  borderRadius: 8,
  padding: 24,
  display: 'grid',
  gap: 12,
  font: '14px system-ui, sans-serif',
};
const row: CSSProperties = { display: 'flex', gap: 8, alignItems: 'center' };
const box: CSSProperties = { width: 18, height: 18, border: '1px solid #333', borderRadius: 4 };

/** A shadcn-style modal dialog; `onClose` when Radix dismisses it (Escape, a press outside). */
function Modal(props: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && props.onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay style={overlay} />
        <Dialog.Content style={content} aria-describedby={undefined}>
          <Dialog.Title style={{ margin: 0, fontSize: 18 }}>{props.title}</Dialog.Title>
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

// ---- Klaviyo ----

const API_KEYS = '/settings/account/api-keys';
const ACCESS = [
  { value: 'custom', title: 'Custom Key' },
  { value: 'read-only', title: 'Read-Only Key' },
  { value: 'full', title: 'Full Access Key' },
];

function KlaviyoKey({ entry }: { entry: Created }) {
  const [show, setShow] = useState(false);
  const shown = options.shownKey ?? entry.key;
  return (
    <>
      <p>Copy this key now. You won't be able to see it again.</p>
      <div>Private API key</div>
      {show ? (
        <code className="secret" ref={markShown}>
          {shown}
        </code>
      ) : (
        <code>pk_••••••••</code>
      )}
      <div style={row}>
        <Switch.Root
          id="show-key"
          checked={show}
          onCheckedChange={setShow}
          style={{ ...box, width: 36, background: show ? '#232426' : '#ddd' }}
        >
          <Switch.Thumb />
        </Switch.Root>
        <label htmlFor="show-key">Show key</label>
      </div>
      <div style={row}>
        <button type="button" onClick={() => navigator.clipboard.writeText(shown)}>
          Copy
        </button>
        <button type="button" onClick={() => navigate(API_KEYS)}>
          Done
        </button>
      </div>
    </>
  );
}

function KlaviyoCreate() {
  const ready = useLateData();
  const [name, setName] = useState('');
  const [access, setAccess] = useState('');
  const [error, setError] = useState('');
  const [entry, setEntry] = useState<Created>();
  if (!ready) return <p>Loading…</p>;
  const create = () => {
    // React state, not the DOM, is what a real app sends to its API.
    if (!name.trim() || !access) return setError('Enter a name and choose an access level.');
    const next = { name, access, key: `pk_${randomString(34)}` };
    created.push(next);
    setEntry(next);
  };
  return (
    <Modal
      title={entry ? 'Your new private API key' : 'New private API key'}
      onClose={() => navigate(API_KEYS)}
    >
      {entry ? (
        <KlaviyoKey entry={entry} />
      ) : (
        <>
          <form
            id="create-key"
            onSubmit={(e) => e.preventDefault()}
            style={{ display: 'grid', gap: 8 }}
          >
            <label htmlFor="key-name">Private API Key Name</label>
            <input
              id="key-name"
              placeholder="Name your key"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <label htmlFor="access-level">Access level</label>
            <Select.Root name="access-level" value={access} onValueChange={setAccess}>
              <Select.Trigger id="access-level" style={{ textAlign: 'left', padding: 6 }}>
                <Select.Value placeholder="Choose an access level" />
                <Select.Icon> ▾</Select.Icon>
              </Select.Trigger>
              <Select.Portal>
                <Select.Content
                  position="popper"
                  sideOffset={4}
                  style={{ background: '#fff', border: '1px solid #ccc', padding: 4 }}
                >
                  <Select.Viewport>
                    {ACCESS.map((a) => (
                      <Select.Item key={a.value} value={a.value} style={{ padding: 6 }}>
                        <Select.ItemText>{a.title}</Select.ItemText>
                      </Select.Item>
                    ))}
                  </Select.Viewport>
                </Select.Content>
              </Select.Portal>
            </Select.Root>
          </form>
          {error && <p role="alert">{error}</p>}
          <div style={row}>
            <button type="button" onClick={() => navigate(API_KEYS)}>
              Cancel
            </button>
            <button type="button" onClick={create}>
              Create
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

function KlaviyoPage({ path }: { path: string }) {
  if (path.startsWith('/create-private-api-key')) return <KlaviyoCreate />;
  if (path.startsWith(API_KEYS))
    return (
      <>
        <h1>API keys</h1>
        <table aria-label="Private API keys">
          <tbody>
            {created.map((c) => (
              <tr key={c.key}>
                <td>{c.name}</td>
                <td>pk_****{c.key.slice(-4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Link to="/create-private-api-key">Create Private API Key</Link>
      </>
    );
  return (
    <>
      <h1>Settings</h1>
      <Link to={API_KEYS}>API keys</Link>
    </>
  );
}

// ---- Omnisend ----

const PERMISSIONS = ['Campaigns', 'Contacts', 'Orders', 'Products', 'Carts', 'Events'];

function OmnisendCreate({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<string[]>([]);
  const [entry, setEntry] = useState<Created>();
  const [error, setError] = useState('');
  if (entry) {
    const shown = options.shownKey ?? entry.key;
    return (
      <Modal title="Your API key" onClose={onClose}>
        <p>Copy it now: you will not see it again.</p>
        <code className="secret" ref={markShown} style={{ wordBreak: 'break-all' }}>
          {shown}
        </code>
        <div style={row}>
          <button type="button" onClick={() => navigator.clipboard.writeText(shown)}>
            Copy API key
          </button>
          <button type="button" onClick={onClose}>
            Done
          </button>
        </div>
      </Modal>
    );
  }
  const toggle = (p: string, on: boolean) =>
    setPermissions((all) => (on ? [...all, p] : all.filter((x) => x !== p)));
  return (
    <Modal title="Create API key" onClose={onClose}>
      <label htmlFor="key-name">Name</label>
      <input id="key-name" value={name} onChange={(e) => setName(e.target.value)} />
      <div>Permissions</div>
      {PERMISSIONS.map((p) => (
        <div key={p} style={row}>
          <Checkbox.Root
            id={`perm-${p}`}
            checked={permissions.includes(p)}
            onCheckedChange={(on) => toggle(p, on === true)}
            style={box}
          >
            <Checkbox.Indicator>✓</Checkbox.Indicator>
          </Checkbox.Root>
          <label htmlFor={`perm-${p}`}>{p}</label>
        </div>
      ))}
      {error && <p role="alert">{error}</p>}
      <div style={row}>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          onClick={() => {
            if (!name.trim() || permissions.length === 0)
              return setError('Enter a name and choose at least one permission.');
            const next = { name, permissions, key: `${randomString(64)}-${randomString(10)}` };
            created.push(next);
            setEntry(next);
          }}
        >
          Create API key
        </button>
      </div>
    </Modal>
  );
}

function OmnisendPage({ path }: { path: string }) {
  const ready = useLateData();
  const [open, setOpen] = useState(false);
  if (!path.startsWith('/integrations/api-keys')) return <h1>Dashboard</h1>;
  return (
    <>
      <h1>API keys</h1>
      {ready ? (
        <button type="button" onClick={() => setOpen(true)}>
          Create API key
        </button>
      ) : (
        <p>Loading…</p>
      )}
      {open && <OmnisendCreate onClose={() => setOpen(false)} />}
    </>
  );
}

function App({ omnisend }: { omnisend: boolean }) {
  const where = useLocation();
  const path = where.split(/[?#]/)[0] ?? '/';
  return (
    <div style={{ display: 'flex', font: '14px system-ui, sans-serif' }}>
      <nav aria-label="Main" style={{ width: 180, display: 'grid', gap: 8, padding: 16 }}>
        <Link to="/">Home</Link>
        <Link to="/campaigns">Campaigns</Link>
        <Link to="/settings">Settings</Link>
      </nav>
      <main style={{ padding: 24, flex: 1 }}>
        {omnisend ? (
          <OmnisendPage key={where} path={path} />
        ) : (
          <KlaviyoPage key={where} path={path} />
        )}
      </main>
    </div>
  );
}

export function mountRadix() {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App omnisend={location.host === 'app.omnisend.com'} />,
  );
}
