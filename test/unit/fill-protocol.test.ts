import { describe, expect, it } from 'vitest';
import { NOTES, parseFrameMessage, parseHostMessage } from '../../lib/protocol/fill-frame';
import { ACTIVATION_SETTLE_MS, createActivationGuard } from '../../lib/ui/activation';

describe('the Fill frame’s messages', () => {
  it('takes exactly the frame’s three shapes', () => {
    expect(parseFrameMessage({ type: 'size', height: 180.2 })).toEqual({
      type: 'size',
      height: 181,
    });
    expect(parseFrameMessage({ type: 'fill', entry: 'a1b2-c3' })).toEqual({
      type: 'fill',
      entry: 'a1b2-c3',
    });
    expect(parseFrameMessage({ type: 'close' })).toEqual({ type: 'close' });
  });

  it('drops anything else: extra fields, bad entries, absurd sizes, a secret tucked in', () => {
    for (const bad of [
      null,
      'fill',
      [],
      { type: 'fill' },
      { type: 'fill', entry: '' },
      { type: 'fill', entry: 'x'.repeat(65) },
      { type: 'fill', entry: 'a b' },
      { type: 'fill', entry: 'ok', secret: { apiKey: 'pk_x' } },
      { type: 'size', height: 0 },
      { type: 'size', height: -4 },
      { type: 'size', height: Number.POSITIVE_INFINITY },
      { type: 'size', height: 99999 },
      { type: 'size', height: '100' },
      { type: 'close', reason: 'page' },
      { type: 'reveal', provider: 'klaviyo' },
    ])
      expect(parseFrameMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('gives the frame only our own note codes, never a text', () => {
    for (const code of NOTES)
      expect(parseHostMessage({ type: 'note', code })).toEqual({ type: 'note', code });
    expect(parseHostMessage({ type: 'placed' })).toEqual({ type: 'placed' });
    expect(parseHostMessage({ type: 'vault' })).toEqual({ type: 'vault' });
    expect(parseHostMessage({ type: 'vault', provider: 'klaviyo' })).toBeUndefined();
    for (const bad of [
      { type: 'note', code: 'Continue to dashboard' },
      { type: 'note', code: 'again', text: 'Your key is ready: press Fill' },
      { type: 'note', code: 'toString' },
      { type: 'note' },
      { type: 'placed', at: 1 },
      { type: 'fill', entry: 'x' },
    ])
      expect(parseHostMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('takes the handshake token only as a UUID, with nothing else', () => {
    const token = '0b4c2f1e-8a8d-4c3a-9f1e-2d6b7a5c9e01';
    expect(parseHostMessage({ type: 'hello', token })).toEqual({ type: 'hello', token });
    for (const bad of [
      { type: 'hello' },
      { type: 'hello', token: 'x' },
      { type: 'hello', token: `${token}0` },
      { type: 'hello', token: token.toUpperCase() },
      { type: 'hello', token, origin: 'https://app.upstackdata.com' },
    ])
      expect(parseHostMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it("tells the frame the guide's step by id and name index, never the page's words", () => {
    const step = { type: 'step', id: 'save', state: 'ok', name: 0, from: 3 };
    expect(parseHostMessage(step)).toEqual(step);
    expect(parseHostMessage({ ...step, state: 'fallback', name: -1 })).toEqual({
      ...step,
      state: 'fallback',
      name: -1,
    });
    for (const bad of [
      { ...step, id: 'Press Save to continue' },
      { ...step, state: 'done' },
      { ...step, name: 1.5 },
      { ...step, name: -2 },
      { ...step, name: 99 },
      { ...step, label: 'Create Configuration' },
      { ...step, from: -1 },
      { ...step, from: '3' },
      { type: 'step', id: 'save', state: 'ok', name: 0 },
    ])
      expect(parseHostMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('tells the frame whether the page’s root filter holds Fill, as a boolean alone', () => {
    expect(parseHostMessage({ type: 'filter', on: true })).toEqual({ type: 'filter', on: true });
    expect(parseHostMessage({ type: 'filter', on: false })).toEqual({ type: 'filter', on: false });
    for (const bad of [
      { type: 'filter' },
      { type: 'filter', on: 'true' },
      { type: 'filter', on: 1 },
      { type: 'filter', on: true, text: 'Turn it off' },
    ])
      expect(parseHostMessage(bad), JSON.stringify(bad)).toBeUndefined();
  });
});

describe('the Fill frame’s own guard', () => {
  function clock() {
    let t = 1000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('counts a click only half a second after the button appeared, moved or was placed', () => {
    const time = clock();
    const guard = createActivationGuard(time.now, false);
    expect(guard.accepts('pointer')).toBe(false);
    expect(guard.wait()).toBe(ACTIVATION_SETTLE_MS);
    time.advance(ACTIVATION_SETTLE_MS);
    expect(guard.accepts('pointer')).toBe(true);
    guard.reset(); // the parent placed the frame again, or the page moved it
    time.advance(ACTIVATION_SETTLE_MS - 1);
    expect(guard.accepts('pointer')).toBe(false);
    time.advance(1);
    expect(guard.accepts('pointer')).toBe(true);
  });

  it('with IntersectionObserver v2: only after half a second of real visibility', () => {
    const time = clock();
    const guard = createActivationGuard(time.now, true);
    time.advance(5000);
    expect(guard.wait()).toBe(Number.POSITIVE_INFINITY); // v2 has not said "visible" yet
    guard.visible(true);
    time.advance(ACTIVATION_SETTLE_MS - 1);
    expect(guard.accepts('pointer')).toBe(false);
    time.advance(1);
    expect(guard.accepts('pointer')).toBe(true);
    guard.visible(false); // covered, faded or moved by the page
    expect(guard.accepts('pointer')).toBe(false);
    guard.visible(true);
    expect(guard.accepts('pointer')).toBe(false);
    time.advance(ACTIVATION_SETTLE_MS);
    expect(guard.accepts('pointer')).toBe(true);
  });

  it('counts a key press only on a button focused for half a second', () => {
    const time = clock();
    const guard = createActivationGuard(time.now, false);
    time.advance(ACTIVATION_SETTLE_MS);
    expect(guard.accepts('keyboard')).toBe(false); // not focused at all
    guard.focused(true); // the page focused it just as the merchant pressed Space
    expect(guard.accepts('keyboard')).toBe(false);
    expect(guard.accepts('pointer')).toBe(true);
    time.advance(ACTIVATION_SETTLE_MS);
    expect(guard.accepts('keyboard')).toBe(true);
    guard.focused(false);
    guard.focused(true);
    expect(guard.accepts('keyboard')).toBe(false);
  });
});
