// The running guides kept across an extension update (the record and its rules are
// guide-record.ts's): every change of a guide's tabs or progress in storage.session is written
// to the key-free record in storage.local too, one write at a time; after an update the guides
// still open come back into storage.session and their tabs' content scripts are started again
// where the extension may (else at the tab's next load), so each panel reappears at the step its
// page shows. Storage and browser calls are passed in.
import type { GuideState, Progress } from '../protocol/messages';
import type { Recipe } from '../recipes/schema';
import {
  type GuideRecords,
  parseRecords,
  RECORD_KEY,
  toRestore,
  withGuide,
  withProgress,
} from './guide-record';
import type { sessionItems } from './session-items';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Items = ReturnType<typeof sessionItems>;

/** The session items, each change of a guide also written to the record in `local`. */
export function keepGuides(items: Items, local: LocalArea, now: () => number = Date.now) {
  let writes: Promise<void> = Promise.resolve();
  /** One read-change-write at a time: two guides' changes never overwrite each other. */
  const change = (next: (records: GuideRecords) => GuideRecords) => {
    writes = writes
      .then(async () => {
        const records = parseRecords((await local.get(RECORD_KEY))[RECORD_KEY]);
        await local.set({ [RECORD_KEY]: next(records) });
      })
      .catch(() => {}); // the record is a convenience: a failed write never stops a guide
    return writes;
  };
  return {
    guides: {
      get: items.guides.get,
      async set(provider: string, state: GuideState) {
        await items.guides.set(provider, state);
        // The page's first progress can come before its guide's tabs: taken from the session.
        const progress = await items.progress.get(provider);
        await change((records) => withGuide(records, provider, state, now(), progress));
      },
    },
    progress: {
      get: items.progress.get,
      async set(provider: string, progress: Progress) {
        await items.progress.set(provider, progress);
        await change((records) => withProgress(records, provider, progress));
      },
      async clear(provider: string) {
        await items.progress.clear(provider);
        await change((records) => withProgress(records, provider, undefined));
      },
    },
  };
}

export interface RestoreDeps {
  local: LocalArea;
  items: Items;
  /** Each of these tabs still open, with its page's address where the extension may read it
   * (null where it may not). */
  tabs: (ids: number[]) => Promise<Map<number, string | null>>;
  recipeOf: (provider: string) => Recipe | undefined;
  disabled: () => Promise<readonly string[]>;
  /** Starts the recipe's content script in the tab again. */
  inject: (tabId: number, recipe: Recipe) => Promise<void>;
  now?: () => number;
}

/** After an update: the guides still open, back into storage.session, then their pages'
 * content scripts started again (in that order: a script asks at once whether a guide runs in
 * its tab). The record keeps only what was restored. Resolves with the providers restored. */
export async function restoreGuides(deps: RestoreDeps): Promise<string[]> {
  const records = parseRecords((await deps.local.get(RECORD_KEY))[RECORD_KEY]);
  const restores = toRestore(
    records,
    (deps.now ?? Date.now)(),
    await deps.tabs([...new Set(Object.values(records).flatMap((record) => record.tabs))]),
    deps.recipeOf,
    await deps.disabled(),
  );
  const kept: GuideRecords = {};
  for (const { recipe, guide, progress } of restores) {
    const record = records[recipe.id];
    if (record) kept[recipe.id] = { ...record, tabs: guide.tabs };
    await deps.items.guides.set(recipe.id, guide);
    if (progress) await deps.items.progress.set(recipe.id, progress);
  }
  await deps.local.set({ [RECORD_KEY]: kept });
  for (const { recipe, inject } of restores)
    for (const tab of inject) await deps.inject(tab, recipe).catch(() => {});
  return restores.map((r) => r.recipe.id);
}
