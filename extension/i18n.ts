/**
 * The reader's language: every string of the extension's UI comes from `_locales/<locale>/messages.json`
 * (public/_locales, `default_locale` en) through `t(key, subs)` over `i18n.getMessage`, so the
 * strings live in the locale files, not in the bundles. Keys are typed from the English file (a
 * type-only import: nothing of it is bundled). Plurals pick `<key>_<category>` with the locale's
 * own `Intl.PluralRules`, falling back to `<key>_other`. Tests install the files' messages with
 * `setMessageSource` (tools/i18n/messages.ts), as the browser would resolve them.
 */
import type en from '../public/_locales/en/messages.json';
import { browser } from './browser';

export type MessageKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;
export type Subs = string | number | ReadonlyArray<string | number>;

/** `getMessage(key, subs)`, as `i18n.getMessage` (returns '' for an unknown key). */
export type MessageSource = (key: string, subs?: string[]) => string;

let source: MessageSource | null = null;

/** Replace the browser's messages (tests, tools). */
export function setMessageSource(next: MessageSource | null): void {
  source = next;
  plural = null;
}

function get(key: string, subs?: string[]): string {
  if (source) return source(key, subs);
  return browser?.i18n?.getMessage(key, subs) ?? '';
}

function strings(subs: Subs | undefined): string[] | undefined {
  if (subs === undefined) return undefined;
  const all = typeof subs === 'string' || typeof subs === 'number' ? [subs] : subs;
  return all.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
}

/** The message for `key`, with its placeholders filled in order; numbers in the UI's locale. */
export function t(key: MessageKey, subs?: Subs): string {
  return get(key, strings(subs)) || key;
}

/** The locale of the messages shown (`locale` of the file the browser picked), for Intl. */
export function uiLocale(): string {
  return get('locale') || 'en';
}

/** The UI's text direction, from the browser's own `@@bidi_dir` of the UI language. */
export function uiDir(): 'ltr' | 'rtl' {
  return get('@@bidi_dir') === 'rtl' || /^(?:ar|fa|he|ur)\b/.test(uiLocale()) ? 'rtl' : 'ltr';
}

let plural: Intl.PluralRules | null = null;

/** The plural form of `base` for the count `n` (`n` is also the first placeholder, formatted). */
export function tn(base: PluralBase<MessageKey>, n: number, more: ReadonlyArray<string | number> = []): string {
  plural ??= new Intl.PluralRules(uiLocale());
  const subs = strings([n, ...more]);
  return get(`${base}_${plural.select(n)}`, subs) || get(`${base}_other`, subs) || base;
}

export function formatNumber(n: number): string {
  return n.toLocaleString(uiLocale());
}

/**
 * The locale for dates and numbers: the browser's own (`en-GB`, `de-AT`) when it speaks the UI's
 * language, else the UI's, so a date never reads in another language than the words around it.
 */
export function formatLocale(browserLocale: string): string {
  const ui = uiLocale();
  return browserLocale.split('-')[0]!.toLowerCase() === ui.split('-')[0]!.toLowerCase() ? browserLocale : ui;
}

/** Put the UI's language and direction on a document (popup, options). */
export function applyLocale(root: HTMLElement = document.documentElement): void {
  root.lang = uiLocale();
  root.dir = uiDir();
}
