// Non-secret state shared by content scripts and pages: settings (sync) and which guides the
// merchant closed (local). Typed storage items, parsed with zod on the way in.
import { storage } from 'wxt/utils/storage';
import { readSettings, Settings } from '../lib/settings';

const settingsItem = storage.defineItem<unknown>('sync:settings');
/** The merchant's own dashboard host per provider (Optimove tenant, Dotdigital region): metadata, never a secret. */
const originsItem = storage.defineItem<Record<string, string>>('local:origins', { fallback: {} });
const closedItem = storage.defineItem<Record<string, boolean>>('local:closedGuides', {
  fallback: {},
});

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/** Saves settings that were checked field by field; parses again so nothing else gets in. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(settings));
}

export async function isGuideClosed(provider: string): Promise<boolean> {
  return (await closedItem.getValue())[provider] === true;
}

export async function setGuideClosed(provider: string, closed: boolean): Promise<void> {
  await closedItem.setValue({ ...(await closedItem.getValue()), [provider]: closed });
}

export function watchGuideClosed(
  provider: string,
  onChange: (closed: boolean) => void,
): () => void {
  return closedItem.watch((value) => onChange(value?.[provider] === true));
}

export async function rememberOrigin(provider: string, origin: string): Promise<void> {
  const origins = await originsItem.getValue();
  if (origins[provider] !== origin) await originsItem.setValue({ ...origins, [provider]: origin });
}

export async function rememberedOrigin(provider: string): Promise<string | undefined> {
  return (await originsItem.getValue())[provider];
}
