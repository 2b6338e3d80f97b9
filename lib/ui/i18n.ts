// Every visible string goes through browser.i18n (public/_locales/<lang>/messages.json).
import { browser } from 'wxt/browser';
import type { CheckResult } from '../protocol/messages';
import { type MessageKey, render, type Said } from '../protocol/said';
import type { Recipe } from '../recipes/schema';

export type { MessageKey, Said };

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions.map(String)) || key;
  } catch {
    // The extension was reloaded: this page's panel is about to go (its lifetime ends within a
    // second); until then a tick of its countdown must not throw into the page.
    return key;
  }
}

/** A message from lib/ or the background (a key and its substitutions), in the merchant's words. */
export function say(message: Said): string {
  return render(message, (key, substitutions) => t(key, ...substitutions));
}

/** An extension page speaks the browser's UI language: say so, for screen readers and axe. */
export function pageLanguage(document: Document, title?: MessageKey) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  if (title) document.title = t(title);
}

const WHY: Record<NonNullable<CheckResult['reason']>, MessageKey> = {
  request: 'checkWhyRequest',
  missing: 'checkWhyMissing',
  retired: 'checkWhyRetired',
  busy: 'checkWhyBusy',
  server: 'checkWhyServer',
  network: 'checkWhyNetwork',
  limit: 'checkWhyLimit',
};

/** What a key check found, with the merchant's next action; the recipe says what a refusal
 * means for its provider (which permission, what else a 401 can be). */
export function checkText(check: CheckResult, recipe: Pick<Recipe, 'name' | 'check'>): string {
  switch (check.verdict) {
    case 'valid':
      return t('checkValid');
    case 'invalid':
      return t(
        'checkInvalid',
        recipe.name,
        recipe.check?.invalid ? `${t(recipe.check.invalid)} ` : '',
      );
    case 'forbidden':
      return t('checkForbidden', t(recipe.check?.forbidden ?? 'checkForbiddenAny'));
    default:
      return t('checkUnknown', t(check.reason ? WHY[check.reason] : 'checkWhyOther'));
  }
}
