import { readdirSync, readFileSync } from 'node:fs';
import { parseSync, traverse, type NodePath } from '@babel/core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLocale, setMessageSource, t, tn, uiDir, uiLocale } from '../../../extension/i18n';
import { localeNames, messageSource, readMessages, type Messages } from '../../../tools/i18n/messages';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = readMessages('en');
const enBases = new Set(Object.keys(en).filter((k) => k.endsWith('_other')).map((k) => k.replace(PLURAL, '')));
const placeholderNames = (m: Messages, key: string) => Object.keys(m[key]?.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
const used = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()))].sort();

describe('the locales', () => {
  it('are the ones the issue asks for, with English the default', () => {
    expect(localeNames()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'hi', 'ja', 'pt_BR', 'zh_CN']);
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    // Every __MSG_key__ of the manifest exists.
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) expect(en, key).toHaveProperty(key);
  });

  for (const locale of localeNames()) {
    describe(locale, () => {
      const own = readMessages(locale);
      const rules = new Intl.PluralRules(own.locale?.message);

      it('names its own locale for Intl', () => {
        expect(own.locale?.message).toBe(locale.replace('_', '-'));
        expect(Intl.PluralRules.supportedLocalesOf(own.locale!.message)).toHaveLength(1);
      });

      it('has every key, and every plural form its language needs', () => {
        for (const key of Object.keys(en)) {
          if (PLURAL.test(key)) continue;
          expect(own, `${locale}: ${key}`).toHaveProperty(key);
        }
        for (const base of enBases) {
          for (const category of new Set(['other', ...rules.resolvedOptions().pluralCategories])) {
            expect(own, `${locale}: ${base}_${category}`).toHaveProperty(`${base}_${category}`);
          }
        }
        // Nothing else: an extra key is a typo or a leftover.
        for (const key of Object.keys(own)) {
          const base = key.replace(PLURAL, '');
          expect(key in en || (PLURAL.test(key) && enBases.has(base)), `${locale}: unknown key ${key}`).toBe(true);
        }
      });

      it('keeps every placeholder, and uses each one', () => {
        for (const [key, entry] of Object.entries(own)) {
          const enKey = key in en ? key : `${key.replace(PLURAL, '')}_other`;
          expect(placeholderNames(own, key), `${locale}: ${key}`).toEqual(placeholderNames(en, enKey));
          expect(used(entry.message), `${locale}: ${key}`).toEqual(placeholderNames(en, enKey));
          expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
        }
      });

      it('keeps the name and description within the manifest limits (45 and 132 characters)', () => {
        // Chrome documents both limits, and the Chrome Web Store rejects a package over them.
        expect([...own.extName!.message].length, locale).toBeLessThanOrEqual(45);
        expect([...own.extDescription!.message].length, locale).toBeLessThanOrEqual(132);
      });

      it('names its own menu item and buttons where a sentence tells the reader to use them', () => {
        // "right-click its headline and choose “Summarize this link”"
        expect(own.notArticleNext!.message, locale).toContain(own.menuLink!.message);
        // "open Options, check the address and press Save"
        expect(own.engineNoPermission!.message, locale).toContain(own.engineSave!.message);
        expect(own.engineNoPermission!.message.toLowerCase(), locale).toContain(own.options!.message.toLowerCase());
        // "Pick one with “Fetch models” in Options"
        for (const key of ['engineErrNoSuchModel', 'engineErrNoModel'] as const) {
          expect(own[key]!.message, `${locale}: ${key}`).toContain(own.engineFetchModels!.message);
        }
      });

      it('writes the punctuation and the register of its own language', () => {
        // Placeholders, product names and addresses keep their ASCII.
        const prose = (m: string) => m.replace(/https?:\/\/[^\s)）]*|\$\w+\$|llama\.cpp|[A-Za-z0-9]+[.:][A-Za-z0-9]+/g, '');
        for (const [key, { message }] of Object.entries(own)) {
          const m = prose(message);
          if (locale === 'fr') {
            // A no-break space (U+00A0, or the narrow U+202F) before : ; ? ! » and after «.
            expect(m, `${key}: ${message}`).not.toMatch(/[^\u00a0\u202f][:;?!»]|«[^\u00a0\u202f]/);
          }
          if (locale === 'ja' || locale === 'zh_CN') {
            expect(m, `${key}: ${message}`).not.toMatch(/[,:;?!()]/);
          }
          // Simplified Chinese browsers address the reader as 您.
          if (locale === 'zh_CN') expect(m, `${key}: ${message}`).not.toMatch(/你/);
          if (locale === 'ar') expect(m, `${key}: ${message}`).not.toMatch(/[,;?]/);
          // German as Chrome and Firefox write it for one reader: never the formal Sie; „…“ quotes.
          if (locale === 'de') {
            expect(m, `${key}: ${message}`).not.toMatch(/\b(?:Sie|Ihnen|Ihre?[nmrs]?)\b|[”"]/);
            expect(m.match(/“/g)?.length ?? 0, `${key}: ${message}`).toBe(m.match(/„/g)?.length ?? 0);
          }
        }
      });
    });
  }
});

