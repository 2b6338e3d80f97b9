// Passwords for API users (Dotdigital): long, random, and within the provider's rule.
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
// Symbols that no form, URL or HTML escaping mangles, and that never read as a masked value.
const SYMBOLS = '!#$%+-=?@^_~';
const ALL = LETTERS + DIGITS + SYMBOLS;

type Random = (array: Uint32Array) => Uint32Array;
const cryptoRandom: Random = (array) => crypto.getRandomValues(array);

function pick(alphabet: string, random: Random): string {
  const [n = 0] = random(new Uint32Array(1));
  return alphabet[n % alphabet.length] as string;
}

/** Whether `password` meets a rule like Dotdigital's: 8+ characters, a digit or symbol, none of `avoid`. */
export function meetsRule(password: string, avoid: readonly string[] = []): boolean {
  const lower = password.toLowerCase();
  return (
    password.length >= 8 &&
    /[^A-Za-z]/.test(password) &&
    !lower.includes('password') &&
    avoid.every((word) => !word || !lower.includes(word.toLowerCase()))
  );
}

/** A random password of `length` characters with letters, a digit and a symbol. */
export function generatePassword(
  avoid: readonly string[] = [],
  length = 20,
  random = cryptoRandom,
): string {
  for (;;) {
    const chars = [pick(DIGITS, random), pick(SYMBOLS, random), pick(LETTERS, random)];
    while (chars.length < length) chars.push(pick(ALL, random));
    // Shuffle so the guaranteed classes are not always first (Fisher–Yates).
    for (let i = chars.length - 1; i > 0; i--) {
      const [n = 0] = random(new Uint32Array(1));
      const j = n % (i + 1);
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    }
    const password = chars.join('');
    if (meetsRule(password, avoid)) return password;
  }
}
