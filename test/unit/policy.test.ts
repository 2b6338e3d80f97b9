import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../lib/background/router';
import { POLICY, type RequestType } from '../../lib/protocol/policy';
import { routerDeps } from './router-deps';

const ID = 'extension-id';
const key = `pk_${'Ab1'.repeat(11)}x`;
/** One sender of each role, and one with none (another extension). */
const senders = {
  provider: {
    id: ID,
    tab: { id: 1 },
    frameId: 0,
    url: 'https://www.klaviyo.com/settings/account/api-keys',
  },
  upstack: { id: ID, tab: { id: 2 }, frameId: 0, url: 'https://app.upstackdata.com/destinations' },
  extension: { id: ID, url: `chrome-extension://${ID}/popup.html` },
  frame: { id: ID, tab: { id: 2 }, frameId: 5, url: 'chrome-extension://per-session/fill.html' },
  help: { id: ID, tab: { id: 3 }, frameId: 0, url: 'https://docs.upstackdata.com/klaviyo' },
  stranger: { id: 'other', tab: { id: 4 }, frameId: 0, url: 'https://www.klaviyo.com/x' },
};
const requests: Record<RequestType, object> = {
  wake: {},
  guide: {},
  close: {},
  capture: { secret: { apiKey: key } },
  verify: { secret: { apiKey: key } },
  progress: { index: 1, count: 4 },
  status: {},
  held: {},
  reveal: { entry: 'e1' },
  'frame-mount': { token: '0b4c2f1e-8a8d-4c3a-9f1e-2d6b7a5c9e01' },
  'frame-claim': { token: '0b4c2f1e-8a8d-4c3a-9f1e-2d6b7a5c9e01' },
  filled: {},
  done: {},
  forget: {},
  start: {},
  overview: {},
  focus: {},
  check: {},
  copy: {},
};

describe('the sender policy', () => {
  it.each(Object.keys(POLICY) as RequestType[])(
    '%s: a sender without its roles changes nothing in the vault or the guides',
    async (type) => {
      fakeBrowser.reset();
      const deps = routerDeps();
      const route = createRouter(deps);
      await route(
        { type: 'capture', provider: 'klaviyo', secret: { apiKey: key } },
        senders.provider,
      );
      // The key check after the capture writes its verdict: wait for it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const before = JSON.stringify(await fakeBrowser.storage.session.get(null));
      const guidesBefore = JSON.stringify(await deps.guides.get('klaviyo'));
      const from: readonly string[] = POLICY[type].from;
      const outsiders = Object.entries(senders).filter(
        ([role]) => !from.includes(role) && !from.includes('any'),
      );
      for (const [, sender] of outsiders) {
        const message = {
          type,
          ...(type === 'overview' || type === 'held' ? {} : { provider: 'klaviyo' }),
          ...requests[type],
        };
        const answer = await route(message, sender);
        expect(JSON.stringify(answer ?? null)).not.toContain(key);
      }
      expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toBe(before);
      expect(JSON.stringify(await deps.guides.get('klaviyo'))).toBe(guidesBefore);
      expect(deps.openTab).not.toHaveBeenCalled();
    },
  );

  it('tells the Upstack dashboard whose key is held, in one question', async () => {
    fakeBrowser.reset();
    const route = createRouter(routerDeps());
    expect(await route({ type: 'held' }, senders.upstack)).toBeNull();
    await route(
      { type: 'capture', provider: 'klaviyo', secret: { apiKey: key } },
      senders.provider,
    );
    expect(await route({ type: 'held' }, senders.upstack)).toEqual({ provider: 'klaviyo' });
    // Nobody else is told.
    expect(await route({ type: 'held' }, senders.provider)).toBeNull();
    expect(await route({ type: 'held' }, senders.stranger)).toBeNull();
  });
});
