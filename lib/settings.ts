// The merchant's settings: in storage.sync, never a secret, parsed on every read.
import { z } from 'zod/mini';

export const Settings = z.object({
  keyName: z._default(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter a key name.'),
        z.maxLength(64, 'Use at most 64 characters.'),
      ),
    'UpstackData',
  ),
  ttlMinutes: z._default(
    z
      .int()
      .check(
        z.gte(1, 'Keep a key at least 1 minute.'),
        z.lte(30, 'Keep a key at most 30 minutes.'),
      ),
    10,
  ),
  /** Optimove's Contact Email for a new key: the merchant's own. Empty: asked for in the overlay. */
  contactEmail: z._default(z.union([z.literal(''), z.email('Enter a valid email address.')]), ''),
  /** Optimove's Access Type: Admin is full access, which all Upstack Data features need. */
  optimoveAccessType: z._default(
    z.enum(['Admin', 'Integrations', 'Transactional API User']),
    'Admin',
  ),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Stored settings, or the defaults for whatever is missing or damaged. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
