// The merchant's own Upstack dashboard origin (settings field `upstackOrigin`), as the Upstack
// content script reads it without zod: the settings' storage key and the origin's pattern, shared
// with the background's schema (lib/background/settings.ts, lib/background/preferences.ts), so the
// page's script and the background accept the very same origins. storage.sync is written only by
// the extension's own pages, through that schema; a page cannot write it.

/** Where the settings live in storage.sync. */
export const SETTINGS_KEY = 'settings';

/** An HTTPS origin with a dotted host and an optional port: what the options accept. */
export const DASHBOARD_ORIGIN = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/;

/** The dashboard origin the stored settings name, if a valid one: `[]` otherwise. */
export function storedDashboardOrigins(stored: unknown): string[] {
  const origin = (stored as { upstackOrigin?: unknown } | null | undefined)?.upstackOrigin;
  return typeof origin === 'string' && DASHBOARD_ORIGIN.test(origin) ? [origin] : [];
}
