// Every bad value of the table, as a capture from its provider's own page through the
// background router: refused with the expected reason, never quoted, and nothing stored.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../lib/background/router';
import { BAD_INPUTS, type ProviderId, SURROUNDED, VALID } from '../bad-inputs';
import { routerDeps } from './router-deps';

const ID = 'extension-id';
const PAGES: Record<ProviderId, string> = {
  klaviyo: 'https://www.klaviyo.com/create-private-api-key',
  omnisend: 'https://app.omnisend.com/integrations/api-keys',
  optimove: 'https://acme.optimove.net/#/settings/general/api-key-management',
  dotdigital: 'https://r1-app.dotdigital.com/settings/access/api-users/new',
  pinterest: 'https://ads.pinterest.com/advertiser/549755885175/conversions/',
  tiktok: 'https://ads.tiktok.com/i18n/events_manager/datasource/pixel/detail/C4K7QJ2M9PB3XR5T8WDA',
  reddit: 'https://ads.reddit.com/account/a2_kq3h7x9w2m/events-manager',
  snapchat:
    'https://business.snapchat.com/6b1f0c3e-2a7d-4e59-9c81-0f4d2b7a5e13/settings/business-details',
  meta: 'https://business.facebook.com/events_manager2/list/pixel/4827361950284716/settings',
  microsoft: 'https://ui.ads.microsoft.com/campaign/vnext/uettag',
};

const router = () => createRouter(routerDeps());

const capture = (provider: ProviderId, secret: Record<string, string>) =>
  [
    { type: 'capture', provider, secret },
    { id: ID, tab: { id: 1 }, frameId: 0, url: PAGES[provider] },
  ] as const;

describe('the bad-input table', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has at least 30 rows, across every provider', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_INPUTS.map((row) => row.provider)).size).toBe(Object.keys(VALID).length);
  });

  it.each(BAD_INPUTS.map((row) => [row.provider, row.field, row.what, row] as const))(
    '%s %s, %s: refused with a clear reason that does not quote it; nothing stored',
    async (provider, field, _what, { value, reason }) => {
      const secret = { ...VALID[provider], [field]: value };
      const answer = (await router()(...capture(provider, secret))) as {
        ok: boolean;
        reason: string;
      };
      expect(answer.ok).toBe(false);
      expect(answer.reason).toMatch(reason);
      const trimmed = value.trim();
      if (trimmed.length >= 4) expect(answer.reason).not.toContain(trimmed);
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    },
  );

  it.each(Object.keys(SURROUNDED) as ProviderId[])(
    '%s: a valid value with whitespace around it is trimmed and accepted',
    async (provider) => {
      const route = router();
      const answer = (await route(...capture(provider, SURROUNDED[provider]))) as {
        status: { entry: string };
      };
      expect(answer).toMatchObject({ ok: true, status: { state: 'captured' } });
      const reveal = await route(
        { type: 'reveal', provider, entry: answer.status.entry },
        { id: ID, tab: { id: 2 }, frameId: 0, url: 'https://app.upstackdata.com/destinations' },
      );
      expect(reveal).toEqual({ ok: true, secret: VALID[provider] });
    },
  );
});
