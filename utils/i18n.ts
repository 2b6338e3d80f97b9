// Every visible string goes through browser.i18n (public/_locales/<lang>/messages.json).
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function checkText(check: 'valid' | 'invalid' | 'unknown'): string {
  return t(
    check === 'valid' ? 'checkValid' : check === 'invalid' ? 'checkInvalid' : 'checkUnknown',
  );
}
