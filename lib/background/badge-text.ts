// The toolbar badge: whether a key is held, and for how many more minutes.
import type { VaultStatus } from '../protocol/messages';

/**
 * Whole minutes (rounded up, so never 0 while a key is held) until the first held key is
 * forgotten; undefined when no key is held (the badge is cleared).
 */
export function badgeMinutes(statuses: readonly VaultStatus[], now: number): number | undefined {
  const ends = statuses.flatMap((s) =>
    s.state === 'captured' && s.expiresAt > now ? [s.expiresAt] : [],
  );
  if (!ends.length) return undefined;
  return Math.ceil((Math.min(...ends) - now) / 60_000);
}
