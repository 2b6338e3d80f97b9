import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionItems } from '../../lib/background/session-items';

describe('session items', () => {
  beforeEach(() => fakeBrowser.reset());
  const items = () => sessionItems(fakeBrowser.storage.session);

  it('keeps one record per provider, read back through its schema', async () => {
    const { progress, guides } = items();
    await progress.set('klaviyo', { index: 2, count: 4, tabId: 3 });
    await guides.set('klaviyo', { tabs: [3], origin: 'https://www.klaviyo.com' });
    expect(await progress.get('klaviyo')).toEqual({ index: 2, count: 4, tabId: 3 });
    expect(await progress.get('omnisend')).toBeUndefined();
    expect(await guides.get('klaviyo')).toEqual({ tabs: [3], origin: 'https://www.klaviyo.com' });
    expect(await guides.get('omnisend')).toEqual({ tabs: [] });
    await progress.clear('klaviyo');
    expect(await progress.get('klaviyo')).toBeUndefined();
  });

  it('reads a damaged record as none', async () => {
    await fakeBrowser.storage.session.set({
      'progress:klaviyo': { index: 'two' },
      'guide:klaviyo': { tabs: 'all' },
    });
    expect(await items().progress.get('klaviyo')).toBeUndefined();
    expect(await items().guides.get('klaviyo')).toEqual({ tabs: [] });
  });
});
