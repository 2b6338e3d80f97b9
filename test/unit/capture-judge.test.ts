import { describe, expect, it } from 'vitest';
import {
  admit,
  arming,
  baselineOf,
  isNew,
  MAX_NEAR,
  MAX_SEEN,
  MAX_WAITING,
  NEAR_MS,
  nearDue,
  nearSighted,
  overflowing,
  release,
  shaped,
  shaper,
  sighted,
  unreadable,
  verdict,
  wantsNear,
} from '../../lib/key/capture-judge';
import { choiceLabels } from '../../lib/key/labels';
import { klaviyo } from '../../lib/recipes/klaviyo';
import { optimove } from '../../lib/recipes/optimove';

const klaviyoKey = klaviyo.capture.fields[0]!;
const optimoveKey = optimove.capture.fields[0]!;
const key = (i: number) => `pk_${'a1B2c3D4e5'.repeat(3)}${String(i).padStart(4, '0')}`;
const KEY = key(1);

describe('arming and the baseline', () => {
  it('takes every value of the pattern on the page at the click, fields whole, texts as words', () => {
    const old = baselineOf(klaviyoKey, [
      { text: `Your old key ${key(7)} here`, field: false },
      { text: ` ${key(8)} `, field: true },
      { text: 'nothing here', field: false },
    ]);
    expect(old).toEqual([key(7), key(8)]);
    const s = arming<string>(old, []);
    expect(isNew(s, key(7))).toBe(false);
    expect(isNew(s, KEY)).toBe(true);
    expect(verdict(s)).toEqual({ kind: 'none' });
  });
});

describe('shaped', () => {
  it('reads a field as one value and a distinctive text as words', () => {
    expect(shaped(klaviyoKey, { text: `key: ${KEY}.`, field: false }, 8)).toEqual([KEY]);
    expect(shaped(klaviyoKey, { text: `key: ${KEY}`, field: true }, 8)).toEqual([]);
  });
  it('reads a loose shape only as an element’s whole text or its one word of the shape', () => {
    const id = 'Abcdefghij0123456789xyz';
    expect(shaped(optimoveKey, { text: id, field: false }, 8)).toEqual([id]);
    expect(shaped(optimoveKey, { text: `${id} ${id}Q`, field: false }, 8)).toEqual([]);
  });
  it('remembers texts that hold nothing, and never a value found', () => {
    const once = shaper(klaviyoKey);
    expect(once('nothing of the shape here', false, 8)).toEqual([]);
    expect(once(KEY, false, 8)).toEqual([KEY]);
    expect(once(KEY, false, 8)).toEqual([KEY]);
  });
});

describe('sightings and judging', () => {
  it('one value seen on screen is the key; a second is a question listing both', () => {
    const s = arming<string>([], []);
    expect(sighted(s, KEY, 'dialog')).toBe(true);
    expect(verdict(s)).toEqual({ kind: 'one', value: KEY });
    expect(sighted(s, KEY, 'dialog')).toBe(false); // the same value again changes nothing
    expect(sighted(s, key(2), 'widget')).toBe(true);
    expect(verdict(s)).toEqual({ kind: 'choose', values: [KEY, key(2)] });
  });
  it('a value on the page at the click is never a sighting', () => {
    const s = arming<string>([KEY], []);
    expect(sighted(s, KEY, 'dialog')).toBe(false);
    expect(verdict(s)).toEqual({ kind: 'none' });
  });
  it('a question lists every value up to the cap, then is "too many" with one more, no drops', () => {
    const s = arming<string>([], []);
    for (let i = 0; i < MAX_SEEN; i++) sighted(s, key(i), 'x');
    const listed = verdict(s);
    expect(listed.kind === 'choose' && listed.values.length === MAX_SEEN).toBe(true);
    expect(overflowing(s)).toBe(false);
    expect(sighted(s, key(100), 'x')).toBe(true);
    expect(overflowing(s)).toBe(true);
    expect(sighted(s, key(101), 'x')).toBe(false);
    const many = verdict(s);
    expect(many.kind === 'choose' && many.values.length === MAX_SEEN + 1).toBe(true);
  });
  it('release forgets everything seen', () => {
    const s = arming<string>([], []);
    sighted(s, KEY, 'x');
    nearSighted(s, 'masked', 0);
    release(s);
    expect(s.seen.size + s.near.size).toBe(0);
  });
});

