// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../src/analysis';
import { App, loadBriefView, type Actions } from '../../../popup/App';
import type { PopupState } from '../../../popup/state';
import { restrictedMessage } from '../../../extension/restricted';
import { applyLocale, setMessageSource } from '../../../extension/i18n';
import { messageSource } from '../../../tools/i18n/messages';

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    version: 1,
    url: 'https://www.devdiscourse.com/article/x',
    title: 'North Korea Admits Sending Troops',
    lang: 'en',
    dir: null,
    source: { siteName: 'Devdiscourse', domain: 'devdiscourse.com', publisher: 'Devdiscourse', canonicalUrl: 'https://www.devdiscourse.com/article/x', faviconUrl: 'https://www.devdiscourse.com/favicon.ico' },
    authors: ['Devdiscourse News Desk'],
    byline: 'Devdiscourse News Desk',
    credit: '(With inputs from agencies.)',
    published: '2025-04-28T09:57:00+05:30',
    modified: '2025-04-28T09:57:00+05:30',
    times: {
      published: { iso: '2025-04-28T09:57:00+05:30', signal: 'text:Created', zone: 'IST', timeZone: 'Asia/Kolkata', precision: 'minute', hasOffset: true },
      modified: { iso: '2025-04-28T09:57:00+05:30', signal: 'text:Updated', zone: 'IST', timeZone: 'Asia/Kolkata', precision: 'minute', hasOffset: true },
    },
    excerpt: null,
    wordCount: 180,
    readingTimeMinutes: 1,
    summary: ['North Korea confirmed troops.', 'The US condemned it.', 'Analysts weighed in.'],
    summaryParagraphs: [0, 2, 3],
    engine: { id: 'builtin', model: null, endpoint: null },
    grounding: [0, 2, 3].map((source) => ({ supported: true, unsupported: [], source })),
    text: 'a\n\nb',
    ai: {
      pageFlag: true,
      textDisclosure: null,
      images: [
        { src: 'https://www.devdiscourse.com/lead.jpg', aiGenerated: true, evidence: 'This image is AI-generated and does not depict any real-life event.', evidenceKind: 'caption' },
        { src: 'https://www.devdiscourse.com/b.jpg', aiGenerated: false, evidence: '', evidenceKind: null },
        { src: 'https://www.devdiscourse.com/c.jpg', aiGenerated: false, evidence: '', evidenceKind: null },
      ],
    },
    notArticle: null,
    ...over,
  };
}

const actions: Actions = { retry: vi.fn(), openOptions: vi.fn(), highlight: vi.fn(), copy: vi.fn(), grantLink: vi.fn(), showImage: vi.fn(), highlightText: vi.fn() };
const ctx = { now: new Date('2025-04-28T07:27:00Z'), locale: 'en-GB', timeZone: 'Europe/London', copied: null };

function show(state: PopupState): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App state={state} actions={actions} {...ctx} />, root);
  return root;
}

const tid = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

