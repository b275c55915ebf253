/**
 * The extension's messages as the browser resolves them (`i18n.getMessage`), read from
 * public/_locales in Node: for tests and tools (README screenshots in other languages).
 * Substitution follows the browsers: `$name$` takes its placeholder's content, in which `$1`…`$9`
 * are the substitutions; `$$` is a dollar sign.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageSource } from '../../extension/i18n';

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales/');

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(`${LOCALES_DIR}${locale}/messages.json`, 'utf8')) as Messages;
}

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** A getMessage over `locale`, falling back to `en` key by key, as the browsers do. */
export function messageSource(locale = 'en'): MessageSource {
  const own = readMessages(locale);
  const en = readMessages('en');
  return (key, subs = []) => {
    if (key === '@@bidi_dir') return RTL.has(locale.split('_')[0]!) ? 'rtl' : 'ltr';
    if (key === '@@ui_locale') return locale;
    const entry = own[key] ?? en[key];
    if (!entry) return '';
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (m, name?: string) => {
      if (!name) return '$';
      const p = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return p ? fill(p[1].content) : m;
    });
  };
}
