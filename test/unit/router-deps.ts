// The router's browser-side dependencies, in memory, for unit tests.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RouterDeps } from '../../lib/background/router';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/background/settings';
import { createVault } from '../../lib/background/vault';
import type { GuideState } from '../../lib/protocol/messages';
import { render, type Said, substitute } from '../../lib/protocol/said';
import en from '../../public/_locales/en/messages.json';

/** A message in English, as browser.i18n puts it in an en-US browser. */
export const english = (message: Said) =>
  render(message, (key, substitutions) => substitute(en[key].message, substitutions));

export function routerDeps(settings: Partial<Settings> = {}) {
  const progress = new Map<string, { index: number; count: number; tabId?: number }>();
  const origins = new Map<string, string>();
  const closed = new Map<string, boolean>();
  const guides = new Map<string, GuideState>();
  return {
    vault: createVault(fakeBrowser.storage.session),
    extensionId: 'extension-id',
    extensionOrigin: 'chrome-extension://extension-id/',
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    scheduleExpiry: vi.fn(),
    progress: {
      get: async (p) => progress.get(p),
      set: async (p, v) => void progress.set(p, v),
      clear: async (p) => void progress.delete(p),
    },
    guides: {
      get: async (p) => guides.get(p) ?? { tabs: [] },
      set: async (p, g) => void guides.set(p, g),
    },
    origins: { get: async (p) => origins.get(p), set: async (p, o) => void origins.set(p, o) },
    closedGuides: {
      get: async (p) => closed.get(p) === true,
      set: async (p, c) => void closed.set(p, c),
    },
    openTab: vi.fn(async (_url: string): Promise<number | undefined> => 7),
    focusTab: async () => {},
    fetchStatus: vi.fn(async () => 200),
    notifyTab: () => {},
    broadcast: vi.fn(),
    say: english,
  } satisfies RouterDeps;
}
