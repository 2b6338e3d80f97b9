/** @jsxImportSource react */
// Pinterest Ads Manager's Conversions pages built from MUI's own components, at
// https://ads.pinterest.com. As Pinterest's help and Upstack's guide describe them: the ad
// account id is in every path (/advertiser/<id>/…); Conversions holds the Pinterest Tag (its
// Tag ID) and the Conversions API, where "Generate new token" opens a Dialog (portalled to
// <body>, aria-hidden on #root, focus trapped) that shows the token once, with a Copy button.
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
  ThemeProvider,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AD_ACCOUNT, TAG_ID } from '../../pinterest-account';
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

const HOME = `/advertiser/${AD_ACCOUNT}/`;
const CONVERSIONS = `${HOME}conversions/`;

const tokens: string[] = [];
let copied = 0;

const theme = createTheme({
  palette: { primary: { main: '#e60023' } },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif' },
  shape: { borderRadius: 16 },
});

function Nav() {
  const links = [
    [HOME, 'Overview'],
    [`${HOME}campaigns/`, 'Campaigns'],
    [`${HOME}reporting/`, 'Reporting'],
    [CONVERSIONS, 'Conversions'],
  ];
  return (
    <Drawer
      variant="permanent"
      sx={{ width: 220, flexShrink: 0 }}
      slotProps={{ paper: { sx: { width: 220 } } }}
    >
      <Box component="nav" aria-label="Ads" sx={{ p: 1.5 }}>
        <Typography variant="h6" component="div" sx={{ px: 1, py: 1.5, fontWeight: 700 }}>
          Pinterest Ads
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

/** The one-time view of the token: an MUI Dialog, the token as text in a <code>. */
function TokenDialog({ token, close }: { token: string; close: () => void }) {
  const [done, setDone] = useState(false);
  return (
    <Dialog open onClose={close} aria-labelledby="token-title" maxWidth="sm" fullWidth>
      <DialogTitle id="token-title">Conversion access token</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Copy this token now. For your security, it won't be shown again.
        </DialogContentText>
        <Typography
          ref={markShown}
          component="code"
          className="secret"
          sx={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all' }}
        >
          {token}
        </Typography>
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

function Conversions() {
  const ready = useLateData();
  const [tab, setTab] = useState('api');
  const [shown, setShown] = useState<string>();
  if (!ready)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <CircularProgress size={20} />
        <Typography>Loading…</Typography>
      </Stack>
    );
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Conversions
      </Typography>
      <Tabs value={tab} onChange={(_e, v) => setTab(v)} aria-label="Conversions" sx={{ mb: 3 }}>
        <Tab label="Pinterest Tag" value="tag" />
        <Tab label="Conversions API" value="api" />
      </Tabs>
      {tab === 'tag' ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2">
            Pinterest Tag
          </Typography>
          <Typography>
            Tag ID: <span className="tag-id">{TAG_ID}</span>
          </Typography>
        </Paper>
      ) : (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2">
            Conversion access token
          </Typography>
          <Typography sx={{ mb: 2 }}>
            Ad account ID: {AD_ACCOUNT} · Tag ID: {TAG_ID}. Generating a new token keeps the
            existing ones working.
          </Typography>
          <Button
            variant="contained"
            onClick={() => {
              const token = options.shownKey ?? `pina_${randomString(90)}`;
              tokens.push(token.slice(-4));
              setShown(token);
            }}
          >
            Generate new token
          </Button>
        </Paper>
      )}
      {shown !== undefined && <TokenDialog token={shown} close={() => setShown(undefined)} />}
    </>
  );
}

function Page({ path }: { path: string }) {
  if (path === '/') {
    // Ads Manager's home opens the merchant's ad account.
    queueMicrotask(() => navigate(HOME, true));
    return null;
  }
  if (/^\/advertiser\/\d+\/conversions\//.test(path)) return <Conversions />;
  return (
    <Typography variant="h4" component="h1">
      {/\/campaigns\//.test(path)
        ? 'Campaigns'
        : /\/reporting\//.test(path)
          ? 'Reporting'
          : 'Overview'}
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
export function mountPinterest() {
  exposeState(() => ({ route: location.pathname, tokens, copied }));
  createRoot(document.getElementById('root') as HTMLElement).render(<App />);
}
