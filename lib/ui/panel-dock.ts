// Where the merchant keeps a provider's panel (its corner, whether they moved it there, whether
// they collapsed it), in storage.local: metadata only, never a secret. Read on provider pages,
// whose scripts carry no zod: each field is checked by hand, and anything else is the default.
import { browser } from 'wxt/browser';
import { CORNERS, type Corner } from './corner';

const DOCKS = 'panelDocks';

export interface Dock {
  corner: Corner;
  moved: boolean;
  collapsed: boolean;
}
export const DEFAULT_DOCK: Dock = { corner: 'bottom-right', moved: false, collapsed: false };

/** A stored dock, field by field; the default where a field is not what it should be. */
export function readDock(value: unknown): Dock {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    corner: CORNERS.find((c) => c === v.corner) ?? DEFAULT_DOCK.corner,
    moved: v.moved === true,
    collapsed: v.collapsed === true,
  };
}

async function docks(): Promise<Record<string, unknown>> {
  const stored = (await browser.storage.local.get(DOCKS))[DOCKS];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
}

export async function loadDock(provider: string): Promise<Dock> {
  return readDock((await docks())[provider]);
}

export async function saveDock(provider: string, dock: Dock): Promise<void> {
  await browser.storage.local.set({
    [DOCKS]: { ...(await docks()), [provider]: readDock(dock) },
  });
}
