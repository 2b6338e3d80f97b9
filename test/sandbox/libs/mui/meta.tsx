/** @jsxImportSource react */
// Meta Events Manager built from MUI's own components, at https://business.facebook.com. As
// Upstack's guide describes it: Events Manager > Data Sources (the merchant's pixels) > the
// pixel's page (/events_manager2/list/pixel/<pixel id>/overview, its Pixel ID under its name) >
// the Settings tab > the Conversions API section > "Generate access token", which opens a Dialog
// (portalled to <body>, aria-hidden on #root, focus trapped) showing the token once, in a
// read-only text field filled a moment later, with a Copy button.
import {
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
  List,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Tab,
  Tabs,
  TextField,
  ThemeProvider,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { stampShown } from '../../page';
import {
  exposeState,
  Link,
  navigate,
  options,
  randomString,
  useLateData,
  useLocation,
} from '../../sites/kit';
import { META_BUSINESS, META_PIXEL, META_PIXEL_NAME } from './meta-pixel';

const LIST = '/events_manager2/list';
const PIXEL = `${LIST}/pixel/${META_PIXEL}`;
const query = `?business_id=${META_BUSINESS}`;

/** What tests read back: the end of each token generated, and Copy presses. */
const tokens: { end: string }[] = [];
let copied = 0;

const theme = createTheme({
  palette: { primary: { main: '#0866ff' } },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif' },
  shape: { borderRadius: 6 },
});

function Nav() {
  const links = [
    ['/latest/home', 'Home'],
    [`${LIST}${query}`, 'Events Manager'],
    ['/adsmanager/manage/campaigns', 'Ads Manager'],
  ];
  return (
    <Drawer
      variant="permanent"
      sx={{ width: 220, flexShrink: 0 }}
      slotProps={{ paper: { sx: { width: 220 } } }}
    >
      <Box component="nav" aria-label="Meta Business Suite" sx={{ p: 1.5 }}>
        <Typography variant="h6" component="div" sx={{ px: 1, py: 1.5, fontWeight: 700 }}>
          Meta Business Suite
        </Typography>
        <List dense>
          {links.map(([to, label]) => (
            <ListItemButton key={to} component={Link} to={to as string} sx={{ borderRadius: 1 }}>
              <ListItemText primary={label} />
            </ListItemButton>
          ))}
        </List>
      </Box>
    </Drawer>
  );
}

/** The one-time view of the token: an MUI Dialog, the token in a read-only TextField. */
function TokenDialog({ token, close }: { token: string; close: () => void }) {
  const [value, setValue] = useState('');
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setValue(token), options.instant ? 0 : 250);
    return () => clearTimeout(timer);
  }, [token]);
  useEffect(() => {
    if (value) stampShown();
  }, [value]);
  return (
    <Dialog open onClose={close} aria-labelledby="meta-token-title" maxWidth="sm" fullWidth>
      <DialogTitle id="meta-token-title">Access token</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Copy this access token and keep it safe. It won't be shown again.
        </DialogContentText>
        <TextField
          fullWidth
          value={value}
          placeholder="Generating…"
          slotProps={{ htmlInput: { readOnly: true, 'aria-label': 'Access token' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button
          onClick={async () => {
            await navigator.clipboard.writeText(token);
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

function Settings() {
  const [shown, setShown] = useState<string>();
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h6" component="h2">
          Details
        </Typography>
        <Typography>Name: {META_PIXEL_NAME}</Typography>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2">
          Conversions API
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Set up direct integration: send web events from your server with an access token.
        </Typography>
        <Button
          variant="contained"
          onClick={() => {
            const token = options.shownKey ?? `EAA${randomString(1, 'BCDGIJ')}${randomString(186)}`;
            tokens.push({ end: token.slice(-4) });
            setShown(token);
          }}
        >
          Generate access token
        </Button>
      </Paper>
      {shown !== undefined && <TokenDialog token={shown} close={() => setShown(undefined)} />}
    </>
  );
}

function PixelPage() {
  const ready = useLateData();
  const [tab, setTab] = useState('overview');
  if (!ready)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <CircularProgress size={20} />
        <Typography>Loading…</Typography>
      </Stack>
    );
  return (
    <>
      <Typography variant="h4" component="h1">
        {META_PIXEL_NAME}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        Pixel ID: <span className="pixel-id">{META_PIXEL}</span>
      </Typography>
      <Tabs value={tab} onChange={(_e, v) => setTab(v)} aria-label="Pixel" sx={{ mb: 3 }}>
        <Tab label="Overview" value="overview" />
        <Tab label="Test events" value="test" />
        <Tab label="Settings" value="settings" />
      </Tabs>
      {tab === 'settings' ? (
        <Settings />
      ) : (
        <Typography variant="h5" component="h2">
          {tab === 'test' ? 'Test events' : 'Overview'}
        </Typography>
      )}
    </>
  );
}

function DataSources() {
  const ready = useLateData();
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Events Manager
      </Typography>
      <Typography variant="h6" component="h2">
        Data Sources
      </Typography>
      {ready ? (
        <List>
          <ListItemButton component={Link} to={`${PIXEL}/overview${query}`}>
            <ListItemText primary={META_PIXEL_NAME} secondary={`ID: ${META_PIXEL}`} />
          </ListItemButton>
        </List>
      ) : (
        <CircularProgress size={20} />
      )}
    </>
  );
}

function Page({ path }: { path: string }) {
  if (path === '/') {
    queueMicrotask(() => navigate('/latest/home', true));
    return null;
  }
  if (path.startsWith(`${LIST}/pixel/`)) return <PixelPage />;
  if (path.startsWith('/events_manager')) return <DataSources />;
  return (
    <Typography variant="h4" component="h1">
      {path.startsWith('/adsmanager') ? 'Ads Manager' : 'Home'}
    </Typography>
  );
}

function App() {
  const where = useLocation();
  const path = where.split(/[?#]/)[0] ?? '/';
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: '#fff' }}>
        <Nav />
        <Box component="main" sx={{ flex: 1, p: 4, maxWidth: 900 }}>
          <Page key={path} path={path} />
        </Box>
      </Box>
    </ThemeProvider>
  );
}

/** Mounts the app; what tests read back is the app's own state (last 4 of each token). */
export function mountMeta() {
  exposeState(() => ({ route: location.pathname, tokens, copied }));
  createRoot(document.getElementById('root') as HTMLElement).render(<App />);
}