// The brief's view is a lazy chunk; the popup loads it while the page is read.
beforeAll(async () => {
  await loadBriefView();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup view', () => {
  it('shows the brief at a glance', () => {
    const root = show({ kind: 'ready', analysis: analysis(), selection: false });
    expect(tid(root, 'title')?.textContent).toBe('North Korea Admits Sending Troops');
    expect(tid(root, 'site-name')?.textContent).toBe('Devdiscourse');
    expect(tid(root, 'byline')?.textContent).toBe('By Devdiscourse News Desk');
    expect(tid(root, 'credit')?.textContent).toBe('(With inputs from agencies.)');
    expect(tid(root, 'time-published')?.querySelector('summary')?.textContent).toMatch(/^Published 28 Apr 2025, 09:57 IST · 3 hr?\.? ago$/);
    // The details are a disclosure (keyboard, pointer, touch), in plain words.
    expect(tid(root, 'time-published')?.tagName).toBe('DETAILS');
    expect(tid(root, 'time-published-details')?.textContent).toMatch(/Your time: 28 Apr 2025, 05:27 BST/);
    expect(tid(root, 'time-published-details')?.textContent).toMatch(/Read from the line “Created: …”\./);
    expect(tid(root, 'time-published-details')?.textContent).not.toMatch(/text:Created/);
    expect(tid(root, 'time-updated')).toBeNull(); // same moment as published
    expect(root.querySelectorAll('[data-testid="summary"] li')).toHaveLength(3);
    expect(tid(root, 'ai-notice')?.textContent).toMatch(/1 of 3 images is AI-generated/);
    expect(tid(root, 'ai-notice')?.textContent).toMatch(/does not depict any real-life event/);
  });

  it('shows "Updated" only when it differs from published', () => {
    const a = analysis();
    a.times.modified = { ...a.times.modified!, iso: '2025-04-28T12:10:00+05:30' };
    const root = show({ kind: 'ready', analysis: a, selection: false });
    expect(tid(root, 'time-updated')?.querySelector('summary')?.textContent).toMatch(/^Updated 28 Apr 2025, 12:10 IST/);
  });

  it('renders page text as text, never as markup', () => {
    const root = show({ kind: 'ready', analysis: analysis({ title: '<img src=x onerror="alert(1)">Title', summary: ['<b>bold</b> claim'] }), selection: false });
    expect(tid(root, 'title')?.textContent).toBe('<img src=x onerror="alert(1)">Title');
    expect(tid(root, 'title')?.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-testid="summary"] b')).toBeNull();
  });

  it('gives the page’s words the page’s direction and language, and keeps its own labels as they are', () => {
    const root = show({ kind: 'ready', analysis: analysis({ dir: 'rtl', lang: 'ar' }), selection: false });
    expect(tid(root, 'title')?.getAttribute('dir')).toBe('rtl');
    expect(tid(root, 'title')?.getAttribute('lang')).toBe('ar');
    expect(tid(root, 'summary')?.getAttribute('dir')).toBe('rtl');
    expect(tid(root, 'reading-time')?.closest('[dir]')).toBeNull();
  });

  it('never links to a javascript: URL taken from the page', () => {
    const a = analysis({ url: 'javascript:alert(1)' });
    a.source.canonicalUrl = 'javascript:alert(2)';
    a.source.faviconUrl = 'javascript:alert(3)';
    const root = show({ kind: 'ready', analysis: a, selection: false });
    expect(root.innerHTML).not.toMatch(/javascript:/);
    expect(tid(root, 'article-link')).toBeNull();
  });

  it('highlights the passage of a bullet when it is activated', () => {
    const root = show({ kind: 'ready', analysis: analysis(), selection: false });
    (root.querySelectorAll('.bullet')[1] as HTMLButtonElement).click();
    expect(actions.highlight).toHaveBeenCalledWith(1);
  });

  it.each<[PopupState, RegExp]>([
    [{ kind: 'loading', message: 'Reading the page…' }, /Reading the page/],
    [{ kind: 'waiting', message: 'The page is still loading…' }, /still loading/],
    [{ kind: 'not-article', message: 'No article was found on this page.', analysis: null }, /No article here/],
    [{ kind: 'restricted', restricted: 'web-store', message: 'Browsers do not let extensions read their add-on stores.' }, /add-on stores/],
    [{ kind: 'injection-refused', message: 'The browser did not let Nutshell read this page.', detail: 'Missing host permission for the tab' }, /Missing host permission/],
    [{ kind: 'error', message: 'Something went wrong while reading this page.', detail: 'TypeError: x is undefined' }, /x is undefined/],
  ])('has a clear message for the %j state', (state, text) => {
    const root = show(state);
    expect(tid(root, 'state')?.getAttribute('data-state')).toBe(state.kind);
    expect(root.textContent).toMatch(text);
  });

  it('offers a retry on errors', () => {
    const root = show({ kind: 'error', message: 'Something went wrong.', detail: 'boom' });
    (root.querySelector('.retry') as HTMLButtonElement).click();
    expect(actions.retry).toHaveBeenCalled();
  });
});

