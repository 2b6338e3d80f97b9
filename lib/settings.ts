// The merchant's settings: in storage.sync, never a secret, parsed on every read.
import { z } from 'zod/mini';
import type { MessageKey } from './said';

/** What the options page says of a refused value: message keys (lib/said.ts), never sentences. */
const PROBLEMS = {
  keyNameEmpty: 'optErrKeyNameEmpty',
  keyNameLong: 'optErrKeyNameLong',
  ttlLow: 'optErrTtlLow',
  ttlHigh: 'optErrTtlHigh',
  email: 'optErrEmail',
  origin: 'optErrOrigin',
} as const satisfies Record<string, MessageKey>;
const KNOWN = new Set<string>(Object.values(PROBLEMS));

export const Settings = z.object({
  keyName: z._default(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, PROBLEMS.keyNameEmpty),
        z.maxLength(64, PROBLEMS.keyNameLong),
      ),
    'UpstackData',
  ),
  ttlMinutes: z._default(z.int().check(z.gte(1, PROBLEMS.ttlLow), z.lte(30, PROBLEMS.ttlHigh)), 10),
  /** Optimove's Contact Email for a new key: the merchant's own. Empty: asked for in the overlay. */
  contactEmail: z._default(z.union([z.literal(''), z.email(PROBLEMS.email)]), ''),
  /** Optimove's Access Type: Admin is full access, which all Upstack Data features need. */
  optimoveAccessType: z._default(
    z.enum(['Admin', 'Integrations', 'Transactional API User']),
    'Admin',
  ),
  /**
   * The merchant's own Upstack dashboard, when it is not on *.upstackdata.com. Adding one asks
   * for its host permission at that moment.
   */
  upstackOrigin: z._default(
    z.union([
      z.literal(''),
      z
        .string()
        .check(z.regex(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/, PROBLEMS.origin)),
    ]),
    '',
  ),
  /** Providers the merchant turned off: no guide runs on their pages. */
  disabled: z._default(z.array(z.string()), []),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Stored settings, or the defaults for whatever is missing or damaged. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export type SettingsField = keyof Settings;

/** Checks one field; the message is what the options page shows next to it (zod's own words,
 * e.g. for a value of the wrong type, become the generic one). */
export function checkSetting<K extends SettingsField>(
  field: K,
  value: unknown,
): { ok: true; value: Settings[K] } | { ok: false; message: MessageKey } {
  const result = Settings.shape[field].safeParse(value);
  if (result.success) return { ok: true, value: result.data as Settings[K] };
  const message = result.error.issues[0]?.message ?? '';
  return { ok: false, message: KNOWN.has(message) ? (message as MessageKey) : 'optErrInvalid' };
}