describe('admit: values waiting to be seen never crowd out the key', () => {
  it('watches while there is room', () => {
    expect(admit(0, false)).toBe('watch');
    expect(admit(MAX_WAITING - 1, false)).toBe('watch');
  });
  it('when full, a value where the key opened makes room; any other is not watched', () => {
    expect(admit(MAX_WAITING, true)).toBe('evict');
    expect(admit(MAX_WAITING, false)).toBe('drop');
  });
});

describe('near: a value where the key belongs, not of its shape', () => {
  it('is reported once it has waited, once, and only while no key was seen', () => {
    const s = arming<string>([], ['Loading…']);
    expect(wantsNear(s, klaviyoKey, 'Loading…')).toBe(false);
    expect(wantsNear(s, klaviyoKey, KEY)).toBe(false);
    expect(wantsNear(s, klaviyoKey, 'pk_••••••abcd')).toBe(true);
    nearSighted(s, 'pk_••••••abcd', 1000);
    expect(nearDue(s, 1000 + NEAR_MS - 1)).toBeUndefined();
    expect(nearDue(s, 1000 + NEAR_MS)).toBe('pk_••••••abcd');
    expect(nearDue(s, 1000 + NEAR_MS * 2)).toBeUndefined();
    nearSighted(s, 'other masked', 5000);
    sighted(s, KEY, 'x');
    expect(nearDue(s, 5000 + NEAR_MS)).toBeUndefined();
  });
  it('is remembered for a few values at most', () => {
    const s = arming<string>([], []);
    for (let i = 0; i < MAX_NEAR * 3; i++) nearSighted(s, `masked ${i}`, 0);
    expect(s.near.size).toBe(MAX_NEAR);
  });
});

describe('choiceLabels', () => {
  const place = (i: number) => `#${i + 1}`;
  it('is the mask where masks differ', () => {
    expect(choiceLabels(klaviyoKey, [key(1), key(2)], place)).toEqual(['pk_…0001', 'pk_…0002']);
  });
  it('shows more of both ends where masks collide, never the whole key', () => {
    const a = `pk_AAAA${'x'.repeat(26)}1234`;
    const b = `pk_BBBB${'x'.repeat(26)}1234`;
    const labels = choiceLabels(klaviyoKey, [a, b], place);
    expect(labels[0] !== labels[1]).toBe(true);
    expect(labels.some((l, i) => l.includes([a, b][i]!))).toBe(false);
  });
  it('adds where each is shown when even the ends are alike', () => {
    const a = `pk_${'x'.repeat(15)}A${'x'.repeat(15)}`;
    const b = `pk_${'x'.repeat(15)}B${'x'.repeat(15)}`;
    const labels = choiceLabels(klaviyoKey, [a, b], place);
    expect(labels[0] !== labels[1]).toBe(true);
    expect(labels[1]!.endsWith('#2')).toBe(true);
  });
});

describe('a key split across elements, and one with a part no one can read', () => {
  const key = `pk_${'a1B2c3D4e5'.repeat(3)}f6G7`;
  it('a value that grew where it is shown counts as the longer one', () => {
    const s = arming<string>([], []);
    sighted(s, key.slice(0, 20), 'code');
    sighted(s, key, 'code');
    expect(verdict(s)).toEqual({ kind: 'one', value: key });
  });
  it('a longer value seen elsewhere is a question, never a silent swap', () => {
    const s = arming<string>([], []);
    sighted(s, key, 'dialog');
    sighted(s, `${key}X`, 'planted');
    expect(verdict(s)).toMatchObject({ kind: 'choose' });
    expect((verdict(s) as { values: string[] }).values).toHaveLength(2);
  });
  it('unreadable: a question with nothing to offer (the merchant copies the key), once', () => {
    const s = arming<string>([], []);
    sighted(s, key, 'planted');
    expect(unreadable(s)).toBe(true);
    expect(unreadable(s)).toBe(false);
    expect(verdict(s)).toEqual({ kind: 'choose', values: [] });
    release(s);
    expect(s.unreadable).toBe(false);
  });
});
