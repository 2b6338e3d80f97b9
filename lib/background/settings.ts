// The merchant's settings: in storage.sync, never a secret, parsed on every read. Each saved
// object names its schema's version; what an earlier version saved is migrated field by field.
import { z } from 'zod/mini';
import type { MessageKey } from '../protocol/said';
import { type OptionChoices, readChoices } from '../recipes/options';
import { DASHBOARD_ORIGIN } from './dashboard-origin';

/** What the options page says of a refused value: message keys (lib/protocol/said.ts), never sentences. */
const PROBLEMS = {
  keyNameEmpty: 'optErrKeyNameEmpty',
  keyNameLong: 'optErrKeyNameLong',
  ttlLow: 'optErrTtlLow',
  ttlHigh: 'optErrTtlHigh',
  email: 'optErrEmail',
  origin: 'optErrOrigin',
} as const satisfies Record<string, MessageKey>;
const KNOWN = new Set<string>(Object.values(PROBLEMS));

/**
 * The settings schema's version. 1 (releases 0.1.0 and 0.2.0) saved no `version`; 2 adds it; 3
 * keeps the providers' own settings under `options`, as their recipes declare them.
 */
export const SETTINGS_VERSION = 3;

/** Where a provider's setting was kept before version 3: [field, provider, option]. */
const MOVED_TO_OPTIONS = [['optimoveAccessType', 'optimove', 'accessType']] as const;

export const Settings = z.object({
  version: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
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
  /** The providers' own settings (a recipe's `options`): provider id, option id, choice. */
  options: z._default(
    z
      .record(z.string(), z.record(z.string(), z.string()))
      .check(
        z.refine(
          (options) => JSON.stringify(readChoices(options)) === JSON.stringify(options),
          'optErrInvalid',
        ),
      ),
    {},
  ),
  /**
   * The merchant's own Upstack dashboard, when it is not on *.upstackdata.com. Adding one asks
   * for its host permission at that moment.
   */
  upstackOrigin: z._default(
    z.union([z.literal(''), z.string().check(z.regex(DASHBOARD_ORIGIN, PROBLEMS.origin))]),
    '',
  ),
  /** Providers the merchant turned off: no guide runs on their pages. */
  disabled: z._default(z.array(z.string()), []),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/**
 * Stored settings of this version or an earlier one, as this version reads them: each field the
 * schema still has is kept when valid, and takes its default when missing or damaged (a field
 * added since, a value an older release allowed): one bad field never costs the others. Fields
 * the schema no longer has are dropped, and the result names this version.
 */
export function readSettings(stored: unknown): Settings {
  const saved: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const settings: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(Settings.shape)) {
    const parsed = field === 'version' ? undefined : schema.safeParse(saved[field]);
    settings[field] = parsed?.success ? parsed.data : DEFAULT_SETTINGS[field as SettingsField];
  }
  settings.options = withMoved(saved, readChoices(saved.options));
  return Settings.parse(settings);
}

/** A provider's setting saved where an earlier version kept it, unless chosen since. */
function withMoved(saved: Record<string, unknown>, choices: OptionChoices): OptionChoices {
  const moved: Record<string, Record<string, unknown>> = {};
  for (const [field, provider, option] of MOVED_TO_OPTIONS)
    if (field in saved) moved[provider] = { ...moved[provider], [option]: saved[field] };
  const legacy = readChoices(moved);
  for (const [provider, own] of Object.entries(legacy))
    choices[provider] = { ...own, ...choices[provider] };
  return choices;
}

/** Whether the stored value must be written again to be this version's (after an update). */
export const needsMigration = (stored: unknown) =>
  stored !== undefined && JSON.stringify(readSettings(stored)) !== JSON.stringify(stored);

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
