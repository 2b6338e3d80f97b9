// The in-memory vault: one entry per provider in storage.session, with a time limit that is
// checked on every read (so it holds while the service worker sleeps) and by an alarm.
// Storage and clock are passed in, so the logic is tested with the fake browser and fake timers.
import { z } from 'zod/mini';
import { type VaultStatus, Verdict } from './messages';
import type { Secret } from './recipe';
import { maskSecret } from './secret';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const Entry = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('captured'),
    secret: z.record(z.string(), z.string()),
    expiresAt: z.number(),
    /** The dashboard it came from (metadata, for the key check's region). */
    origin: z.optional(z.string()),
    check: z.optional(Verdict),
  }),
  z.object({ state: z.literal('expired'), at: z.number() }),
  z.object({ state: z.literal('filled'), at: z.number() }),
]);
type Entry = z.infer<typeof Entry>;

export const entryKey = (provider: string) => `vault:${provider}`;

export function createVault(area: SessionArea, now: () => number = Date.now) {
  async function read(provider: string): Promise<Entry | undefined> {
    const key = entryKey(provider);
    const parsed = Entry.safeParse((await area.get(key))[key]);
    if (!parsed.success) return undefined;
    const entry = parsed.data;
    if (entry.state === 'captured' && now() >= entry.expiresAt) {
      const expired: Entry = { state: 'expired', at: entry.expiresAt };
      await area.set({ [key]: expired });
      return expired;
    }
    return entry;
  }

  function statusOf(provider: string, entry: Entry | undefined): VaultStatus {
    if (!entry) return { state: 'empty' };
    if (entry.state !== 'captured') return entry;
    const masked = maskSecret(provider, entry.secret);
    return { state: 'captured', masked, expiresAt: entry.expiresAt, check: entry.check };
  }

  return {
    /** Keeps the secret for `ttlMs`; a new capture for the same provider replaces the old one. */
    async put(
      provider: string,
      secret: Secret,
      ttlMs: number,
      origin?: string,
    ): Promise<VaultStatus> {
      const entry: Entry = { state: 'captured', secret, expiresAt: now() + ttlMs, origin };
      await area.set({ [entryKey(provider)]: entry });
      return statusOf(provider, entry);
    },
    async status(provider: string): Promise<VaultStatus> {
      return statusOf(provider, await read(provider));
    },
    /** The secret, if held and not expired. */
    async secret(provider: string): Promise<Secret | undefined> {
      const entry = await read(provider);
      return entry?.state === 'captured' ? entry.secret : undefined;
    },
    /** The secret with the origin it came from, for the key check. */
    async held(provider: string): Promise<{ secret: Secret; origin?: string } | undefined> {
      const entry = await read(provider);
      return entry?.state === 'captured'
        ? { secret: entry.secret, origin: entry.origin }
        : undefined;
    },
    /** Records the key check's verdict on the entry it was made for (not on a newer one). */
    async setCheck(provider: string, secret: Secret, check: Verdict): Promise<void> {
      const entry = await read(provider);
      if (entry?.state !== 'captured' || JSON.stringify(entry.secret) !== JSON.stringify(secret))
        return;
      await area.set({ [entryKey(provider)]: { ...entry, check } satisfies Entry });
    },
    async markFilled(provider: string): Promise<void> {
      await area.set({ [entryKey(provider)]: { state: 'filled', at: now() } satisfies Entry });
    },
    async forget(provider: string): Promise<void> {
      await area.remove(entryKey(provider));
    },
    /** Wipes every entry whose time is up (called by the alarm); reading does the same lazily. */
    async expire(providers: readonly string[]): Promise<void> {
      for (const provider of providers) await read(provider);
    },
  };
}
export type Vault = ReturnType<typeof createVault>;