describe('t', () => {
  afterEach(() => setMessageSource(messageSource('en')));

  it('fills placeholders in order and formats numbers in the UI locale', () => {
    expect(t('linkAllow', 'news.example')).toBe('Allow reading news.example');
    expect(t('aiImagesSome_other', [2, 5])).toBe('2 of 5 images are AI-generated');
    setMessageSource(messageSource('de'));
    expect(tn('words', 1234)).toBe('1.234 Wörter');
  });

  it('picks the plural form of the UI language', () => {
    expect(tn('words', 1)).toBe('1 word');
    expect(tn('words', 2)).toBe('2 words');
    setMessageSource(messageSource('ar'));
    // Arabic counts 2 in the dual, 3–10 in the plural, 11–99 and 100 in the singular.
    expect(tn('words', 2)).toMatch(/كلمتان$/);
    expect(tn('words', 3)).toMatch(/كلمات$/);
    expect(tn('words', 11)).toMatch(/كلمة$/);
    expect(tn('words', 100)).toMatch(/كلمة$/);
    expect(uiDir()).toBe('rtl');
    expect(uiLocale()).toBe('ar');
  });

  it('formats dates in the browser locale only when it speaks the UI language', () => {
    expect(formatLocale('en-GB')).toBe('en-GB');
    expect(formatLocale('de-AT')).toBe('en');
    setMessageSource(messageSource('de'));
    expect(formatLocale('de-AT')).toBe('de-AT');
  });
});

/**
 * No UI string is written in the code: JSX text and the text attributes (title, aria-label, alt,
 * placeholder) hold no words, and no string literal reads like a sentence or a label. Technical
 * strings (class names, test ids, URLs, keys, console messages) pass.
 */
describe('no hard-coded UI string', () => {
  const files = [
    ...readdirSync('popup').filter((f) => /\.tsx?$/.test(f)).map((f) => `popup/${f}`),
    ...readdirSync('options').filter((f) => /\.tsx?$/.test(f)).map((f) => `options/${f}`),
    ...readdirSync('history').filter((f) => /\.tsx?$/.test(f)).map((f) => `history/${f}`),
    'extension/menu.ts',
    'extension/restricted.ts',
    'extension/link.ts',
  ];
  const TEXT_ATTRS = new Set(['title', 'aria-label', 'alt', 'placeholder', 'label', 'aria-description']);
  // A phrase: a capital word followed by another word, or any text ending like a sentence.
  const PHRASE = /^\s*\p{Lu}\p{Ll}+[\s’']+\p{L}|\p{L}+\s+\S.*\p{L}\s*[.…?!:]\s*$|\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;
  // Errors for developers (`new Error(…)`, a SerializedError's `message` beside its `name`, a
  // snapshot's `reason`, shown only as the technical detail) are not UI.
  const technical = (p: NodePath): boolean =>
    (p.parentPath?.isObjectProperty() === true && p.parentPath.node.key.type === 'Identifier' && p.parentPath.node.key.name === 'reason') ||
    p.findParent((q) => q.isNewExpression() || (q.isObjectExpression() && q.node.properties.some((x) => x.type === 'ObjectProperty' && x.key.type === 'Identifier' && x.key.name === 'name'))) !== null;

  it.each(files)('%s', (file) => {
    const code = readFileSync(file, 'utf8');
    const ast = parseSync(code, {
      filename: file,
      babelrc: false,
      configFile: false,
      presets: [['@babel/preset-typescript', { isTSX: true, allExtensions: true }]],
    });
    const found: string[] = [];
    traverse(ast!, {
      JSXText(p) {
        if (/\p{L}/u.test(p.node.value)) found.push(p.node.value.trim());
      },
      JSXAttribute(p) {
        const name = p.node.name.type === 'JSXIdentifier' ? p.node.name.name : '';
        const v = p.node.value;
        if (TEXT_ATTRS.has(name) && v?.type === 'StringLiteral' && /\p{L}/u.test(v.value)) found.push(v.value);
      },
      StringLiteral(p) {
        if (technical(p)) return;
        if (p.parentPath.isImportDeclaration() || p.parentPath.isExportDeclaration() || p.parentPath.isTSLiteralType()) return;
        if (p.parentPath.isCallExpression() && /console/.test(String(p.parentPath.get('callee').toString()))) return;
        if (PHRASE.test(p.node.value)) found.push(p.node.value);
      },
      TemplateLiteral(p) {
        if (technical(p)) return;
        const text = p.node.quasis.map((q) => q.value.cooked ?? '').join(' ');
        if (PHRASE.test(text) && !/^[\w./:?=&${}-]*$/.test(text)) found.push(text);
      },
    });
    expect(found).toEqual([]);
  });
});
