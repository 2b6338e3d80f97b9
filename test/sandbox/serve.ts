// Serves the sandbox apps at the providers' real origins, so the extension's production match
// patterns apply exactly as they will for merchants: through Playwright's context.route
// (`installSandbox`), or any other interception (puppeteer's, in Firefox) through `sandboxResponse`.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { appDir, buildOf, type LibraryApp, readLibrary } from './libs/registry';
import type { SandboxOptions } from './options';

export type { SandboxOptions } from './options';

interface Site {
  /** The origin served. */
  origin: string;
  /** App bundle in sites/; without one, `body` is served as a static page. */
  app?: string;
  title: string;
  body?: string;
}

/** One row per origin. Lookalikes serve the real app: the extension must still stay away. */
const SITES: Site[] = [
  { origin: 'https://www.klaviyo.com', app: 'klaviyo', title: 'Klaviyo' },
  { origin: 'https://www.klaviyo.com.evil.test', app: 'klaviyo', title: 'Klaviyo' },
  { origin: 'https://www-klaviyo.com', app: 'klaviyo', title: 'Klaviyo' },
  { origin: 'http://www.klaviyo.com', app: 'klaviyo', title: 'Klaviyo' },
  { origin: 'https://app.omnisend.com', app: 'omnisend', title: 'Omnisend' },
  { origin: 'https://docs.omnisend.com', app: 'omnisend', title: 'Omnisend docs' },
  { origin: 'https://acme.optimove.net', app: 'optimove', title: 'Optimove' },
  { origin: 'https://api.optimove.net', app: 'optimove', title: 'Optimove API' },
  { origin: 'https://r1-app.dotdigital.com', app: 'dotdigital', title: 'Dotdigital' },
  { origin: 'https://r2-app.dotdigital.com', app: 'dotdigital', title: 'Dotdigital' },
  {
    // Pinterest Ads Manager is an MUI app (libs/mui): tests set `library: 'mui'`.
    origin: 'https://ads.pinterest.com',
    title: 'Pinterest Ads',
    body: '<main><h1>Pinterest Ads</h1><p>Served by the MUI sandbox app.</p></main>',
  },
  {
    // TikTok Events Manager is an Element Plus app (libs/element): tests set `library: 'element'`.
    origin: 'https://ads.tiktok.com',
    title: 'TikTok Ads Manager',
    body: '<main><h1>TikTok Ads Manager</h1><p>Served by the Element Plus sandbox app.</p></main>',
  },
  {
    // Reddit Ads is a Shoelace app (libs/shoelace): tests set `library: 'shoelace'`.
    origin: 'https://ads.reddit.com',
    title: 'Reddit Ads',
    body: '<main><h1>Reddit Ads</h1><p>Served by the Shoelace sandbox app.</p></main>',
  },
  {
    // Snapchat Business Manager is an Angular Material app (libs/angular): tests set
    // `library: 'angular'`.
    origin: 'https://business.snapchat.com',
    title: 'Snapchat Business Manager',
    body: '<main><h1>Snapchat Business Manager</h1><p>Served by the Angular sandbox app.</p></main>',
  },
  {
    // Meta Events Manager is an MUI app (libs/mui): tests set `library: 'mui'`.
    origin: 'https://business.facebook.com',
    title: 'Meta Business Suite',
    body: '<main><h1>Meta Business Suite</h1><p>Served by the MUI sandbox app.</p></main>',
  },
  {
    // Microsoft Advertising is an Element Plus app (libs/element): tests set `library: 'element'`.
    origin: 'https://ui.ads.microsoft.com',
    title: 'Microsoft Advertising',
    body: '<main><h1>Microsoft Advertising</h1><p>Served by the Element Plus sandbox app.</p></main>',
  },
  { origin: 'https://app.upstackdata.com', app: 'upstack', title: 'Upstack Data' },
  { origin: 'http://app.upstackdata.com', app: 'upstack', title: 'Upstack Data' },
  {
    origin: 'https://example.com',
    title: 'Example Domain',
    body: '<main><h1>Example Domain</h1><p>This domain is for use in examples.</p></main>',
  },
  {
    origin: 'https://docs.upstackdata.com',
    title: 'Upstack Data docs',
    body: '<main><article><h1>How to generate your API key for Upstack Data</h1><p>Open the API keys page of your provider, create a key with full access, copy it and paste it in the destination form.</p></article></main>',
  },
];

