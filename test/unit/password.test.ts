import { describe, expect, it } from 'vitest';
import { generatePassword, meetsRule } from '../../lib/key/password';

describe('generatePassword', () => {
  it('meets the rule every time and never repeats', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const password = generatePassword(['apiuser-8d024d09fe44@apiconnector.com', 'Acme']);
      expect(password).toHaveLength(20);
      expect(meetsRule(password, ['Acme'])).toBe(true);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
      seen.add(password);
    }
    expect(seen.size).toBe(500);
  });

  it('regenerates when a draw contains a word to avoid', () => {
    // A source that first spells a forbidden word, then behaves.
    let calls = 0;
    const random = (array: Uint32Array) => {
      array[0] = calls++ < 40 ? 0 : calls * 7919;
      return array;
    };
    const password = generatePassword(['AAAAA'], 12, random);
    expect(password.toLowerCase()).not.toContain('aaaaa');
  });
});

describe('meetsRule', () => {
  it.each([
    ['short1!', false],
    ['onlyletters', false],
    ['MyPassword123', false],
    ['acme-store-2024', false],
    ['Xy7#kLm2pQ', true],
  ])('%s → %s', (password, ok) => {
    expect(meetsRule(password, ['Acme'])).toBe(ok);
  });
});
