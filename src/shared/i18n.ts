/**
 * Typed access to _locales/en/messages.json: a misspelt key is a compile
 * error, and a translator only ever edits the locale files.
 */
import browser from './browser';
import type messages from '../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The localised string for `key`, with `$1`-style substitutions. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const subs = substitutions === undefined ? undefined : typeof substitutions === 'string' ? substitutions : [...substitutions];
  return browser.i18n.getMessage(key, subs) || key;
}
