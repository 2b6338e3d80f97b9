import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../lib/background/router';
import type { Settings } from '../../lib/background/settings';
import { routerDeps } from './router-deps';

const ID = 'extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const key = `pk_${'Ab1'.repeat(11)}x`;
const tab = { id: 1 };
const klaviyoPage = {
  id: ID,
  tab,
  frameId: 0,
  url: 'https://www.klaviyo.com/create-private-api-key',
};
const upstackPage = {
  id: ID,
  tab,
  frameId: 0,
  url: 'https://app.upstackdata.com/destinations/new/klaviyo',
};

function setup(settings: Partial<Settings> = { upstackOrigin: 'https://dash.example.test' }) {
  const deps = routerDeps(settings);
  const route = createRouter(deps);
  return { ...deps, route };
}

const capture = { type: 'capture', provider: 'klaviyo', secret: { apiKey: key } };
const popup = { id: ID, url: `${ORIGIN}popup.html` };

/** The id of the entry the vault holds, as a panel sees it in the status. */
async function entryOf(route: ReturnType<typeof createRouter>, provider = 'klaviyo') {
  const status = (await route({ type: 'status', provider }, popup)) as { entry?: string };
  return status.entry ?? 'none';
}

describe('background router', () => {
  beforeEach(() => fakeBrowser.reset());

  it("accepts a key from the provider's own page and schedules its expiry", async () => {
    const { route, vault, scheduleExpiry } = setup();
    expect(await route(capture, klaviyoPage)).toMatchObject({
      ok: true,
      status: { state: 'captured' },
    });
    expect(await vault.secret('klaviyo')).toEqual({ apiKey: key });
    expect(scheduleExpiry).toHaveBeenCalledWith('klaviyo', expect.any(Number));
  });

  it.each([
    ['another site', { ...klaviyoPage, url: 'https://evil.test/create-private-api-key' }],
    ['a lookalike host', { ...klaviyoPage, url: 'https://www.klaviyo.com.evil.test/x' }],
    ['plain http', { ...klaviyoPage, url: 'http://www.klaviyo.com/create-private-api-key' }],
    ['the Upstack dashboard', upstackPage],
    ['a frame', { ...klaviyoPage, frameId: 3 }],
    ['another extension', { ...klaviyoPage, id: 'other' }],
    ['an extension page', { id: ID, url: `${ORIGIN}popup.html` }],
  ])('refuses a capture from %s and stores nothing', async (_what, sender) => {
    const { route } = setup();
    const answer = (await route(capture, sender)) as { ok: boolean; reason: string };
    expect(answer.ok).toBe(false);
    expect(answer.reason).not.toContain(key);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses, without quoting it, a key the session area cannot hold (full)', async () => {
    const { route } = setup();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(
      new Error('Session storage quota bytes exceeded. Values were not stored.'),
    );
    const answer = (await route(capture, klaviyoPage)) as { ok: boolean; reason: string };
    expect(answer).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be kept/) });
    expect(answer.reason).not.toContain(key);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses a malformed key with the reason, storing nothing', async () => {
    const { route } = setup();
    const answer = await route({ ...capture, secret: { apiKey: 'pk_live_abc' } }, klaviyoPage);
    expect(answer).toMatchObject({ ok: false, reason: expect.stringMatching(/Stripe/) });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('gives the key only to the Upstack dashboard', async () => {
    const { route } = setup();
    await route(capture, klaviyoPage);
    const reveal = { type: 'reveal', provider: 'klaviyo', entry: await entryOf(route) };
    expect(await route(reveal, klaviyoPage)).toMatchObject({ ok: false });
    expect(
      await route(reveal, { ...upstackPage, url: 'https://docs.upstackdata.com/guides/klaviyo/x' }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await route(reveal, { ...upstackPage, url: 'http://app.upstackdata.com/x' }),
    ).toMatchObject({ ok: false });
    expect(
      await route(reveal, { ...upstackPage, url: 'https://dash.example.test.evil.test/x' }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await route(reveal, { ...upstackPage, url: 'https://dash.example.test/destinations' }),
    ).toEqual({
      ok: true,
      secret: { apiKey: key },
    });
    expect(await route(reveal, upstackPage)).toEqual({ ok: true, secret: { apiKey: key } });
    expect(await route({ type: 'filled', provider: 'klaviyo' }, upstackPage)).toMatchObject({
      state: 'filled',
    });
    expect(await route(reveal, upstackPage)).toMatchObject({ ok: false });
  });

  it('reports status masked, and drops messages that do not parse', async () => {
    const { route } = setup();
    await route(capture, klaviyoPage);
    const status = await route(
      { type: 'status', provider: 'klaviyo' },
      { id: ID, url: `${ORIGIN}popup.html` },
    );
    expect(JSON.stringify(status)).not.toContain(key);
    expect(await route({ type: 'reveal' }, upstackPage)).toBeUndefined();
    expect(await route('reveal', upstackPage)).toBeUndefined();
    expect(await route({ type: 'status', provider: 'nope' }, upstackPage)).toMatchObject({
      ok: false,
    });
  });

  it("starts a provider page's guide from parsed settings", async () => {
    const { route, origins } = setup({ keyName: 'Shop key', disabled: ['omnisend'] });
    const guide = { type: 'guide', provider: 'klaviyo' };
    expect(await route(guide, klaviyoPage)).toEqual({
      settings: {
        keyName: 'Shop key',
        contactEmail: '',
        ttlMinutes: 10,
      },
      // Klaviyo's recipe declares no options of its own.
      options: {},
      password: expect.stringMatching(/^\S{20}$/),
      status: { state: 'empty' },
    });
    // The merchant's own host is remembered from an accepted key, not from any page that loads.
    expect(await origins.get('klaviyo')).toBeUndefined();
    // Another site, another provider's page, or a provider the merchant turned off: no guide.
    expect(await route(guide, upstackPage)).toBeNull();
    expect(await route({ type: 'guide', provider: 'omnisend' }, klaviyoPage)).toBeNull();
    const omnisendPage = { ...klaviyoPage, url: 'https://app.omnisend.com/integrations/api-keys' };
    expect(await route({ type: 'guide', provider: 'omnisend' }, omnisendPage)).toBeNull();
    expect(await origins.get('omnisend')).toBeUndefined();
  });

  it('closes a guide from its own page only: it ends everywhere, and start reopens it', async () => {
    const { route, closedGuides, openTab, broadcast, guides } = setup();
    const close = { type: 'close', provider: 'klaviyo' };
    await route(close, upstackPage);
    expect(await closedGuides.get('klaviyo')).toBe(false);
    expect(broadcast).not.toHaveBeenCalled();
    await route(close, klaviyoPage);
    expect(await closedGuides.get('klaviyo')).toBe(true);
    expect(broadcast).toHaveBeenCalledWith({
      type: 'guide-ended',
      provider: 'klaviyo',
      reason: 'closed',
    });
    // Closed: the API-keys page offers nothing until the merchant starts again.
    expect(await route({ type: 'wake', provider: 'klaviyo' }, klaviyoPage)).toEqual({
      guide: false,
      offer: false,
    });
    await route({ type: 'start', provider: 'klaviyo' }, { id: ID, url: `${ORIGIN}popup.html` });
    expect(await closedGuides.get('klaviyo')).toBe(false);
    expect(openTab).toHaveBeenCalledWith('https://www.klaviyo.com/settings/account/api-keys');
    // The tab it opened runs the guide; others only offer it.
    expect(await guides.get('klaviyo')).toEqual({ tabs: [7] });
  });

  it("starts the provider's guide in a new tab from the Upstack form's offer (the Fill frame)", async () => {
    const { route, guides, openTab } = setup();
    // The offer is a button in the Fill frame: an extension page inside the Upstack tab, which
    // the page's scripts cannot click. Its sender is the extension's own page, in a web tab.
    const frame = { id: ID, tab, frameId: 3, url: `${ORIGIN}fill.html?provider=klaviyo` };
    await route({ type: 'start', provider: 'klaviyo' }, frame);
    expect(openTab).toHaveBeenCalledWith('https://www.klaviyo.com/settings/account/api-keys');
    expect(await guides.get('klaviyo')).toEqual({ tabs: [7] });
    // The Upstack page's content script itself starts nothing: the offer is the frame's alone.
    openTab.mockClear();
    await route({ type: 'start', provider: 'klaviyo' }, upstackPage);
    expect(openTab).not.toHaveBeenCalled();
  });

  it('runs a guide in the tab where the offer was accepted, and tells the loader so', async () => {
    const { route, guides } = setup();
    const wake = { type: 'wake', provider: 'klaviyo' };
    expect(await route(wake, klaviyoPage)).toEqual({ guide: false, offer: true });
    await route({ type: 'start', provider: 'klaviyo' }, klaviyoPage);
    expect(await guides.get('klaviyo')).toEqual({
      tabs: [tab.id],
      origin: 'https://www.klaviyo.com',
    });
    expect(await route(wake, klaviyoPage)).toEqual({ guide: true, offer: true });
    // Another tab of the same dashboard is not in the guide.
    expect(await route(wake, { ...klaviyoPage, tab: { id: 2 } })).toEqual({
      guide: false,
      offer: true,
    });
    // Another provider's page cannot start or ask about Klaviyo's guide.
    const omnisendPage = { ...klaviyoPage, url: 'https://app.omnisend.com/integrations/api-keys' };
    expect(await route(wake, omnisendPage)).toBeNull();
    expect(await route(wake, upstackPage)).toBeNull();
    // A provider the merchant turned off wakes nothing.
    const off = setup({ disabled: ['klaviyo'] });
    expect(await off.route(wake, klaviyoPage)).toBeNull();
  });

  it('ends the guide when the filled form is saved, forgotten, or the key expires', async () => {
    const { route, guides, broadcast, vault } = setup({ upstackOrigin: '' });
    const ended = (reason: string) => ({ type: 'guide-ended', provider: 'klaviyo', reason });
    await route({ type: 'start', provider: 'klaviyo' }, klaviyoPage);
    // Saved before anything was filled: not the end (and never from a provider page).
    await route({ type: 'done', provider: 'klaviyo' }, upstackPage);
    await route(capture, klaviyoPage);
    await route({ type: 'done', provider: 'klaviyo' }, klaviyoPage);
    expect(broadcast).not.toHaveBeenCalled();
    await route({ type: 'filled', provider: 'klaviyo' }, upstackPage);
    await route({ type: 'done', provider: 'klaviyo' }, upstackPage);
    expect(broadcast).toHaveBeenLastCalledWith(ended('done'));
    expect(await guides.get('klaviyo')).toEqual({ tabs: [] });

    await route({ type: 'start', provider: 'klaviyo' }, klaviyoPage);
    // The provider page drops a key it sent when a second one shows: the guide goes on.
    await route(capture, klaviyoPage);
    await route({ type: 'forget', provider: 'klaviyo' }, klaviyoPage);
    expect(await vault.status('klaviyo')).toEqual({ state: 'empty' });
    expect((await guides.get('klaviyo')).tabs).toEqual([tab.id]);
    expect(broadcast).toHaveBeenCalledTimes(1);
    // The popup's Forget ends it.
    await route({ type: 'forget', provider: 'klaviyo' }, { id: ID, url: `${ORIGIN}popup.html` });
    expect(broadcast).toHaveBeenLastCalledWith(ended('forgotten'));
    expect(await guides.get('klaviyo')).toEqual({ tabs: [] });
  });

  it('ends the guide when its key expires unfilled', async () => {
    vi.useFakeTimers(); // before the vault reads the clock
    try {
      const { route, broadcast, vault } = setup();
      const ended = (reason: string) => ({ type: 'guide-ended', provider: 'klaviyo', reason });
      await route({ type: 'start', provider: 'klaviyo' }, klaviyoPage);
      await route(capture, klaviyoPage);
      await route.expired('klaviyo');
      expect(broadcast).not.toHaveBeenCalled(); // still held: nothing ends
      vi.advanceTimersByTime(11 * 60_000);
      await route.expired('klaviyo');
      expect(broadcast).toHaveBeenLastCalledWith(ended('expired'));
      expect((await vault.status('klaviyo')).state).toBe('expired');
    } finally {
      vi.useRealTimers();
    }
  });

  it('verifies a submitted credential without keeping it, from its own page only', async () => {
    const { route, vault } = setup();
    const verify = { type: 'verify', provider: 'klaviyo', secret: { apiKey: key } };
    expect(await route(verify, klaviyoPage)).toEqual({ ok: true });
    expect(await vault.secret('klaviyo')).toBeUndefined();
    expect(await route(verify, upstackPage)).toMatchObject({ ok: false });
    const refusal = await route({ ...verify, secret: { apiKey: 'pk_short' } }, klaviyoPage);
    expect(refusal).toMatchObject({ ok: false, reason: expect.stringMatching(/cut short/) });
    expect(JSON.stringify(refusal)).not.toContain('pk_short');
  });

  describe('planted keys', () => {
    const tenant = {
      ...klaviyoPage,
      url: 'https://acme.optimove.net/#/settings/general/api-key-management',
    };
    const landing = { ...tenant, tab: { id: 4 }, url: 'https://landing.optimove.net/promo' };
    const optimoveKey = (n: string) => ({
      type: 'capture',
      provider: 'optimove',
      secret: { apiKey: `${n}${'k'.repeat(39)}` },
    });

    it("takes keys only from the guide's own origin while it runs", async () => {
      const { route, vault, guides } = setup();
      await route({ type: 'start', provider: 'optimove' }, tenant);
      expect((await guides.get('optimove')).origin).toBe('https://acme.optimove.net');
      // Another host of the provider can neither join the guide nor plant a key.
      await route({ type: 'start', provider: 'optimove' }, landing);
      expect((await guides.get('optimove')).tabs).toEqual([tab.id]);
      const answer = (await route(optimoveKey('A'), landing)) as { ok: boolean; reason: string };
      expect(answer).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/acme\.optimove\.net/),
      });
      expect(await vault.secret('optimove')).toBeUndefined();
      expect(await route(optimoveKey('M'), tenant)).toMatchObject({ ok: true });
    });

    it('asks before a key from another tab or origin replaces the one held', async () => {
      const { route, vault } = setup();
      await route(capture, klaviyoPage);
      const held = await entryOf(route);
      const other = { apiKey: `pk_${'Zz9'.repeat(11)}q` };
      const elsewhere = { ...klaviyoPage, tab: { id: 9 } };
      const asked = await route({ ...capture, secret: other }, elsewhere);
      expect(asked).toMatchObject({
        ok: false,
        held: { state: 'captured', entry: held, from: 'www.klaviyo.com' },
      });
      expect(JSON.stringify(asked)).not.toContain(key);
      expect(await vault.secret('klaviyo')).toEqual({ apiKey: key });
      // Naming a stale entry changes nothing; naming the held one replaces it.
      await route({ ...capture, secret: other, replace: 'stale' }, elsewhere);
      expect(await vault.secret('klaviyo')).toEqual({ apiKey: key });
      await route({ ...capture, secret: other, replace: held }, elsewhere);
      expect(await vault.secret('klaviyo')).toEqual(other);
      // The same tab and origin replace their own key (a second key made in the same flow).
      await route(capture, elsewhere);
      expect(await vault.secret('klaviyo')).toEqual({ apiKey: key });
    });

    it('fills only the entry the panel showed', async () => {
      const { route } = setup();
      await route(capture, klaviyoPage);
      const shown = await entryOf(route);
      await route({ ...capture, secret: { apiKey: `pk_${'Zz9'.repeat(11)}q` } }, klaviyoPage);
      const answer = await route(
        { type: 'reveal', provider: 'klaviyo', entry: shown },
        upstackPage,
      );
      expect(answer).toMatchObject({ ok: false, reason: expect.stringMatching(/changed/) });
    });

    it('never fills a key from a private window into a normal one, nor the reverse', async () => {
      const { route } = setup();
      const privateTab = { ...klaviyoPage, tab: { id: 5, incognito: true } };
      await route(capture, privateTab);
      const reveal = { type: 'reveal', provider: 'klaviyo', entry: await entryOf(route) };
      expect(await route(reveal, upstackPage)).toMatchObject({ ok: false });
      expect(
        await route(reveal, { ...upstackPage, tab: { id: 6, incognito: true } }),
      ).toMatchObject({ ok: true });
    });
  });

  it('records what the check found, and keeps the provider’s rate limit without retrying', async () => {
    vi.useFakeTimers();
    try {
      const { route, fetchStatus } = setup();
      fetchStatus.mockResolvedValue(403);
      await route(capture, klaviyoPage);
      await vi.waitFor(() => expect(fetchStatus).toHaveBeenCalledTimes(1));
      const check = { type: 'check', provider: 'klaviyo' };
      for (let i = 1; i < 15; i++) {
        vi.advanceTimersByTime(1000);
        expect(await route(check, popup)).toMatchObject({ check: { verdict: 'forbidden' } });
      }
      expect(fetchStatus).toHaveBeenCalledTimes(15);
      vi.advanceTimersByTime(1000);
      expect(await route(check, popup)).toMatchObject({
        check: { verdict: 'unknown', reason: 'limit' },
      });
      expect(fetchStatus).toHaveBeenCalledTimes(15);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps where the guide's path started for the next page, and a new start forgets it", async () => {
    const { route, progress } = setup();
    const guide = { type: 'guide', provider: 'klaviyo' };
    await route(
      { type: 'progress', provider: 'klaviyo', index: 1, count: 4, from: 3 },
      klaviyoPage,
    );
    expect(await progress.get('klaviyo')).toEqual({ index: 1, count: 4, tabId: 1, from: 3 });
    // A reloaded page numbers from the same step.
    expect(await route(guide, klaviyoPage)).toMatchObject({ from: 3 });
    // Started again from the popup: numbered from the page it opens.
    await route({ type: 'start', provider: 'klaviyo' }, popup);
    expect(await progress.get('klaviyo')).toBeUndefined();
    expect(await route(guide, klaviyoPage)).toMatchObject({ from: undefined });
  });

  it('tells the Upstack dashboard where the held key’s guide started: one count on both sites', async () => {
    const { route } = setup();
    await route(capture, klaviyoPage);
    expect(await route({ type: 'held' }, upstackPage)).toEqual({ provider: 'klaviyo' });
    await route(
      { type: 'progress', provider: 'klaviyo', index: 3, count: 8, from: 3 },
      klaviyoPage,
    );
    expect(await route({ type: 'held' }, upstackPage)).toEqual({ provider: 'klaviyo', from: 3 });
  });

  it('a new start forgets the record of an earlier fill, and nothing else', async () => {
    const { route, vault } = setup({ upstackOrigin: '' });
    await route(capture, klaviyoPage);
    // Still held, not filled: a new start keeps the key.
    await route({ type: 'start', provider: 'klaviyo' }, popup);
    expect((await vault.status('klaviyo')).state).toBe('captured');
    await route({ type: 'filled', provider: 'klaviyo' }, upstackPage);
    expect((await vault.status('klaviyo')).state).toBe('filled');
    await route({ type: 'start', provider: 'klaviyo' }, klaviyoPage);
    expect(await vault.status('klaviyo')).toEqual({ state: 'empty' });
  });

  describe('the Fill frame’s handshake', () => {
    const token = '0b4c2f1e-8a8d-4c3a-9f1e-2d6b7a5c9e01';
    const mount = { type: 'frame-mount', provider: 'klaviyo', token };
    const claim = { type: 'frame-claim', provider: 'klaviyo', token };
    const frame = { id: ID, tab, frameId: 7, url: 'chrome-extension://per-session-id/fill.html' };

    it('gives the frame the mounting dashboard’s origin, once', async () => {
      const { route } = setup();
      await route(mount, upstackPage);
      expect(await route(claim, frame)).toEqual({
        ok: true,
        origin: 'https://app.upstackdata.com',
      });
      expect(await route(claim, frame)).toEqual({ ok: false });
    });

    it('gives it to a frame as Firefox names it (moz-extension:, a large frame id)', async () => {
      const { route } = setup();
      await route(mount, upstackPage);
      const firefox = { id: ID, tab, frameId: 12884901889, url: 'moz-extension://uuid/fill.html' };
      expect(await route(claim, firefox)).toEqual({
        ok: true,
        origin: 'https://app.upstackdata.com',
      });
    });

    it('takes a mount from the merchant’s own dashboard origin too', async () => {
      const { route } = setup();
      await route(mount, { ...upstackPage, url: 'https://dash.example.test/destinations' });
      expect(await route(claim, frame)).toEqual({ ok: true, origin: 'https://dash.example.test' });
    });

    it.each([
      ['another site', { ...upstackPage, url: 'https://evil.test/destinations' }],
      ['plain http', { ...upstackPage, url: 'http://app.upstackdata.com/destinations' }],
      ['a frame of the dashboard', { ...upstackPage, frameId: 2 }],
      ['another extension', { ...upstackPage, id: 'other' }],
    ])('ignores a mount from %s', async (_what, sender) => {
      const { route } = setup();
      await route(mount, sender);
      expect(await route(claim, frame)).toEqual({ ok: false });
    });

    it.each([
      ['another tab', { ...frame, tab: { id: 2 } }],
      ['a content script', upstackPage],
      ['a web page’s frame', { ...frame, url: 'https://evil.test/fill.html' }],
      ['our page as a tab’s top document', { ...frame, frameId: 0 }],
      ['our page outside any tab', { ...frame, tab: undefined }],
      ['another extension', { ...frame, id: 'other' }],
    ])('refuses a claim from %s, and the token is spent', async (_what, sender) => {
      const { route } = setup();
      await route(mount, upstackPage);
      expect(await route(claim, sender)).toEqual({ ok: false });
      expect(await route(claim, frame)).toEqual({ ok: false });
    });

    it('refuses a claim for another provider', async () => {
      const { route } = setup();
      await route(mount, upstackPage);
      expect(await route({ ...claim, provider: 'omnisend' }, frame)).toEqual({ ok: false });
    });
  });
});
