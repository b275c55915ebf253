// @vitest-environment happy-dom
/**
 * axe-core on every state of the popup and on the options page, in the UI's two directions (English
 * and Arabic): names, labels, roles, heading order, landmarks, ARIA. Colour contrast needs a real
 * renderer: tests/e2e/a11y.e2e.test.ts checks it in Chromium, in both themes.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyLocale, setMessageSource } from '../../../extension/i18n';
import { restrictedMessage, type RestrictedKind } from '../../../extension/restricted';
import { App, loadBriefView, type Actions } from '../../../popup/App';
import type { PopupState } from '../../../popup/state';
import { Options } from '../../../options/Options';
import { DEFAULT_SETTINGS, type Analysis } from '../../../src/index';
import { messageSource } from '../../../tools/i18n/messages';

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    version: 1,
    url: 'https://news.example/a',
    title: 'A long headline about a council vote that went on late into the night and ended with a budget nobody quite liked',
    lang: 'en',
    dir: null,
    source: { siteName: 'The Daily Courier', domain: 'dailycourier.example', publisher: null, canonicalUrl: 'https://news.example/a', faviconUrl: null },
    authors: ['Ann Lee', 'Bo Chen', 'Cy Dahl', 'Di Eng'],
    byline: null,
    credit: 'Additional reporting by Reuters',
    published: '2025-04-28T09:57:00+05:30',
    modified: '2025-04-28T12:10:00+05:30',
    times: {
      published: { iso: '2025-04-28T09:57:00+05:30', signal: 'json-ld:datePublished', zone: 'IST', timeZone: 'Asia/Kolkata', precision: 'minute', hasOffset: true },
      modified: { iso: '2025-04-28T12:10:00+05:30', signal: 'text:Updated', zone: 'IST', timeZone: 'Asia/Kolkata', precision: 'minute', hasOffset: true },
    },
    excerpt: null,
    wordCount: 812,
    readingTimeMinutes: 4,
    summary: ['The council passed the budget.', 'Transit won funding.', 'Police overtime was cut.'],
    summaryParagraphs: [0, 1, 2],
    engine: { id: 'builtin', model: null, endpoint: null },
    grounding: [0, 1, 2].map((source) => ({ supported: true, unsupported: [], source })),
    text: 'x',
    ai: {
      pageFlag: true,
      textDisclosure: 'This article was translated with the help of AI.',
      images: [
        { src: 'https://news.example/a.jpg', aiGenerated: true, evidence: 'Image generated with AI', evidenceKind: 'caption' },
        { src: 'https://news.example/b.jpg', aiGenerated: false, evidence: '', evidenceKind: null },
      ],
    },
    notArticle: null,
    ...over,
  };
}

const link = { url: 'https://other.example/story', host: 'other.example', origins: ['https://other.example/*'], tabId: 1 };
const restricted: RestrictedKind[] = ['browser-page', 'web-store', 'pdf-viewer', 'view-source', 'extension-page', 'empty-tab', 'load-failed', 'no-page'];
const STATES: Array<[string, PopupState]> = [
  ['loading', { kind: 'loading', message: 'Reading the page…' }],
  ['waiting', { kind: 'waiting', message: 'The page is still loading…' }],
  ['ready (page)', { kind: 'ready', analysis: analysis(), selection: false, notes: ['This page is very long; the brief covers its first part.'] }],
  ['ready (selection)', { kind: 'ready', analysis: analysis(), selection: true }],
  ['ready (link)', { kind: 'ready', analysis: analysis(), selection: false, link: { requested: link.url, finalUrl: link.url } }],
  ['ready (rtl page)', { kind: 'ready', analysis: analysis({ lang: 'ar', dir: 'rtl', title: 'عنوان الخبر', authors: ['نور حسن'] }), selection: false }],
  ...(['no-content', 'too-short', 'listing'] as const).map((reason): [string, PopupState] => [
    `not-article (${reason})`,
    { kind: 'not-article', message: 'x', analysis: analysis({ summary: [], notArticle: { reason, message: 'x' } }) },
  ]),
  ...restricted.map((kind): [string, PopupState] => [`restricted (${kind})`, { kind: 'restricted', restricted: kind, message: restrictedMessage(kind) }]),
  ['injection-refused', { kind: 'injection-refused', message: 'The browser did not let Nutshell read this page.', detail: 'Cannot access contents of the page.' }],
  ['error', { kind: 'error', message: 'Something went wrong while reading this page.', detail: 'TypeError: x is undefined' }],
  ['link-permission', { kind: 'link-permission', link }],
  ['link-denied', { kind: 'link-denied', link, detail: 'The user dismissed the prompt.' }],
  ['link-error', { kind: 'link-error', reason: 'timeout', message: 'The site did not answer within 15 seconds.', detail: 'other.example', url: link.url }],
];

const actions: Actions = { retry: vi.fn(), openOptions: vi.fn(), highlight: vi.fn(), copy: vi.fn(), grantLink: vi.fn(), showImage: vi.fn(), setLength: vi.fn() };
const ctx = { now: new Date('2025-04-28T07:27:00Z'), locale: 'en-GB', timeZone: 'Europe/London', copied: null, length: 3 as const, shortcut: 'Alt+Shift+S' };

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

function mount(node: preact.ComponentChild): void {
  document.body.innerHTML = '<div id="app"></div>';
  render(node, document.getElementById('app')!);
}

for (const locale of ['en', 'ar']) {
  describe(`axe: no violation, UI in ${locale}`, () => {
    beforeAll(async () => {
      setMessageSource(messageSource(locale));
      applyLocale();
      document.title = 'Nutshell';
      await loadBriefView();
    });
    afterAll(() => setMessageSource(messageSource('en')));

    it.each(STATES)('popup: %s', async (_name, state) => {
      mount(<App state={state} actions={actions} {...ctx} />);
      expect(await violations()).toEqual([]);
    });

    it('popup: the brief with its details open and "Copied"', async () => {
      mount(<App state={STATES[2]![1]} actions={actions} {...ctx} copied="markdown" />);
      for (const d of document.querySelectorAll('details')) d.setAttribute('open', '');
      expect(await violations()).toEqual([]);
    });

    it('options', async () => {
      mount(<Options view={{ settings: DEFAULT_SETTINGS, status: 'Saved' }} actions={{ update: vi.fn(), toggleImages: vi.fn() }} shortcut="Alt+Shift+S" />);
      expect(await violations()).toEqual([]);
    });
  });
}
