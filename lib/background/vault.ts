// The in-memory vault: one entry per provider in storage.session, with a time limit that is
// checked on every read (so it holds while the service worker sleeps) and by an alarm.
// Storage and clock are passed in, so the logic is tested with the fake browser and fake timers.
import { z } from 'zod/mini';
import { maskSecret } from '../key/refusal';
import { CheckResult, type VaultStatus } from '../protocol/messages';
import type { Secret } from '../recipes/schema';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const Entry = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('captured'),
    /** Names this capture: a fill is bound to the entry the merchant saw, not to a newer one. */
    id: z.string(),
    secret: z.record(z.string(), z.string()),
    expiresAt: z.number(),
    /** The dashboard it came from (metadata: the key check's region, the merchant's question
     * before a key from another tab or origin replaces it). */
    origin: z.optional(z.string()),
    /** The tab it came from, and whether that was a private window. */
    tab: z.optional(z.number()),
    incognito: z.optional(z.boolean()),
    check: z.optional(CheckResult),
  }),
  z.object({ state: z.literal('expired'), at: z.number() }),
  z.object({ state: z.literal('filled'), at: z.number() }),
]);
type Entry = z.infer<typeof Entry>;
type Captured = Extract<Entry, { state: 'captured' }>;

/** Where a capture came from: never a secret. */
export type Source = Pick<Captured, 'origin' | 'tab' | 'incognito'>;

export const entryKey = (provider: string) => `vault:${provider}`;

export function createVault(area: SessionArea, now: () => number = Date.now) {
  // Every change runs after the one before it. A read-then-write (the key check's verdict) must
  // not write back an entry that a write in between replaced: a check answered after the fill
  // would otherwise bring the filled key back.
  let last: Promise<unknown> = Promise.resolve();
  function serial<T>(change: () => Promise<T>): Promise<T> {
    const run = last.then(change, change);
    last = run.catch(() => {});
    return run;
  }

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
    return {
      state: 'captured',
      entry: entry.id,
      masked: maskSecret(provider, entry.secret),
      expiresAt: entry.expiresAt,
      from: entry.origin && new URL(entry.origin).host,
      check: entry.check,
    };
  }

  return {
    /** Keeps the secret for `ttlMs` under a new entry id; it replaces the provider's old entry
     * (the router asks the merchant first when the old one came from elsewhere). */
    async put(
      provider: string,
      secret: Secret,
      ttlMs: number,
      source: Source = {},
    ): Promise<VaultStatus> {
      return serial(async () => {
        const entry: Entry = {
          state: 'captured',
          id: crypto.randomUUID(),
          secret,
          expiresAt: now() + ttlMs,
          ...source,
        };
        await area.set({ [entryKey(provider)]: entry });
        return statusOf(provider, entry);
      });
    },
    async status(provider: string): Promise<VaultStatus> {
      return statusOf(provider, await read(provider));
    },
    /** The secret, if held and not expired (and, given `id`, only if it is still that entry). */
    async secret(provider: string, id?: string): Promise<Secret | undefined> {
      const entry = await read(provider);
      return entry?.state === 'captured' && (id === undefined || id === entry.id)
        ? entry.secret
        : undefined;
    },
    /** The entry held, with where it came from (the key check, the replace question). */
    async held(provider: string): Promise<Captured | undefined> {
      const entry = await read(provider);
      return entry?.state === 'captured' ? entry : undefined;
    },
    /** Records the key check's verdict on the entry it was made for (not on a newer one). */
    setCheck(provider: string, secret: Secret, check: CheckResult): Promise<void> {
      return serial(async () => {
        const entry = await read(provider);
        if (entry?.state !== 'captured' || JSON.stringify(entry.secret) !== JSON.stringify(secret))
          return;
        await area.set({ [entryKey(provider)]: { ...entry, check } satisfies Entry });
      });
    },
    markFilled(provider: string): Promise<void> {
      return serial(() =>
        area.set({ [entryKey(provider)]: { state: 'filled', at: now() } satisfies Entry }),
      );
    },
    forget(provider: string): Promise<void> {
      return serial(() => area.remove(entryKey(provider)));
    },
    /** Wipes every entry whose time is up (called by the alarm); reading does the same lazily. */
    async expire(providers: readonly string[]): Promise<void> {
      for (const provider of providers) await read(provider);
    },
  };
}
export type Vault = ReturnType<typeof createVault>;
