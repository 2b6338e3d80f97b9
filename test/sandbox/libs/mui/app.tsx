/** @jsxImportSource react */
// Klaviyo's API-key pages built from MUI's own components, with the routes, labels, state and
// late data of sites/klaviyo.tsx. What MUI brings that the hand-made app lacks: the access level
// is a non-native Select (a combobox whose listbox is a Menu portalled to <body>), and the key
// appears in a Dialog portalled to <body> that sets aria-hidden on #root and traps focus.
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  CssBaseline,
  createTheme,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Drawer,
  FormControl,
  FormHelperText,
  InputLabel,
  List,
  ListItemButton,
  ListItemText,
  Menu,
  MenuItem,
  Paper,
  Select,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  ThemeProvider,
  Typography,
} from '@mui/material';
import { type FormEvent, type MouseEvent, useState } from 'react';
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
import { mountMeta } from './meta';
import { mountPinterest } from './pinterest';

interface Created {
  name: string;
  access: string;
  key: string;
}
const created: Created[] = [];
let copied = 0;
const publicKey = randomString(6);
exposeState(() => ({ route: location.pathname, created, copied }));

const API_KEYS = '/settings/account/api-keys';

// System fonts only: no remote font on this machine (and none needed by the tests).
const theme = createTheme({
  palette: { primary: { main: '#232426' }, secondary: { main: '#2f6df6' } },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif' },
  shape: { borderRadius: 8 },
});

function Nav() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const links = [
    ['/dashboard', 'Home'],
    ['/campaigns', 'Campaigns'],
    ['/flows', 'Flows'],
  ];
  return (
    <Drawer
      variant="permanent"
      slotProps={{ paper: { sx: { width: 220, bgcolor: '#1f1f3a', color: '#fff' } } }}
      sx={{ width: 220, flexShrink: 0 }}
    >
      <Box
        component="nav"
        aria-label="Main"
        sx={{ display: 'flex', flexDirection: 'column', p: 1.5, height: '100%' }}
      >
        <Typography variant="h6" component="div" sx={{ px: 1, py: 1.5, fontWeight: 700 }}>
          klaviyo
        </Typography>
        <Button
          variant="contained"
          color="secondary"
          onClick={(event) => setAnchor(event.currentTarget)}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : 'false'}
          sx={{ mb: 1 }}
        >
          Create
        </Button>
        <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
          <MenuItem onClick={() => setAnchor(null)}>Campaign</MenuItem>
          <MenuItem onClick={() => setAnchor(null)}>Flow</MenuItem>
        </Menu>
        <List dense>
          {[...links, ['/settings', 'Settings']].map(([to, label]) => (
            <ListItemButton key={to} component={Link} to={to as string} sx={{ borderRadius: 1 }}>
              <ListItemText primary={label} />
            </ListItemButton>
          ))}
        </List>
        <Button color="inherit" sx={{ mt: 'auto', justifyContent: 'flex-start' }}>
          Acme Store
        </Button>
      </Box>
    </Drawer>
  );
}

function SettingsTabs({ value }: { value: string | false }) {
  return (
    <Tabs value={value} aria-label="Account settings" sx={{ mb: 3 }}>
      <Tab label="Account" value="account" component={Link} to="/settings/account" />
      <Tab label="API keys" value="api-keys" component={Link} to={API_KEYS} />
    </Tabs>
  );
}

