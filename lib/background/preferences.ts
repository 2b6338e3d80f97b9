// Non-secret state of the background and the extension pages, parsed with zod on the way in:
// settings (storage.sync), and in storage.local which guides the merchant closed and each
// provider's own dashboard host (Optimove tenant, Dotdigital region). Never a secret.
// Provider pages get what they need from the background (the 'guide' message).
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { SETTINGS_KEY } from './dashboard-origin';
import { needsMigration, readSettings, Settings } from './settings';

const SETTINGS = SETTINGS_KEY;
const ORIGINS = 'origins';
/** Providers whose guide the merchant closed: no offer on their API-keys pages until started. */
const CLOSED = 'closedGuides';
const Flags = z.record(z.string(), z.boolean());
const Origins = z.record(z.string(), z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+$/)));

async function readLocal<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  return schema.safeParse((await browser.storage.local.get(key))[key]).data;
}

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.sync.get(SETTINGS))[SETTINGS]);
}

/** After an update: settings an earlier version saved are written again as this version's. */
export async function migrateSettings(): Promise<void> {
  const stored = (await browser.storage.sync.get(SETTINGS))[SETTINGS];
  if (needsMigration(stored)) await saveSettings(readSettings(stored));
}

/** Saves settings that were checked field by field; parses again so nothing else gets in. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS]: Settings.parse(settings) });
}

export async function isGuideClosed(provider: string): Promise<boolean> {
  return (await readLocal(CLOSED, Flags))?.[provider] === true;
}

export async function setGuideClosed(provider: string, closed: boolean): Promise<void> {
  const flags = (await readLocal(CLOSED, Flags)) ?? {};
  await browser.storage.local.set({ [CLOSED]: { ...flags, [provider]: closed } });
}

export async function rememberOrigin(provider: string, origin: string): Promise<void> {
  const origins = (await readLocal(ORIGINS, Origins)) ?? {};
  if (origins[provider] !== origin)
    await browser.storage.local.set({ [ORIGINS]: { ...origins, [provider]: origin } });
}

export async function rememberedOrigin(provider: string): Promise<string | undefined> {
  return (await readLocal(ORIGINS, Origins))?.[provider];
}
