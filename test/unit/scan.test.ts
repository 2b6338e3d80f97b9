import { describe, expect, it } from 'vitest';
import {
  asShown,
  decide,
  keyShaped,
  MAX_CHOICES,
  tokens,
  UNREADABLE,
  wholes,
} from '../../lib/key/scan';
import { klaviyo } from '../../lib/recipes/klaviyo';
import { omnisend } from '../../lib/recipes/omnisend';

const klaviyoKey = klaviyo.capture.fields[0]!;
const omnisendKey = omnisend.capture.fields[0]!;
const KEY = `pk_${'a1B2c3D4e5'.repeat(3)}abcd`;
const OMNI = `${'x'.repeat(64)}-${'y'.repeat(10)}`;

describe('tokens', () => {
  it('splits at whitespace, quotes, brackets and punctuation, keeping a key whole', () => {
    expect(tokens(`Your key: "${KEY}". Copy it (right now).`)).toEqual([KEY]);
    expect(tokens(`[private=${KEY}]`)).toEqual([`private=${KEY}`]);
    expect(tokens('apiuser-abc123def456@apiconnector.com, stored')).toEqual([
      'apiuser-abc123def456@apiconnector.com',
      'stored',
    ]);
    expect(tokens('short')).toEqual([]);
  });
});

describe('keyShaped', () => {
  it('finds values of the shape in any text, each once', () => {
    const texts = [`Private API key ${KEY}`, KEY, `<code>${KEY}</code>`, 'Public API key AbC123'];
    expect(keyShaped(klaviyoKey, texts)).toEqual([KEY]);
    expect(keyShaped(omnisendKey, [`key ${OMNI}.`])).toEqual([OMNI]);
  });

  it("skips what the field refuses: the public key, masked keys, Stripe's keys", () => {
    expect(
      keyShaped(klaviyoKey, [
        'AbC123',
        'pk_****************************wxyz',
        'pk_live_51HqLyjWDarjtT1zdp7dcXYZabc',
      ]),
    ).toEqual([]);
  });

  it('stops at the cap, so a page full of key-shaped strings costs a bounded pass', () => {
    const many = Array.from({ length: 8000 }, (_, i) => `pk_${String(i).padStart(34, 'k')}`);
    expect(keyShaped(klaviyoKey, many, 64)).toHaveLength(64);
  });
});

describe('decide', () => {
  it('one value in several places is one key', () => {
    expect(decide([KEY, KEY, KEY])).toEqual({ kind: 'one', value: KEY });
  });
  it('two different values are a question, never a guess', () => {
    const other = KEY.replace('abcd', 'wxyz');
    expect(decide([KEY, other])).toEqual({ kind: 'choose', values: [KEY, other] });
  });
  it('offers every value up to the cap, one more beyond it (too many), and nothing is nothing', () => {
    const some = Array.from({ length: 10 }, (_, i) => `${KEY.slice(0, -1)}${i}`);
    expect((decide(some) as { values: string[] }).values).toEqual(some);
    const many = Array.from(
      { length: 40 },
      (_, i) => `${KEY.slice(0, -2)}${String(i).padStart(2, '0')}`,
    );
    expect(decide(many)).toMatchObject({ kind: 'choose' });
    expect((decide(many) as { values: string[] }).values).toHaveLength(MAX_CHOICES + 1);
    expect(decide([])).toEqual({ kind: 'none' });
  });
});

describe('wholes', () => {
  const whole = `6${'40abcdef'.repeat(5)}x`;
  const piece = whole.slice(1);
  it('drops a value that grew where it is shown: the longer one is the key', () => {
    expect(
      wholes(
        new Map([
          [piece, 'a'],
          [whole, 'a'],
        ]),
      ),
    ).toEqual([whole]);
    expect(
      wholes(
        new Map([
          [whole, 'a'],
          [piece, 'a'],
          [whole.slice(0, 10), 'a'],
        ]),
      ),
    ).toEqual([whole]);
  });
  it('keeps a value a longer one seen elsewhere holds: a question, never a silent swap', () => {
    expect(
      wholes(
        new Map([
          [piece, 'dialog'],
          [whole, 'planted'],
        ]),
      ),
    ).toEqual([piece, whole]);
    const other = `${piece}y`;
    expect(
      wholes(
        new Map([
          [whole, 'a'],
          [other, 'a'],
        ]),
      ),
    ).toEqual([whole, other]);
  });
});

describe('asShown: a value read from one piece, against its block as rendered', () => {
  const key = `6${'40abcdef'.repeat(5)}x`;
  it('the value, where the block shows it as a word of its own', () => {
    expect(asShown(key, `Your key: ${key} (copy it now)`)).toEqual({
      words: [key],
      unreadable: false,
    });
  });
  it('the word around a piece: a key split across inline elements', () => {
    expect(asShown(key.slice(1), `Your key:\n${key}`)).toEqual({ words: [key], unreadable: false });
  });
  it('nothing, and unreadable, where a piece no one can read is inside the word', () => {
    const cut = `${key.slice(0, 5)}${UNREADABLE}${key.slice(5)}`;
    expect(asShown(key.slice(5), cut)).toEqual({ words: [], unreadable: true });
    // The value read with the hidden piece left out (lib/engine/rendered.ts joinedTexts).
    expect(asShown(key, cut)).toEqual({ words: [], unreadable: true });
  });
  it('nothing where the block shows no such word (the piece is gone)', () => {
    expect(asShown(key, 'something else')).toEqual({ words: [], unreadable: false });
  });
});
