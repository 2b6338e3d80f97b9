// Kept by hand, on purpose: a permission or a site is added here, in docs/store.md and in the code,
// three separate edits, so that nothing widens the extension by accident.
export const expectedPermissions = [
  'alarms',
  'https://a.klaviyo.com/*',
  'https://api.omnisend.com/*',
  'https://r1-api.dotdigital.com/*',
  'scripting',
  'storage',
];

/** Asked for at run time only, for the one dashboard origin the merchant adds in the options. */
export const expectedOptionalHostPermissions = ['https://*/*'];

export const expectedContentScripts = [
  // One script per provider, each with its own recipe alone.
  { js: 'klaviyo', matches: ['https://www.klaviyo.com/*'], exclude: [] },
  { js: 'omnisend', matches: ['https://app.omnisend.com/*'], exclude: [] },
  {
    js: 'optimove',
    matches: ['https://*.optimove.net/*'],
    exclude: [
      'https://api*.optimove.net/*',
      'https://sdk-cdn.optimove.net/*',
      'https://optimobile-*.optimove.net/*',
    ],
  },
  {
    js: 'dotdigital',
    matches: [
      'https://r1-app.dotdigital.com/*',
      'https://r2-app.dotdigital.com/*',
      'https://r3-app.dotdigital.com/*',
    ],
    exclude: [],
  },
  { js: 'docs', matches: ['https://docs.upstackdata.com/guides/*'], exclude: [] },
  // The dashboard's one origin; the content script also checks the port (match patterns do not).
  { js: 'upstack', matches: ['https://app.upstackdata.com/*'], exclude: [] },
];

/**
 * The engine (guide.js) and its chunks (guide/: the panel, a running guide's steps), imported by
 * the provider pages' loader only when a guide is wanted:
 * web-accessible to the provider dashboards alone, never to the docs, the Upstack dashboard or
 * any other site. Chrome serves it under a per-session URL (use_dynamic_url); Firefox's MV2
 * build can only name the file (its per-install host is random).
 */
export const expectedWebAccessibleResources = ['guide.js', 'guide/*.js'];
export const expectedWebAccessibleMatches = [
  'https://www.klaviyo.com/*',
  'https://app.omnisend.com/*',
  'https://*.optimove.net/*',
  'https://r1-app.dotdigital.com/*',
  'https://r2-app.dotdigital.com/*',
  'https://r3-app.dotdigital.com/*',
  'https://ads.pinterest.com/*',
  'https://ads.tiktok.com/*',
  'https://ads.reddit.com/*',
  'https://business.snapchat.com/*',
  'https://business.facebook.com/*',
  'https://ui.ads.microsoft.com/*',
];

/**
 * Providers added after the first release: no content script in the manifest and no required
 * host. Their hosts (dashboard and key check) are optional, covered by `https://*\/*` above, asked
 * for when the merchant starts the guide; the background then registers `js` for `matches`.
 */
export const expectedRuntimeProviderScripts = [
  {
    js: 'pinterest',
    matches: ['https://ads.pinterest.com/*'],
    origins: ['https://ads.pinterest.com/*', 'https://api.pinterest.com/*'],
  },
  // No key check (no read-only endpoint known): its dashboard alone.
  { js: 'tiktok', matches: ['https://ads.tiktok.com/*'], origins: ['https://ads.tiktok.com/*'] },
  // No key check: its dashboard alone.
  { js: 'reddit', matches: ['https://ads.reddit.com/*'], origins: ['https://ads.reddit.com/*'] },
  // No key check (its validate endpoint takes the token in the URL): its dashboard alone.
  {
    js: 'snapchat',
    matches: ['https://business.snapchat.com/*'],
    origins: ['https://business.snapchat.com/*'],
  },
  // Its key check reads the pixel through the Graph API: Events Manager and graph.facebook.com.
  {
    js: 'meta',
    matches: ['https://business.facebook.com/*'],
    origins: ['https://business.facebook.com/*', 'https://graph.facebook.com/*'],
  },
  // No key check (no read-only call documented): its dashboard alone.
  {
    js: 'microsoft',
    matches: ['https://ui.ads.microsoft.com/*'],
    origins: ['https://ui.ads.microsoft.com/*'],
  },
];

/**
 * The required host permissions of the last published version (0.1.x): an update that requires
 * any host beyond them would be disabled by Chrome until the merchant approves it.
 */
export const publishedRequiredHosts = [
  'https://a.klaviyo.com/*',
  'https://api.omnisend.com/*',
  'https://r1-api.dotdigital.com/*',
  'https://r2-api.dotdigital.com/*',
  'https://r3-api.dotdigital.com/*',
];

/** Never in a private window, even if the merchant allows it there (both builds). */
export const expectedIncognito = 'not_allowed';

/**
 * The Upstack panel's frame (fill.html), which the Upstack content script embeds in the
 * dashboard: web-accessible to HTTPS pages, because the merchant's own dashboard origin from the
 * options is not known at build time. Chrome serves it under a per-session URL (use_dynamic_url),
 * so no page can load or probe it by a fixed address; it shows a masked state, never a secret.
 * With it, the Upstack engine (upstack-engine.js), which the Upstack loader imports into its own
 * isolated world once a key is held or a destination form shows: our packaged code, no secret.
 */
export const expectedFrameResources = ['fill.html', 'upstack-engine.js'];
export const expectedFrameMatches = ['https://*/*'];

/** Never, whatever a later issue adds. */
export const forbiddenPermissions = [
  '<all_urls>',
  'tabs',
  'clipboardRead',
  'webRequest',
  'debugger',
  'history',
  'cookies',
];
