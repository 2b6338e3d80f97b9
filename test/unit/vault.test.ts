import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createVault, entryKey } from '../../lib/background/vault';

const secret = { apiKey: `pk_${'a'.repeat(30)}wxyz` };
const TEN_MINUTES = 10 * 60_000;

describe('vault', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const vault = () => createVault(fakeBrowser.storage.session);

  it('holds a secret in storage.session and reports it masked', async () => {
    const status = await vault().put('klaviyo', secret, TEN_MINUTES);
    expect(status).toMatchObject({ state: 'captured', masked: { apiKey: 'pk_…wxyz' } });
    expect(JSON.stringify(status)).not.toContain(secret.apiKey);
    expect(await vault().secret('klaviyo')).toEqual(secret);
    // A password shows nothing; a provider the vault does not know shows nothing either.
    const dotdigital = {
      apiUser: 'apiuser-0123456789ab@apiconnector.com',
      password: 'Zx8!q2Lm7#pR4vT9wK1$',
    };
    expect(await vault().put('dotdigital', dotdigital, TEN_MINUTES)).toMatchObject({
      masked: { apiUser: 'apiuser-…89ab@apiconnector.com', password: '••••••••' },
    });
    expect(await vault().put('nope', secret, TEN_MINUTES)).toMatchObject({
      masked: { apiKey: '••••••••' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('forgets the secret when the time limit passes, even for a new vault (a restarted worker)', async () => {
    await vault().put('klaviyo', secret, TEN_MINUTES);
    vi.advanceTimersByTime(TEN_MINUTES - 1);
    expect(await vault().secret('klaviyo')).toEqual(secret);
    vi.advanceTimersByTime(1);
    expect(await vault().secret('klaviyo')).toBeUndefined();
    expect(await vault().status('klaviyo')).toEqual({ state: 'expired', at: Date.now() });
    const stored = await fakeBrowser.storage.session.get(entryKey('klaviyo'));
    expect(JSON.stringify(stored)).not.toContain(secret.apiKey);
  });

  it('the alarm sweep wipes expired entries without a read', async () => {
    await vault().put('klaviyo', secret, 60_000);
    vi.advanceTimersByTime(60_000);
    await vault().expire(['klaviyo']);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(
      secret.apiKey,
    );
  });

  it('keeps one entry per provider and forgets after fill', async () => {
    await vault().put('klaviyo', secret, TEN_MINUTES);
    await vault().put('omnisend', { apiKey: 'other' }, TEN_MINUTES);
    await vault().markFilled('klaviyo');
    expect(await vault().secret('klaviyo')).toBeUndefined();
    expect((await vault().status('klaviyo')).state).toBe('filled');
    expect(await vault().secret('omnisend')).toEqual({ apiKey: 'other' });
    await vault().forget('omnisend');
    expect(await vault().status('omnisend')).toEqual({ state: 'empty' });
  });

  it("a key check's verdict that lands after the fill never brings the key back", async () => {
    const v = vault();
    await v.put('klaviyo', secret, TEN_MINUTES);
    // Not awaited: the check's verdict and the fill are written at the same time.
    const checked = v.setCheck('klaviyo', secret, { verdict: 'valid' });
    const filled = v.markFilled('klaviyo');
    await Promise.all([checked, filled]);
    expect((await v.status('klaviyo')).state).toBe('filled');
    expect(await v.secret('klaviyo')).toBeUndefined();
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(
      secret.apiKey,
    );
  });
});
