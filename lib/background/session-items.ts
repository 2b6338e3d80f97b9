// The background's per-provider records in storage.session (never a secret: the vault is
// vault.ts): each a typed item, parsed with its zod schema on every read.
import type { z } from 'zod/mini';
import { GuideState, Progress } from '../protocol/messages';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** One record per provider under `<name>:<provider>`; what does not parse reads as `fallback`. */
function providerItem<S extends z.ZodMiniType, F>(
  area: SessionArea,
  name: string,
  schema: S,
  fallback: F,
) {
  const key = (provider: string) => `${name}:${provider}`;
  return {
    async get(provider: string): Promise<z.infer<S> | F> {
      const parsed = schema.safeParse((await area.get(key(provider)))[key(provider)]);
      return parsed.success ? parsed.data : fallback;
    },
    set: (provider: string, value: z.infer<S>) => area.set({ [key(provider)]: value }),
    clear: (provider: string) => area.remove(key(provider)),
  };
}

/** Guide progress (the popup's "step N of M") and where each guide runs. */
export function sessionItems(area: SessionArea) {
  return {
    progress: providerItem(area, 'progress', Progress, undefined),
    guides: providerItem(area, 'guide', GuideState, { tabs: [] } as GuideState),
  };
}
