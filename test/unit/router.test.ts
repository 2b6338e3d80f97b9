import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../lib/router';
import { createVault } from '../../lib/vault';

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

function setup() {
  const vault = createVault(fakeBrowser.storage.session);
  const scheduleExpiry = vi.fn();
  const fetchStatus = vi.fn(async () => 200);
  const openTab = vi.fn(async () => {});
  const progress = new Map<string, { index: number; count: number; tabId?: number }>();
  const route = createRouter({
    vault,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    ttlMs: async () => 600_000,
    scheduleExpiry,
    progress: { get: async (p) => progress.get(p), set: async (p, v) => void progress.set(p, v) },
    rememberedOrigin: async () => undefined,
    dashboards: async () => ['https://dash.example.test'],
    openTab,
    focusTab: async () => {},
    fetchStatus,
    notifyTab: () => {},
  });
  return { vault, route, scheduleExpiry, fetchStatus, openTab };
}

const capture = { type: 'capture', provider: 'klaviyo', secret: { apiKey: key } };

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
    const reveal = { type: 'reveal', provider: 'klaviyo' };
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
});
