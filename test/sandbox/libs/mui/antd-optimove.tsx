/** @jsxImportSource react */
// Optimove's API Key Management (acme.optimove.net, hash routes) built from Ant Design's own
// components (sandbox option `library: 'antd'`, bundled with the MUI app). What antd brings:
// - a Modal portalled to <body> with its focus trap; its footer's "Activate key" is a plain
//   type=button outside any <form> (no form element on the page);
// - Access Type as a Select (rc-select): an <input role=combobox> that never holds the choice
//   (it shows in a sibling .ant-select-selection-item), its options in a virtual list portalled
//   to <body> whose rows have no role; the role=option elements are an off-screen mirror of
//   the active row and its neighbours, followed by aria-activedescendant;
// - the key in a read-only Input.Password: masked until its eye toggle is pressed.
import { App as AntApp, Button, ConfigProvider, Input, Modal, Select, Space, Table } from 'antd';
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
} from '../../sites/kit';

interface Created {
  nickname: string;
  email: string;
  access: string;
  key: string;
}
const created: Created[] = [];
exposeState(() => ({ route: location.hash, created }));

const ACCESS = ['Admin', 'Integrations', 'Transactional API User'].map((v) => ({
  value: v,
  label: v,
}));
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function NewKey({ onDone, onCancel }: { onDone: (c: Created) => void; onCancel: () => void }) {
  const [nickname, setNickname] = useState('');
  const [email, setEmail] = useState('');
  const [access, setAccess] = useState<string>();
  const [error, setError] = useState('');
  const activate = () => {
    // The app's state, not the DOM, is what a real app sends to its API.
    if (!nickname.trim() || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !access)
      return setError('Fill in the nickname, a valid contact email and the access type.');
    const entry = { nickname, email, access, key: randomString(48, BASE64URL) };
    created.push(entry);
    onDone(entry);
  };
  return (
    <Modal
      open
      title="New API Key"
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          Cancel
        </Button>,
        <Button key="activate" type="primary" onClick={activate}>
          Activate key
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <label htmlFor="nickname">Nickname</label>
        <Input id="nickname" value={nickname} onChange={(e) => setNickname(e.target.value)} />
        <label htmlFor="email">Contact Email</label>
        <Input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="access-type">Access Type</label>
        <Select
          id="access-type"
          style={{ width: '100%' }}
          placeholder="Select an access type"
          options={ACCESS}
          value={access}
          onChange={setAccess}
        />
        {error && <div role="alert">{error}</div>}
      </Space>
    </Modal>
  );
}

function Reveal({ entry, onClose }: { entry: Created; onClose: () => void }) {
  const shown = options.shownKey ?? entry.key;
  return (
    <Modal
      open
      title="API Key Created"
      onCancel={onClose}
      footer={[
        <Button key="done" type="primary" onClick={onClose}>
          Done
        </Button>,
      ]}
    >
      <p>Copy the key now. It will not be shown again.</p>
      <label htmlFor="api-key">API Key</label>
      <span ref={markShown}>
        <Input.Password id="api-key" readOnly value={shown} />
      </span>
    </Modal>
  );
}

function KeyManagement() {
  const ready = useLateData();
  const [mode, setMode] = useState<'list' | 'form' | Created>('list');
  const rows = [{ nickname: 'Reporting', access: 'Integrations' }, ...created];
  return (
    <main style={{ padding: 24 }}>
      <h1>API Key Management</h1>
      <Table
        loading={!ready}
        pagination={false}
        rowKey="nickname"
        dataSource={ready ? rows : []}
        columns={[
          { title: 'Nickname', dataIndex: 'nickname' },
          { title: 'Access Type', dataIndex: 'access' },
        ]}
      />
      {ready && (
        <Button type="primary" style={{ marginTop: 16 }} onClick={() => setMode('form')}>
          + New API Key
        </Button>
      )}
      {mode === 'form' && <NewKey onDone={setMode} onCancel={() => setMode('list')} />}
      {typeof mode === 'object' && <Reveal entry={mode} onClose={() => setMode('list')} />}
    </main>
  );
}

function Page() {
  const where = useLocation();
  const route = where.split('#')[1] ?? '/';
  if (route.startsWith('/settings/general/api-key-management')) return <KeyManagement />;
  return (
    <main style={{ padding: 24 }}>
      <h1>Settings</h1>
      <Link to="/#/settings/general/api-key-management">API Key Management</Link>
    </main>
  );
}

export function mountAntdOptimove() {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <ConfigProvider theme={{ token: { fontFamily: 'system-ui, sans-serif' } }}>
      <AntApp>
        <Page />
      </AntApp>
    </ConfigProvider>,
  );
}
