// What of the running guides survives an extension update: storage.session, where the background
// keeps them while it runs (session-items.ts), is cleared when Chrome updates or reloads an
// extension, and the content scripts of the old version die with it. So the background also
// keeps a KEY-FREE record of each running guide in storage.local (provider, tabs, origin, the
// step counts, when it started; never the secret nor anything derived from it), checked by a
// strict zod schema at every read and write, and after an update restores the guides whose tabs
// still show the provider's dashboard (`toRestore`, pure). The vault is never restored.
import { z } from 'zod/mini';
import type { GuideState, Progress } from '../protocol/messages';
import { recipeForUrl } from '../recipes/pages';
import type { Recipe } from '../recipes/schema';

/** The storage.local key of the record. */
export const RECORD_KEY = 'guides-running';

/** A guide older than this is not restored: the merchant has left it. */
export const MAX_AGE_MS = 2 * 60 * 60_000;

const TAB = z.int().check(z.nonnegative());

/** One running guide. Strict: a field this schema does not name (a secret, say) makes the whole
 * record unreadable, and it is never written. */
export const GuideRecord = z.strictObject({
  tabs: z.array(TAB).check(z.minLength(1), z.maxLength(20)),
  origin: z.optional(z.url({ protocol: /^https$/ })),
  progress: z.optional(
    z.strictObject({
      index: z.int().check(z.nonnegative(), z.lt(40)),
      count: z.int().check(z.positive(), z.lte(40)),
      tabId: z.optional(TAB),
      from: z.optional(z.int().check(z.nonnegative(), z.lt(40))),
    }),
  ),
  startedAt: z.int().check(z.positive()),
});
export type GuideRecord = z.infer<typeof GuideRecord>;

/** The running guides by provider id. */
export const GuideRecords = z.record(
  z.string().check(z.regex(/^[a-z][a-z0-9]{0,30}$/)),
  GuideRecord,
);
export type GuideRecords = z.infer<typeof GuideRecords>;

/** The record as read: anything that does not parse reads as no guides. */
export function parseRecords(raw: unknown): GuideRecords {
  const parsed = GuideRecords.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** The record after the guide's tabs were set (`GuideState`): none left, the guide is gone.
 * `progress`: the session's, for a guide whose first progress came before its tabs. */
export function withGuide(
  records: GuideRecords,
  provider: string,
  state: GuideState,
  now: number,
  progress?: Progress,
): GuideRecords {
  const { [provider]: old, ...rest } = records;
  if (!state.tabs.length) return rest;
  const base: GuideRecord = {
    tabs: state.tabs,
    ...(state.origin ? { origin: state.origin } : {}),
    ...(old?.progress ? { progress: old.progress } : {}),
    startedAt: old?.startedAt ?? now,
  };
  const next =
    old?.progress || !progress
      ? base
      : withProgress({ [provider]: base }, provider, progress)[provider];
  return next && GuideRecord.safeParse(next).success ? { ...rest, [provider]: next } : rest;
}

/** The record after the guide's progress was set (or cleared: undefined). A provider with no
 * running guide gets no record from its progress alone. */
export function withProgress(
  records: GuideRecords,
  provider: string,
  progress: Progress | undefined,
): GuideRecords {
  const old = records[provider];
  if (!old) return records;
  const { progress: _, ...rest } = old;
  const next: GuideRecord = progress
    ? {
        ...rest,
        progress: {
          index: progress.index,
          count: progress.count,
          ...(progress.tabId === undefined ? {} : { tabId: progress.tabId }),
          ...(progress.from === undefined ? {} : { from: progress.from }),
        },
      }
    : rest;
  return GuideRecord.safeParse(next).success ? { ...records, [provider]: next } : records;
}

/** A guide to bring back: its state and progress for storage.session, and the tabs whose
 * content script is started again at once (`inject`: those whose page the extension could read
 * and found on the guide's dashboard). */
export interface Restore {
  recipe: Recipe;
  guide: GuideState;
  progress?: Progress;
  inject: number[];
}

/**
 * Which guides come back after an update: a recipe still known and not turned off, started
 * within `MAX_AGE_MS`, in its tabs still open. `tabs`: each open tab by id, with the address of
 * its page where the extension may read it (null where it may not: Chrome lets it read a page,
 * or run a script in it, only on a host it holds a permission for, not on its content scripts'
 * matches). A tab whose address is read must show the provider's dashboard, on the guide's own
 * origin once it has one, and its script is started again; a tab read as null keeps the guide
 * bound to it, and the provider's own script, at the next load there, asks for it (the background
 * checks the tab and the origin at that `wake`). A guide with no such tab is not restored.
 */
export function toRestore(
  records: GuideRecords,
  now: number,
  tabs: ReadonlyMap<number, string | null>,
  recipeOf: (provider: string) => Recipe | undefined,
  disabled: readonly string[] = [],
): Restore[] {
  const restores: Restore[] = [];
  for (const [provider, record] of Object.entries(records)) {
    const recipe = recipeOf(provider);
    if (!recipe || disabled.includes(provider)) continue;
    if (now - record.startedAt > MAX_AGE_MS || record.startedAt > now) continue;
    const shows = (url: string) =>
      recipeForUrl(url)?.id === recipe.id &&
      (!record.origin || new URL(url).origin === record.origin);
    const kept = record.tabs.filter((id) => {
      const url = tabs.get(id);
      return url === null || (url !== undefined && shows(url));
    });
    if (!kept.length) continue;
    const guide: GuideState = record.origin
      ? { tabs: kept, origin: record.origin }
      : { tabs: kept };
    const progress =
      record.progress &&
      (record.progress.tabId === undefined || kept.includes(record.progress.tabId))
        ? record.progress
        : undefined;
    const inject = kept.filter((id) => typeof tabs.get(id) === 'string');
    restores.push({ recipe, guide, ...(progress ? { progress } : {}), inject });
  }
  return restores;
}