function ApiKeysList() {
  const ready = useLateData();
  return (
    <>
      <SettingsTabs value="api-keys" />
      <Typography variant="h4" component="h1" gutterBottom>
        API keys
      </Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h6" component="h2">
          Public API key / Site ID
        </Typography>
        <Typography className="public" sx={{ fontFamily: 'monospace', fontSize: 18 }}>
          {publicKey}
        </Typography>
      </Paper>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">
          Private API keys
        </Typography>
        {options.variant === 'no-anchors' ? (
          <Button variant="contained">Add key</Button>
        ) : (
          <Button variant="contained" component={Link} to="/create-private-api-key">
            Create Private API Key
          </Button>
        )}
      </Stack>
      {ready ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Private API keys">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Scopes</TableCell>
                <TableCell>Key</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow>
                <TableCell>Zapier</TableCell>
                <TableCell>Read-only</TableCell>
                <TableCell>pk_****a1b2</TableCell>
              </TableRow>
              {created.map((c) => (
                <TableRow key={c.key}>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>{c.access}</TableCell>
                  <TableCell>pk_****{c.key.slice(-4)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <CircularProgress size={20} />
          <Typography>Loading…</Typography>
        </Stack>
      )}
    </>
  );
}

const formless = options.variant === 'formless';

const ACCESS =
  options.variant === 'renamed-access'
    ? [
        { value: 'custom', title: 'Pick scopes', text: 'Choose scopes one by one.' },
        { value: 'read-only', title: 'Read only', text: 'Read access to everything.' },
        { value: 'full', title: 'Everything', text: 'Read and write access to everything.' },
      ]
    : [
        { value: 'custom', title: 'Custom Key', text: 'Choose scopes one by one.' },
        { value: 'read-only', title: 'Read-Only Key', text: 'Read access to everything.' },
        { value: 'full', title: 'Full Access Key', text: 'Read and write access to everything.' },
      ];

/** The one-time view of the key: an MUI Dialog over the form, the key as plain text in a <p>. */
function KeyDialog({ entry }: { entry: Created }) {
  const [done, setDone] = useState(false);
  const shown = options.shownKey ?? entry.key;
  const close = () => navigate(API_KEYS);
  return (
    <Dialog
      open
      onClose={(_event, reason) => reason !== 'backdropClick' && close()}
      aria-labelledby="key-dialog-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="key-dialog-title">Your new private API key</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Copy this key now. You won't be able to see it again.
        </DialogContentText>
        <Stack direction="row" spacing={3}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="overline" component="div">
              Private API key
            </Typography>
            <Typography
              ref={markShown}
              className="secret"
              sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
            >
              {options.keyOnlyInCopy ? `pk_****${shown.slice(-4)}` : shown}
            </Typography>
          </Box>
          <Box>
            <Typography variant="overline" component="div">
              Public API key
            </Typography>
            <Typography sx={{ fontFamily: 'monospace' }}>{publicKey}</Typography>
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          data-clipboard-text={options.keyOnlyInCopy ? shown : undefined}
          onClick={async () => {
            await navigator.clipboard.writeText(shown);
            copied++;
            setDone(true);
          }}
        >
          {done ? 'Copied' : 'Copy'}
        </Button>
        <Button variant="contained" onClick={close}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function CreateKey() {
  const ready = useLateData(options.variant === 'late-form' ? 2000 : undefined);
  const [name, setName] = useState('');
  const [access, setAccess] = useState('');
  const [error, setError] = useState('');
  const [entry, setEntry] = useState<Created>();

  if (!ready)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <CircularProgress size={20} />
        <Typography>Loading…</Typography>
      </Stack>
    );

  const submit = (event: FormEvent | MouseEvent) => {
    event.preventDefault();
    // React state, not the DOM, is what a real app sends to its API.
    if (!name.trim() || !access) return setError('Enter a name and choose an access level.');
    setError('');
    const next = { name, access, key: `pk_${randomString(34)}` };
    created.push(next);
    setEntry(next);
  };

  if (options.variant === 'no-anchors') {
    return (
      <Box component="form" onSubmit={submit}>
        <Typography variant="h4" component="h1" gutterBottom>
          Keys
        </Typography>
        <TextField value={name} onChange={(e) => setName(e.target.value)} />
        {error && <Alert severity="error">{error}</Alert>}
        <Button type="submit" variant="contained">
          Continue
        </Button>
      </Box>
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 560 }}>
      {/* `formless`: no form element, the Create a plain type=button beside the fields. */}
      <Box
        component={formless ? 'div' : 'form'}
        onSubmit={formless ? undefined : submit}
        noValidate={formless ? undefined : true}
        className="create-form"
      >
        <Typography variant="h4" component="h1" gutterBottom>
          New private API key
        </Typography>
        <Stack spacing={3} sx={{ mt: 2 }}>
          <TextField
            id="key-name"
            name="Private API Key Name"
            label="Private API Key Name"
            placeholder="Name your key"
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
          />
          <FormControl fullWidth>
            <InputLabel id="access-level-label">Access level</InputLabel>
            <Select
              labelId="access-level-label"
              id="access-level"
              name="access-level"
              label="Access level"
              value={access}
              onChange={(e) => setAccess(e.target.value)}
            >
              {ACCESS.map((a) => (
                <MenuItem key={a.value} value={a.value}>
                  {a.title}
                </MenuItem>
              ))}
            </Select>
            <FormHelperText>
              {ACCESS.find((a) => a.value === access)?.text ?? 'Choose what this key can do.'}
            </FormHelperText>
          </FormControl>
          {error && <Alert severity="error">{error}</Alert>}
          <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
            <Button component={Link} to={API_KEYS}>
              Cancel
            </Button>
            <Button
              type={formless ? 'button' : 'submit'}
              onClick={formless ? submit : undefined}
              variant="contained"
            >
              Create
            </Button>
          </Stack>
        </Stack>
      </Box>
      {entry && <KeyDialog entry={entry} />}
    </Paper>
  );
}

function Page({ path }: { path: string }) {
  if (path.startsWith('/account') && location.hash === '#api-keys-tab') {
    queueMicrotask(() => navigate(API_KEYS, true));
    return null;
  }
  if (path.startsWith('/login'))
    return (
      <Typography variant="h4" component="h1">
        Log in to Klaviyo
      </Typography>
    );
  if (path.startsWith(API_KEYS)) return <ApiKeysList />;
  if (path.startsWith('/create-private-api-key')) return <CreateKey key={path} />;
  if (path.startsWith('/settings')) {
    return (
      <>
        <SettingsTabs value={path.startsWith('/settings/account') ? 'account' : false} />
        <Typography variant="h4" component="h1">
          Settings
        </Typography>
      </>
    );
  }
  return (
    <Typography variant="h4" component="h1">
      Dashboard
    </Typography>
  );
}

function App() {
  const where = useLocation();
  const path = where.split(/[?#]/)[0] ?? '/';
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: '#f6f7f9' }}>
        <Nav />
        <Box component="main" sx={{ flex: 1, p: 4, maxWidth: 900 }}>
          <Page key={where} path={path} />
        </Box>
      </Box>
    </ThemeProvider>
  );
}

// Ant Design's and Radix's pages share this bundle, each in a chunk of its own, loaded only
// for its pages.
if (options.library === 'antd') void import('./antd-optimove').then((m) => m.mountAntdOptimove());
else if (options.library === 'radix') void import('./radix').then((m) => m.mountRadix());
else if (location.host === 'www.klaviyo.com')
  createRoot(document.getElementById('root') as HTMLElement).render(<App />);
else if (location.host === 'ads.pinterest.com') mountPinterest();
else if (location.host === 'business.facebook.com') mountMeta();
