// The running guides' key-free record (lib/background/guide-record.ts) and its keeping and
// restoring (lib/background/guide-keep.ts), with WXT's fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepGuides, restoreGuides } from '../../lib/background/guide-keep';
import {
  GuideRecord,
  MAX_AGE_MS,
  parseRecords,
  RECORD_KEY,
  toRestore,
  withGuide,
  withProgress,
} from '../../lib/background/guide-record';
import { sessionItems } from '../../lib/background/session-items';
import { recipeById } from '../../lib/recipes';
import type { Recipe } from '../../lib/recipes/schema';

const NOW = 1_800_000_000_000;
const KLAVIYO = 'https://www.klaviyo.com';
const record = {
  tabs: [3],
  origin: KLAVIYO,
  progress: { index: 2, count: 5, tabId: 3, from: 1 },
  startedAt: NOW - 60_000,
};

describe('the record’s schema', () => {
  it('takes a running guide: tabs, origin, progress, start time', () => {
    expect(GuideRecord.parse(record)).toEqual(record);
    expect(parseRecords({ klaviyo: record })).toEqual({ klaviyo: record });
  });

  it('refuses a record with anything else in it, a secret first of all', () => {
    for (const bad of [
      { ...record, secret: 'pk_abc' },
      { ...record, progress: { ...record.progress, key: 'pk_abc' } },
      { ...record, tabs: [] },
      { ...record, tabs: [-1] },
      { ...record, origin: 'http://www.klaviyo.com' },
      { ...record, origin: 'javascript:alert(1)' },
      { ...record, startedAt: 'yesterday' },
      { ...record, progress: { index: 99, count: 5 } },
    ])
      expect(GuideRecord.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    // A damaged record reads as no guides at all.
    expect(parseRecords({ klaviyo: { ...record, secret: 'pk_abc' } })).toEqual({});
    expect(parseRecords({ 'Klaviyo!': record })).toEqual({});
    expect(parseRecords('all')).toEqual({});
    expect(parseRecords(undefined)).toEqual({});
  });

  it('follows the guide’s tabs and progress, and keeps its start time', () => {
    let records = withGuide({}, 'klaviyo', { tabs: [3], origin: KLAVIYO }, NOW);
    expect(records).toEqual({ klaviyo: { tabs: [3], origin: KLAVIYO, startedAt: NOW } });
    records = withProgress(records, 'klaviyo', { index: 1, count: 4, tabId: 3 });
    records = withGuide(records, 'klaviyo', { tabs: [3, 7], origin: KLAVIYO }, NOW + 5000);
    expect(records.klaviyo).toEqual({
      tabs: [3, 7],
      origin: KLAVIYO,
      progress: { index: 1, count: 4, tabId: 3 },
      startedAt: NOW,
    });
    expect(withProgress(records, 'klaviyo', undefined).klaviyo?.progress).toBeUndefined();
    // Progress alone makes no record, but a guide whose progress came first takes it along.
    expect(withGuide({}, 'omnisend', { tabs: [4] }, NOW, { index: 1, count: 3 })).toEqual({
      omnisend: { tabs: [4], progress: { index: 1, count: 3 }, startedAt: NOW },
    });
    // A guide with no tab left has none.
    expect(withProgress(records, 'omnisend', { index: 0, count: 3 })).toEqual(records);
    expect(withGuide(records, 'klaviyo', { tabs: [] }, NOW)).toEqual({});
  });
});

describe('the restore decision', () => {
  const tabs = new Map<number, string | null>([
    [3, `${KLAVIYO}/create-private-api-key`],
    [7, 'https://news.example/'],
  ]);

  it('restores a recent guide in its tabs still on the provider’s dashboard', () => {
    const [restore, ...rest] = toRestore({ klaviyo: record }, NOW, tabs, recipeById);
    expect(rest).toEqual([]);
    expect(restore?.recipe.id).toBe('klaviyo');
    expect(restore?.guide).toEqual({ tabs: [3], origin: KLAVIYO });
    expect(restore?.progress).toEqual(record.progress);
    expect(restore?.inject).toEqual([3]);
  });

  it('keeps a tab whose page it may not read bound, without starting a script there', () => {
    const unread = new Map<number, string | null>([[3, null]]);
    const [restore] = toRestore({ klaviyo: record }, NOW, unread, recipeById);
    expect(restore?.guide).toEqual({ tabs: [3], origin: KLAVIYO });
    expect(restore?.inject).toEqual([]);
  });

  it('drops a tab that moved elsewhere, and keeps the rest', () => {
    const two = { ...record, tabs: [3, 7] };
    expect(toRestore({ klaviyo: two }, NOW, tabs, recipeById)[0]?.guide.tabs).toEqual([3]);
  });

  it('restores nothing old, unknown, turned off, closed or moved to another host', () => {
    const none = (records: Record<string, typeof record>, open = tabs, disabled: string[] = []) =>
      expect(toRestore(records, NOW, open, recipeById, disabled)).toEqual([]);
    none({ klaviyo: { ...record, startedAt: NOW - MAX_AGE_MS - 1 } });
    none({ klaviyo: { ...record, startedAt: NOW + 60_000 } });
    none({ unknownprovider: record });
    none({ klaviyo: record }, tabs, ['klaviyo']);
    none({ klaviyo: record }, new Map());
    none({ klaviyo: record }, new Map([[4, null]]));
    none({ klaviyo: record }, new Map([[3, 'https://news.example/']]));
    // Another provider's page in that tab, or the guide's provider on a lookalike host.
    none({ klaviyo: record }, new Map([[3, 'https://app.omnisend.com/api-keys']]));
    none({ klaviyo: record }, new Map([[3, 'https://www.klaviyo.com.example.net/']]));
    // Bound to another origin of the provider than the tab shows now.
    none({ klaviyo: { ...record, origin: 'https://eu.klaviyo.com' } });
  });

  it('keeps no progress that named a tab no longer restored', () => {
    const moved = { ...record, tabs: [3, 7], progress: { ...record.progress, tabId: 7 } };
    expect(toRestore({ klaviyo: moved }, NOW, tabs, recipeById)[0]?.progress).toBeUndefined();
  });
});

describe('kept in storage.local, restored after an update', () => {
  beforeEach(() => fakeBrowser.reset());
  const local = () => fakeBrowser.storage.local;
  const kept = () =>
    keepGuides(sessionItems(fakeBrowser.storage.session), fakeBrowser.storage.local, () => NOW);

  it('writes each change of a guide to the record, and removes it when the guide ends', async () => {
    const { guides, progress } = kept();
    // The page's progress before its guide's tabs (a message race): kept when the tabs come.
    await progress.set('dotdigital', { index: 0, count: 4 });
    await guides.set('dotdigital', { tabs: [5] });
    expect(parseRecords((await local().get(RECORD_KEY))[RECORD_KEY]).dotdigital?.progress).toEqual({
      index: 0,
      count: 4,
    });
    await guides.set('dotdigital', { tabs: [] });
    await guides.set('klaviyo', { tabs: [3], origin: KLAVIYO });
    await progress.set('klaviyo', { index: 2, count: 5, tabId: 3, from: 1 });
    expect((await local().get(RECORD_KEY))[RECORD_KEY]).toEqual({
      klaviyo: { ...record, startedAt: NOW },
    });
    // Two providers' changes at once: neither overwrites the other.
    await Promise.all([
      guides.set('omnisend', { tabs: [4] }),
      progress.set('klaviyo', { index: 3, count: 5, tabId: 3, from: 1 }),
    ]);
    const both = parseRecords((await local().get(RECORD_KEY))[RECORD_KEY]);
    expect(Object.keys(both).sort()).toEqual(['klaviyo', 'omnisend']);
    expect(both.klaviyo?.progress?.index).toBe(3);
    await guides.set('klaviyo', { tabs: [] });
    await progress.clear('klaviyo');
    expect(Object.keys(parseRecords((await local().get(RECORD_KEY))[RECORD_KEY]))).toEqual([
      'omnisend',
    ]);
  });

  it('restores the guides into storage.session, then starts their tabs’ scripts', async () => {
    await local().set({
      [RECORD_KEY]: { klaviyo: record, omnisend: { tabs: [9], startedAt: NOW } },
    });
    const items = sessionItems(fakeBrowser.storage.session);
    const events: string[] = [];
    const restored = await restoreGuides({
      local: local(),
      items,
      tabs: async (ids: number[]) =>
        new Map<number, string | null>(
          ids.filter((id) => id === 3).map((id) => [id, `${KLAVIYO}/create-private-api-key`]),
        ),
      recipeOf: recipeById,
      disabled: async () => [],
      inject: async (tab: number, recipe: Recipe) => {
        // By now the guide is back: the script asks at once whether a guide runs in its tab.
        events.push(`${recipe.id}@${tab}:${JSON.stringify(await items.guides.get(recipe.id))}`);
      },
      now: () => NOW,
    });
    expect(restored).toEqual(['klaviyo']);
    expect(events).toEqual([`klaviyo@3:${JSON.stringify({ tabs: [3], origin: KLAVIYO })}`]);
    expect(await items.progress.get('klaviyo')).toEqual(record.progress);
    expect(await items.guides.get('omnisend')).toEqual({ tabs: [] });
    // The record keeps only what came back.
    expect((await local().get(RECORD_KEY))[RECORD_KEY]).toEqual({ klaviyo: record });
    // Nothing of the vault is touched.
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      'guide:klaviyo',
      'progress:klaviyo',
    ]);
  });
});
