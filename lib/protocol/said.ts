// What the merchant is told, as a message key of public/_locales and its substitutions, so that
// lib/ stays pure: the edges (background, content scripts, extension pages) put it in words with
// lib/ui/i18n.ts `say`. A substitution may itself be a message (a field's label inside a refusal).
import type en from '../../public/_locales/en/messages.json';

/** A key of the English messages: every locale has the same keys (test/unit/locales.test.ts). */
export type MessageKey = keyof typeof en;

export type Said = { key: MessageKey; args?: (string | number | Said)[] };

export function said(key: MessageKey, ...args: (string | number | Said)[]): Said {
  return args.length ? { key, args } : { key };
}

/** Puts a message in words with `lookup` (browser.i18n.getMessage, or a locale's messages in a
 * test): substitutions first, each one a message of its own or a plain value. */
export function render(
  message: Said,
  lookup: (key: MessageKey, substitutions: string[]) => string,
): string {
  const args = (message.args ?? []).map((arg) =>
    typeof arg === 'object' ? render(arg, lookup) : String(arg),
  );
  return lookup(message.key, args);
}

/** Chrome's own substitution of `$1`..`$9` (and `$$` for a dollar) in a message's text. */
export function substitute(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}