describe('popup view: a linked page', () => {
  const link = { url: 'http://127.0.0.1:8123/story.html', host: '127.0.0.1:8123', origins: ['http://127.0.0.1/*'], tabId: 3 };

  it('explains the permission it needs, and asks only on the reader’s click', () => {
    const grantLink = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(<App state={{ kind: 'link-permission', link }} actions={{ ...actions, grantLink }} {...ctx} />, root);
    expect(tid(root, 'state')?.getAttribute('data-state')).toBe('link-permission');
    expect(tid(root, 'link-permission-text')?.textContent).toBe(
      'Nutshell needs your permission to read 127.0.0.1:8123 — it fetches that one page, without your cookies.',
    );
    expect(tid(root, 'link-url')?.textContent).toBe('http://127.0.0.1:8123/story.html');
    expect(grantLink).not.toHaveBeenCalled();
    (tid(root, 'grant-link') as HTMLButtonElement).click();
    expect(grantLink).toHaveBeenCalledOnce();
  });

  it('says plainly that nothing was read when the permission was denied, and can ask again', () => {
    const root = show({ kind: 'link-denied', link, detail: null });
    expect(tid(root, 'state')?.getAttribute('data-state')).toBe('link-denied');
    expect(root.textContent).toMatch(/did not get your permission to read 127\.0\.0\.1:8123, so it fetched nothing/);
    expect(tid(root, 'grant-link')?.textContent).toBe('Ask again');
  });

  it('refuses a link that is not a web page without a pointless retry', () => {
    const root = show({ kind: 'link-error', reason: 'invalid-url', message: 'Nutshell summarizes links to web pages (http or https) only.', detail: 'javascript:alert(1)', url: 'javascript:alert(1)' });
    expect(tid(root, 'state')?.getAttribute('data-state')).toBe('link-error');
    expect(tid(root, 'state')?.getAttribute('role')).toBe('alert');
    expect(root.textContent).toMatch(/http or https/);
    expect(tid(root, 'error-detail')?.textContent).toBe('javascript:alert(1)');
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('.retry')).toBeNull();
  });

  it('offers a retry after a timeout, but not for a page that is too large', () => {
    const timeout = show({ kind: 'link-error', reason: 'timeout', message: 'The site did not answer within 15 seconds.', detail: 'news.example', url: 'https://news.example/x' });
    expect(timeout.querySelector('.retry')).not.toBeNull();
    document.body.innerHTML = '';
    const large = show({ kind: 'link-error', reason: 'too-large', message: 'The page is too large to summarize (more than 5 MB).', detail: 'stopped after 5242881 bytes', url: 'https://news.example/x' });
    expect(large.textContent).toMatch(/too large/);
    expect(large.querySelector('.retry')).toBeNull();
  });

  it('renders the brief like a page’s, linking to the page read, with plain bullets and no images', () => {
    const root = show({ kind: 'ready', analysis: analysis(), selection: false, link: { requested: 'https://dd.example/x', finalUrl: 'https://www.devdiscourse.com/article/x' } });
    expect(tid(root, 'brief')?.getAttribute('data-mode')).toBe('link');
    expect(tid(root, 'title')?.textContent).toBe('North Korea Admits Sending Troops');
    expect(tid(root, 'time-published')).not.toBeNull();
    expect(tid(root, 'ai-notice')?.textContent).toMatch(/1 of 3 images is AI-generated/);
    expect(tid(root, 'article-link')?.getAttribute('href')).toBe('https://www.devdiscourse.com/article/x');
    expect(tid(root, 'link-note')?.textContent).toBe('From a link, redirected to: https://www.devdiscourse.com/article/x');
    const items = root.querySelectorAll('[data-testid="summary"] li');
    expect(items).toHaveLength(3);
    expect(root.querySelectorAll('[data-testid="summary"] button')).toHaveLength(0);
    expect(items[0]?.textContent).toBe('North Korea confirmed troops.');
    // No favicon and no thumbnails: each would be one more request to the linked site.
    expect(root.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('popup view: every state right, at a glance', () => {
  it('says plainly that an empty tab has nothing to summarize, and that a failed page did not load, with no retry', () => {
    for (const [restricted, title] of [
      ['empty-tab', 'Nothing to summarize on an empty tab'],
      ['load-failed', 'This page didn’t load'],
    ] as const) {
      const root = show({ kind: 'restricted', restricted, message: restrictedMessage(restricted) });
      expect(root.querySelector('h1')?.textContent).toBe(title);
      expect(tid(root, 'state')?.getAttribute('data-state')).toBe(restricted);
      expect(root.querySelector('.retry')).toBeNull();
      expect(root.textContent).not.toMatch(/No access|give it access/);
      document.body.innerHTML = '';
    }
  });

  it('gives a front page the not-an-article state with the next step', () => {
    const a = analysis({ summary: [], notArticle: { reason: 'listing', message: 'x' } });
    const root = show({ kind: 'not-article', message: 'x', analysis: a });
    expect(root.querySelector('h1')?.textContent).toBe('No article here');
    expect(root.textContent).toMatch(/front page or a list of stories/);
    expect(tid(root, 'next-step')?.textContent).toMatch(/right-click its headline and choose “Summarize this link”/);
  });

  it('has an h1 in every message state and no retry where it cannot help', () => {
    const root = show({ kind: 'injection-refused', message: 'm', detail: 'd' });
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('.retry')).toBeNull();
  });

  it('shows two authors, then "+N more" that shows the rest', () => {
    const authors = ['Ann Lee', 'Bo Chen', 'Cy Dahl', 'Di Eng', 'Ed Fox'];
    const root = show({ kind: 'ready', analysis: analysis({ authors }), selection: false });
    expect(tid(root, 'byline')?.textContent).toBe('By Ann Lee, Bo Chen +3 more');
    (tid(root, 'authors-more') as HTMLButtonElement).click();
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(tid(root, 'byline')?.textContent).toBe('By Ann Lee, Bo Chen, Cy Dahl, Di Eng, Ed Fox');
        done();
      }),
    );
  });

  it('keeps three authors whole, each isolated from the UI’s direction', () => {
    const root = show({ kind: 'ready', analysis: analysis({ authors: ['Ann Lee', 'نور حسن', 'Cy Dahl'] }), selection: false });
    expect(tid(root, 'byline')?.textContent).toBe('By Ann Lee, نور حسن, Cy Dahl');
    expect(tid(root, 'byline')?.querySelectorAll('bdi')).toHaveLength(3);
  });

  it('has no "Open article" on a page’s own brief, and the site and domain on one line', () => {
    const root = show({ kind: 'ready', analysis: analysis(), selection: false });
    expect(tid(root, 'article-link')).toBeNull();
    expect(tid(root, 'domain')?.textContent).toBe(' · devdiscourse.com');
    expect(tid(root, 'domain')?.querySelector('bdi')).not.toBeNull();
  });

  it('says a selection’s brief is of the selection, with the selection’s own count', () => {
    const root = show({ kind: 'ready', analysis: analysis({ wordCount: 57 }), selection: true });
    expect(tid(root, 'reading-time')?.textContent).toBe('Brief of your selection: 57 words');
    expect(root.textContent).toMatch(/Summary of your selection/);
  });

  it('labels the AI notice as about the page, as a heading before the summary’s', () => {
    const root = show({ kind: 'ready', analysis: analysis(), selection: false });
    expect(tid(root, 'ai-notice')?.textContent).toMatch(/^About this page/);
    expect(tid(root, 'ai-notice')?.textContent).toMatch(/\(caption\)/);
    const levels = [...root.querySelectorAll('h1, h2, h3, h4')].map((h) => h.tagName);
    expect(levels).toEqual(['H1', 'H2', 'H2']);
  });

  it('switches the summary length in the popup', () => {
    const setLength = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(<App state={{ kind: 'ready', analysis: analysis(), selection: false }} actions={{ ...actions, setLength }} length={5} {...ctx} />, root);
    expect(tid(root, 'length-5')?.getAttribute('aria-pressed')).toBe('true');
    expect(tid(root, 'length-7')?.getAttribute('aria-label')).toBe('7 sentences');
    (tid(root, 'length-7') as HTMLButtonElement).click();
    expect(setLength).toHaveBeenCalledWith(7);
  });

  it('announces the brief and "Copied" in a live region that is there from the start', () => {
    const root = show({ kind: 'loading', message: 'Reading the page…' });
    const region = tid(root, 'announce');
    expect(region?.getAttribute('role')).toBe('status');
    render(<App state={{ kind: 'ready', analysis: analysis(), selection: false }} actions={actions} {...ctx} copied="text" />, root);
    expect(tid(root, 'announce')).toBe(region);
    expect(region?.textContent).toBe('Copied');
    render(<App state={{ kind: 'ready', analysis: analysis(), selection: false }} actions={actions} {...ctx} />, root);
    expect(region?.textContent).toBe('Brief ready: North Korea Admits Sending Troops');
  });

  it('shows the shortcut in the footer', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<App state={{ kind: 'ready', analysis: analysis(), selection: false }} actions={actions} shortcut="Alt+Shift+S" {...ctx} />, root);
    expect(tid(root, 'shortcut')?.textContent).toBe('Shortcut: Alt+Shift+S');
  });
});

describe('popup view in Arabic', () => {
  afterEach(() => {
    setMessageSource(messageSource('en'));
    applyLocale();
  });

  it('lays the UI out right to left, and keeps an English title and names in their own direction', () => {
    setMessageSource(messageSource('ar'));
    applyLocale();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const root = show({ kind: 'ready', analysis: analysis({ authors: ['Ann Lee', 'Bo Chen', 'Cy Dahl'] }), selection: false });
    expect(tid(root, 'title')?.getAttribute('dir')).toBe('auto');
    expect(tid(root, 'byline')?.textContent).toBe('بقلم Ann Lee، Bo Chen، Cy Dahl');
    expect(tid(root, 'byline')?.querySelectorAll('bdi')).toHaveLength(3);
    expect(tid(root, 'reading-time')?.textContent).toMatch(/دقيقة قراءة/);
    expect(root.textContent).toMatch(/الخلاصة/);
  });
});