const bundles = new Map<string, Promise<string>>();

function bundle(app: string): Promise<string> {
  let pending = bundles.get(app);
  if (!pending) {
    pending = build({
      entryPoints: [fileURLToPath(new URL(`./sites/${app}.tsx`, import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      target: 'chrome120',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(app, pending);
  }
  return pending;
}

const STYLE = `
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #f6f7f9; }
  .layout { display: flex; min-height: 100vh; }
  .nav { width: 220px; padding: 16px; background: #1f1f3a; display: flex; flex-direction: column; gap: 8px; }
  .nav a, .nav button { color: #fff; background: none; border: 0; text-align: left; font: inherit; text-decoration: none; cursor: pointer; padding: 6px 8px; }
  .nav .org { margin-top: auto; }
  main { flex: 1; padding: 24px 32px; max-width: 760px; }
  table { border-collapse: collapse; width: 100%; background: #fff; margin: 8px 0 16px; }
  td, th { border: 1px solid #ddd; padding: 6px 10px; text-align: left; }
  .button, .primary { display: inline-block; background: #232426; color: #fff; padding: 8px 14px; border-radius: 6px; border: 0; text-decoration: none; font: inherit; cursor: pointer; }
  fieldset { border: 0; padding: 0; display: grid; gap: 8px; margin: 12px 0; }
  .card { display: block; border: 1px solid #ccc; border-radius: 8px; padding: 10px 12px; background: #fff; cursor: pointer; }
  .card.selected { border-color: #232426; box-shadow: 0 0 0 2px #232426; }
  .card strong { display: block; }
  .visually-hidden { position: absolute; opacity: 0; width: 1px; height: 1px; }
  label { display: block; font-weight: 600; }
  input:not([type=radio]):not([type=checkbox]) { display: block; padding: 8px; width: 320px; border: 1px solid #bbb; border-radius: 6px; font: inherit; }
  .actions { display: flex; gap: 16px; align-items: center; margin-top: 12px; }
  .modal { position: fixed; inset: 10% auto auto 35%; width: 420px; background: #fff; border: 1px solid #999; border-radius: 10px; padding: 20px; box-shadow: 0 10px 40px rgb(0 0 0 / 0.3); }
  .check { font-weight: 400; }
  code.secret { display: block; padding: 12px; background: #fff; border: 1px dashed #999; margin: 8px 0; }
`;

/** `hostileCss`: page CSS that tries to hide or cover anything it does not know. */
const HOSTILE_STYLE = `
  * { all: unset !important; z-index: 2147483647 !important; }
  :not(:defined), html > :not(head, body) { display: none !important; }
  .hostile-layer { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgb(255 255 255 / 0.01) !important; }
`;

/** `csp`: only same-origin scripts and styles, none inline (the shell then links them). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

const optionsScript = (options: SandboxOptions) =>
  `window.__SANDBOX_OPTIONS__=${JSON.stringify(options)}`;
const styleOf = (options: SandboxOptions) => STYLE + (options.hostileCss ? HOSTILE_STYLE : '');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The library app that holds this page's host, when the test asked for a library. */
function libraryFor(url: URL, options: SandboxOptions): LibraryApp | undefined {
  if (!options.library) return undefined;
  const app = readLibrary(options.library);
  return app.hosts.includes(url.host) ? app : undefined;
}

function libraryShell(site: Site, app: LibraryApp, options: SandboxOptions): string {
  const inline = !options.csp;
  const settings = inline
    ? `<script>${optionsScript(options)}</script>`
    : '<script src="/__sandbox/options.js"></script>';
  const styles = app.styles.map((href) => `<link rel="stylesheet" href="/__sandbox/lib/${href}">`);
  const scripts = app.scripts.map(
    (s) =>
      `<script${s.module ? ' type="module"' : ' defer'} src="/__sandbox/lib/${s.src}"></script>`,
  );
  return `<!doctype html><html lang="${options.pageLang ?? options.labels ?? 'en'}"><head><meta charset="utf-8"><title>${site.title}</title>${styles.join('')}${settings}${scripts.join('')}</head><body><div id="root"></div></body></html>`;
}

/** The cross-origin frame of `frames`: a new dialog with new key-shaped values every 400 ms. */
const FOREIGN_KEYS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner widget</title></head><body><div id="w"></div><script>
const A='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const r=(n)=>Array.from(crypto.getRandomValues(new Uint32Array(n)),(v)=>A[v%A.length]).join('');
setInterval(()=>{const d=document.createElement('div');d.setAttribute('role','dialog');d.setAttribute('aria-label','Your API key');
d.innerHTML='<code>'+r(64)+'-'+r(10)+'</code> <code>pk_'+r(34)+'</code>';document.getElementById('w').replaceChildren(d);},400);
</script></body></html>`;

/** `frames`: the top page and the middle frame hold the frame below and hand its state up. */
function frameShell(site: Site, url: URL, depth: number): string {
  const inner = new URL(url);
  inner.searchParams.set('__frame', String(depth + 1));
  const foreign =
    depth === 0
      ? '<iframe title="Partner widget" src="https://example.com/__sandbox/foreign-keys" style="width:100%;height:120px;border:0"></iframe>'
      : '';
  const frame = `<iframe data-app title="Settings" src="${inner.pathname}${inner.search}${inner.hash}" style="width:100%;height:${depth === 0 ? 720 : 680}px;border:1px solid #ccc;padding:8px"></iframe>`;
  const state = `<script>window.__sandbox={state:()=>document.querySelector('iframe[data-app]').contentWindow.__sandbox.state()}</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${site.title}</title><style>${STYLE}</style></head><body><header style="padding:8px 16px;background:#1f1f3a;color:#fff">${site.title} ${depth === 0 ? 'dashboard' : 'settings'}</header>${frame}${foreign}${state}</body></html>`;
}

function shell(site: Site, options: SandboxOptions): string {
  const inline = !options.csp;
  const script = site.app
    ? `${inline ? `<script>${optionsScript(options)}</script>` : '<script src="/__sandbox/options.js"></script>'}<script src="/__sandbox/${site.app}.js"></script>`
    : (site.body ?? '');
  const style = inline
    ? `<style>${styleOf(options)}</style>`
    : '<link rel="stylesheet" href="/__sandbox/style.css">';
  const layer = options.hostileCss ? '<div class="hostile-layer"></div>' : '';
  return `<!doctype html><html lang="${options.pageLang ?? options.labels ?? 'en'}"><head><meta charset="utf-8"><title>${site.title}</title>${style}</head><body><div id="root"></div>${script}${layer}</body></html>`;
}

/** What the sandbox answers for a request; `undefined`: nothing there (the request fails). */
export interface SandboxResponse {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** The sandbox's answer to a request for `href` of this resource type (`document`, `script`…). */
export async function sandboxResponse(
  href: string,
  resourceType: string,
  options: SandboxOptions = {},
): Promise<SandboxResponse | undefined> {
  const url = new URL(href);
  const site = SITES.find((s) => s.origin === url.origin);
  if (!site) return undefined;
  const library = libraryFor(url, options);
  if (library && url.pathname.startsWith('/__sandbox/lib/')) {
    const file = join(
      appDir(buildOf(options.library as NonNullable<SandboxOptions['library']>)),
      url.pathname.slice('/__sandbox/lib/'.length),
    );
    return {
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    };
  }
  if (site.app && url.pathname === `/__sandbox/${site.app}.js`) {
    return { contentType: 'text/javascript', body: await bundle(site.app) };
  }
  if (url.pathname === '/__sandbox/options.js')
    return { contentType: 'text/javascript', body: optionsScript(options) };
  if (url.pathname === '/__sandbox/style.css')
    return { contentType: 'text/css', body: styleOf(options) };
  if (resourceType !== 'document') return { status: 404, body: '' };
  if (options.frames && url.pathname === '/__sandbox/foreign-keys')
    return { contentType: 'text/html; charset=utf-8', body: FOREIGN_KEYS };
  const depth = Number(url.searchParams.get('__frame') ?? 0);
  if (options.frames && site.app && site.app !== 'upstack' && depth < 2)
    return { contentType: 'text/html; charset=utf-8', body: frameShell(site, url, depth) };
  return {
    contentType: 'text/html; charset=utf-8',
    headers: options.csp ? { 'content-security-policy': STRICT_CSP } : {},
    body: library ? libraryShell(site, library, options) : shell(site, options),
  };
}

export async function installSandbox(context: BrowserContext, options: SandboxOptions = {}) {
  // No network here: anything the sandbox does not serve fails at once instead of hanging.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const response = await sandboxResponse(
        route.request().url(),
        route.request().resourceType(),
        options,
      );
      return response ? route.fulfill(response) : route.abort();
    },
  );
}
