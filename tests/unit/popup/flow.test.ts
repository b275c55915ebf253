/**
 * The popup's controller (popup/flow.ts) with plain fakes for the browser: every state it can end
 * in, the retry, the generation counter, the link's permission click, the badge and the image
 * check after the brief, the copy buttons and the bullets.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupFlow, COPIED_MS, type LinkFlow, type PopupDeps, type PopupFlow, type Report, type Target } from '../../../popup/flow';
import type { LinkTarget, PopupState } from '../../../popup/state';
import { timesText } from '../../../popup/times';
import type { Analysis } from '../../../src/analysis';
import { briefAsMarkdown, briefAsText } from '../../../src/format/copy';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings';
import { briefOf } from '../../../tools/fixtures/analysis';

/** A brief of news.example with a published time, three bullets and one real image; `over` sets what a test is about. */
const analysis = (over: Partial<Analysis> = {}): Analysis =>
  briefOf({
    url: 'https://news.example/kerala',
    published: '2025-05-14T09:00:00+05:30',
    times: { published: { iso: '2025-05-14T09:00:00+05:30', signal: 'meta:article:published_time', zone: null, timeZone: null, precision: 'minute', hasOffset: true }, modified: null },
    summary: ['Buoys were tested.', 'Fishers were warned.', 'The monsoon is near.'],
    summaryParagraphs: [0, 2, 4],
    grounding: [0, 2, 4].map((source) => ({ supported: true, unsupported: [], source })),
    text: '…',
    ai: { pageFlag: false, textDisclosure: null, images: [{ src: 'https://news.example/lead.png', aiGenerated: false, evidence: '', evidenceKind: null }] },
    ...over,
  });

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', checkImageMetadata: true };
const TAB: Target = { tabId: 7, url: 'https://news.example/kerala', pending: null };
const LINK: LinkTarget = { url: 'https://other.example/story', host: 'other.example', origins: ['https://other.example/*'], tabId: 7 };
const linkTarget: Target = { ...TAB, pending: { tabId: 7, mode: 'link', linkUrl: LINK.url, at: 1 } };
const ready = (a = analysis()): PopupState => ({ kind: 'ready', analysis: a, selection: false });

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

/** Resolve every promise already settled (the fakes answer at once). */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function fakeLinkFlow(over: Partial<LinkFlow> = {}): LinkFlow {
  return {
    startLink: vi.fn(async () => ({ kind: 'link-permission', link: LINK }) as PopupState),
    grantLink: vi.fn(async () => ({ ...ready(), link: { requested: LINK.url, finalUrl: LINK.url } }) as PopupState),
    ...over,
  };
}

function setup(over: Partial<PopupDeps> = {}) {
  const deps = {
    loadSettings: vi.fn(async () => SETTINGS),
    applyTheme: vi.fn(),
    findTarget: vi.fn(async (): Promise<Target | null> => TAB),
    analyzeTarget: vi.fn(async (_t: Target, _s: Settings, report: Report) => {
      report({ kind: 'loading', message: 'Summarizing…' });
      return ready();
    }),
    loadLinkFlow: vi.fn(async () => fakeLinkFlow()),
    setBadge: vi.fn(async () => undefined),
    enrichWithProvenance: vi.fn(async (): Promise<Analysis | null> => null),
    highlight: vi.fn(async () => true),
    thumbnails: vi.fn(async (): Promise<Record<string, string>> => ({})),
    showImage: vi.fn(async () => true),
    writeClipboard: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    keptBrief: vi.fn(async (): Promise<{ when: string; brief: Analysis } | null> => null),
    remember: vi.fn(async () => undefined),
    now: () => new Date('2025-05-14T16:00:00Z'),
    locale: 'en-GB',
    timeZone: 'Europe/London',
    ...over,
  } satisfies PopupDeps;
  const flow = createPopupFlow(deps);
  const seen: PopupState[] = [];
  flow.subscribe((view) => seen.push(view.state));
  return { deps, flow, seen };
}

async function started(over: Partial<PopupDeps> = {}) {
  const s = setup(over);
  s.flow.start();
  await settle();
  return s;
}

const state = (flow: PopupFlow) => flow.view().state;

afterEach(() => {
  vi.useRealTimers();
});

describe('popup flow: a tab', () => {
  it('paints the brief before it keeps it, sets the badge or loads the copy formats', async () => {
    let painted!: () => void;
    const afterPaint = vi.fn(() => new Promise<void>((r) => (painted = r)));
    const { deps, flow } = await started({ afterPaint });
    expect(state(flow)).toEqual(ready());
    expect(afterPaint).toHaveBeenCalled();
    expect(deps.remember).not.toHaveBeenCalled();
    expect(deps.setBadge).not.toHaveBeenCalled();
    painted();
    await settle();
    expect(deps.remember).toHaveBeenCalledWith(analysis());
    expect(deps.setBadge).toHaveBeenCalledWith(TAB.tabId, analysis());
  });

  it('starts as "Reading the page…", applies the theme, and ends in the brief with its badge', async () => {
    const { flow, deps, seen } = setup();
    expect(state(flow)).toEqual({ kind: 'loading', message: 'Reading the page…' });
    flow.start();
    await settle();
    expect(deps.applyTheme).toHaveBeenCalledWith('dark');
    expect(deps.analyzeTarget).toHaveBeenCalledWith(TAB, SETTINGS, expect.any(Function));
    expect(seen).toEqual([{ kind: 'loading', message: 'Reading the page…' }, { kind: 'loading', message: 'Summarizing…' }, ready()]);
    expect(deps.setBadge).toHaveBeenCalledExactlyOnceWith(7, analysis());
    expect(deps.enrichWithProvenance).toHaveBeenCalledWith(analysis(), SETTINGS);
  });

  it('shows "still loading" while the page parses, then the brief', async () => {
    const { flow, seen } = await started({
      analyzeTarget: vi.fn(async (_t: Target, _s: Settings, report: Report) => {
        report({ kind: 'waiting', message: 'The page is still loading…' });
        report({ kind: 'waiting', message: 'The page is still loading…' });
        return ready();
      }),
    });
    expect(seen.map((s) => s.kind)).toEqual(['loading', 'waiting', 'waiting', 'ready']);
    expect(state(flow)).toEqual(ready());
  });

  it.each<PopupState>([
    { kind: 'not-article', message: 'No article was found on this page.', analysis: analysis({ notArticle: { reason: 'no-content', message: 'No article was found on this page.' } }) },
    { kind: 'restricted', restricted: 'browser-page', message: 'This is a page of the browser itself. Extensions cannot read it.' },
    { kind: 'injection-refused', message: 'The browser did not let Nutshell read this page.', detail: 'Cannot access contents of the page.' },
    { kind: 'error', message: 'Something went wrong while summarizing this page.', detail: 'x is undefined' },
    { kind: 'waiting', message: 'The page is still loading…' },
  ])('ends in $kind, with no badge and no image check', async (end) => {
    const { flow, deps } = await started({ analyzeTarget: vi.fn(async () => end) });
    expect(state(flow)).toEqual(end);
    expect(deps.setBadge).not.toHaveBeenCalled();
    expect(deps.enrichWithProvenance).not.toHaveBeenCalled();
  });

  it('says so when there is no tab', async () => {
    const { flow, deps } = await started({ findTarget: vi.fn(async () => null) });
    expect(state(flow)).toEqual({ kind: 'error', message: 'There is no tab to summarize.', detail: 'No active tab was found.' });
    expect(deps.analyzeTarget).not.toHaveBeenCalled();
  });

  it('turns anything thrown into an error state', async () => {
    const { flow } = await started({ loadSettings: vi.fn(async () => Promise.reject(new Error('storage is gone'))) });
    expect(state(flow)).toEqual({ kind: 'error', message: 'Something went wrong while reading this page.', detail: 'storage is gone' });
  });
});

describe('popup flow: retry', () => {
  it('looks for the tab again when the popup was opened without a request', async () => {
    const { flow, deps } = await started({ analyzeTarget: vi.fn(async () => ({ kind: 'error', message: 'x', detail: 'y' }) as PopupState) });
    flow.retry();
    await settle();
    expect(deps.findTarget).toHaveBeenCalledTimes(2);
    expect(deps.loadSettings).toHaveBeenCalledTimes(2);
  });

  it('keeps the selection the popup was opened for (it is gone from storage)', async () => {
    const selection: Target = { ...TAB, pending: { tabId: 7, mode: 'selection', selectionText: 'Buoys were tested.', at: 1 } };
    const analyzeTarget = vi.fn(async () => ({ kind: 'error', message: 'x', detail: 'y' }) as PopupState);
    const { flow, deps, seen } = await started({ findTarget: vi.fn(async () => selection), analyzeTarget });
    analyzeTarget.mockResolvedValueOnce({ ...ready(), selection: true } as PopupState);
    flow.retry();
    await settle();
    expect(deps.findTarget).toHaveBeenCalledOnce();
    expect(analyzeTarget).toHaveBeenLastCalledWith(selection, SETTINGS, expect.any(Function));
    expect(seen.at(-1)).toMatchObject({ kind: 'ready', selection: true });
  });

  it('keeps the link the popup was opened for, and loads the link flow once', async () => {
    const link = fakeLinkFlow({ startLink: vi.fn(async () => ({ kind: 'link-error', reason: 'timeout', message: 'm', detail: 'd', url: LINK.url }) as PopupState) });
    const { flow, deps } = await started({ findTarget: vi.fn(async () => linkTarget), loadLinkFlow: vi.fn(async () => link) });
    flow.retry();
    await settle();
    expect(deps.findTarget).toHaveBeenCalledOnce();
    expect(deps.loadLinkFlow).toHaveBeenCalledOnce();
    expect(link.startLink).toHaveBeenCalledTimes(2);
    expect(link.startLink).toHaveBeenLastCalledWith(linkTarget.pending, SETTINGS, expect.any(Function));
  });

  it('ignores the reports of a run a newer one has replaced', async () => {
    const first = deferred<PopupState>();
    let firstReport!: Report;
    const analyzeTarget = vi
      .fn()
      .mockImplementationOnce(async (_t: Target, _s: Settings, report: Report) => {
        firstReport = report;
        return first.promise;
      })
      .mockImplementationOnce(async () => ready(analysis({ title: 'The newer run' })));
    const { flow } = setup({ analyzeTarget });
    flow.start();
    await settle();
    flow.retry();
    await settle();
    expect(state(flow)).toMatchObject({ kind: 'ready', analysis: { title: 'The newer run' } });
    firstReport({ kind: 'waiting', message: 'The page is still loading…' });
    first.resolve(ready(analysis({ title: 'The stale run' })));
    await settle();
    expect(state(flow)).toMatchObject({ kind: 'ready', analysis: { title: 'The newer run' } });
  });
});

describe('popup flow: a link', () => {
  async function asking(over: Partial<LinkFlow> = {}) {
    const link = fakeLinkFlow(over);
    const s = await started({ findTarget: vi.fn(async () => linkTarget), loadLinkFlow: vi.fn(async () => link) });
    return { ...s, link };
  }

  it('says it is reading the link, then asks for the permission', async () => {
    const { flow, seen, link } = await asking();
    expect(seen.slice(0, 2)).toEqual([{ kind: 'loading', message: 'Reading the page…' }, { kind: 'loading', message: 'Reading the link…' }]);
    expect(link.startLink).toHaveBeenCalledWith(linkTarget.pending, SETTINGS, expect.any(Function));
    expect(state(flow)).toEqual({ kind: 'link-permission', link: LINK });
  });

  it('permission → granted → the brief of the linked page, with no badge and no image check', async () => {
    const { flow, deps, link } = await asking();
    flow.grantLink();
    // Called within the click, before anything is awaited: the browser's prompt needs the gesture.
    expect(link.grantLink).toHaveBeenCalledWith({ kind: 'link-permission', link: LINK }, SETTINGS, expect.any(Function));
    await settle();
    expect(state(flow)).toMatchObject({ kind: 'ready', link: { requested: LINK.url, finalUrl: LINK.url } });
    expect(deps.setBadge).not.toHaveBeenCalled();
    expect(deps.enrichWithProvenance).not.toHaveBeenCalled();
  });

  it('denied → "Nothing was read", and the same button asks again', async () => {
    const denied: PopupState = { kind: 'link-denied', link: LINK, detail: null };
    const { flow, link } = await asking({ grantLink: vi.fn(async () => denied) });
    flow.grantLink();
    await settle();
    expect(state(flow)).toEqual(denied);
    flow.grantLink();
    expect(link.grantLink).toHaveBeenLastCalledWith(denied, SETTINGS, expect.any(Function));
  });

  it('shows what the link flow reports while the browser asks, and a failure as an error', async () => {
    const { flow } = await asking({
      grantLink: vi.fn(async (_s: unknown, _settings: Settings, report: Report) => {
        report({ kind: 'loading', message: 'Waiting for your permission to read other.example…' });
        throw new Error('boom');
      }),
    });
    const seen: PopupState[] = [];
    flow.subscribe((v) => seen.push(v.state));
    flow.grantLink();
    await settle();
    expect(seen).toEqual([
      { kind: 'loading', message: 'Waiting for your permission to read other.example…' },
      { kind: 'error', message: 'Something went wrong while reading this page.', detail: 'boom' },
    ]);
  });

  it('asks for nothing unless the permission button is on screen', async () => {
    const { flow, link } = await asking({ startLink: vi.fn(async () => ready()) });
    flow.grantLink();
    expect(link.grantLink).not.toHaveBeenCalled();
    const tab = await started();
    tab.flow.grantLink(); // no link flow was ever loaded
    expect(tab.deps.loadLinkFlow).not.toHaveBeenCalled();
  });

  it('ignores a permission click’s result once a newer run has started', async () => {
    const answer = deferred<PopupState>();
    const { flow, link } = await asking({ grantLink: vi.fn(() => answer.promise) });
    flow.grantLink();
    flow.retry();
    await settle();
    expect(state(flow)).toEqual({ kind: 'link-permission', link: LINK });
    answer.resolve({ ...ready(), link: { requested: LINK.url, finalUrl: LINK.url } } as PopupState);
    await settle();
    expect(state(flow)).toEqual({ kind: 'link-permission', link: LINK });
    expect(link.startLink).toHaveBeenCalledTimes(2);
  });
});

describe('popup flow: after the brief', () => {
  it('shows the image check’s result and sets the badge again', async () => {
    const enriched = analysis({ ai: { pageFlag: true, textDisclosure: null, images: [{ src: 'https://news.example/lead.png', aiGenerated: true, evidence: 'Made with AI', evidenceKind: 'c2pa' }] } });
    const { flow, deps } = await started({ enrichWithProvenance: vi.fn(async () => enriched) });
    expect(state(flow)).toEqual({ kind: 'ready', analysis: enriched, selection: false });
    expect(vi.mocked(deps.setBadge).mock.calls).toEqual([
      [7, analysis()],
      [7, enriched],
    ]);
  });

  it('leaves the brief as it was when the image check fails', async () => {
    const { flow, deps, seen } = await started({ enrichWithProvenance: vi.fn(async () => Promise.reject(new Error('offline'))) });
    expect(state(flow)).toEqual(ready());
    expect(seen.at(-1)).toEqual(ready());
    expect(deps.setBadge).toHaveBeenCalledOnce();
  });
});

describe('popup flow: the reader’s actions', () => {
  it('copies the brief as Markdown, says "Copied", then not', async () => {
    vi.useFakeTimers();
    const { flow, deps } = setup();
    flow.start();
    await vi.runOnlyPendingTimersAsync();
    expect(state(flow).kind).toBe('ready');
    flow.copy('markdown');
    const when = timesText(analysis(), { now: deps.now(), locale: 'en-GB', timeZone: 'Europe/London' });
    expect(deps.writeClipboard).toHaveBeenCalledWith(briefAsMarkdown(analysis(), when));
    await vi.advanceTimersByTimeAsync(0);
    expect(flow.view().copied).toBe('markdown');
    await vi.advanceTimersByTimeAsync(COPIED_MS);
    expect(flow.view().copied).toBeNull();
    flow.copy('text');
    expect(deps.writeClipboard).toHaveBeenLastCalledWith(briefAsText(analysis(), when));
    await vi.advanceTimersByTimeAsync(0);
    expect(flow.view().copied).toBe('text');
  });

  it('copies nothing without a brief, and says "Copied" only once the clipboard has taken it', async () => {
    const { flow, deps } = setup();
    flow.copy('markdown');
    expect(deps.writeClipboard).not.toHaveBeenCalled();
    flow.start();
    await settle();
    vi.mocked(deps.writeClipboard).mockImplementationOnce(() => new Promise(() => undefined));
    flow.copy('text');
    await settle();
    expect(flow.view().copied).toBeNull();
  });

  it('shows a bullet’s passage on the tab, by its text', async () => {
    const { flow, deps } = await started();
    flow.highlight(1);
    expect(deps.highlight).toHaveBeenCalledWith(TAB, 'Fishers were warned.');
    flow.highlight(9);
    expect(deps.highlight).toHaveBeenCalledOnce();
  });

  it('has no passage to show for a linked page, or before the brief', async () => {
    const before = setup();
    before.flow.highlight(0);
    expect(before.deps.highlight).not.toHaveBeenCalled();
    const link = fakeLinkFlow({ startLink: vi.fn(async () => ({ ...ready(), link: { requested: LINK.url, finalUrl: LINK.url } }) as PopupState) });
    const { flow, deps } = await started({ findTarget: vi.fn(async () => linkTarget), loadLinkFlow: vi.fn(async () => link) });
    expect(state(flow).kind).toBe('ready');
    flow.highlight(0);
    expect(deps.highlight).not.toHaveBeenCalled();
  });

  it('opens the options page', () => {
    const { flow, deps } = setup();
    flow.openOptions();
    expect(deps.openOptions).toHaveBeenCalledOnce();
  });

  it('stops telling a listener that unsubscribed', async () => {
    const { flow } = setup();
    const listener = vi.fn();
    const unsubscribe = flow.subscribe(listener);
    flow.start();
    await settle();
    const calls = listener.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    flow.retry();
    await settle();
    expect(listener).toHaveBeenCalledTimes(calls);
  });
});

describe('popup flow: the history', () => {
  const keptAt = '2025-05-13T08:00:00.000Z';
  const old = analysis({ summary: ['An older summary.'] });

  it('shows the kept brief of a page read before at once, hides the waits, then shows the fresh one', async () => {
    const page = deferred<PopupState>();
    const { flow, seen, deps } = await started({
      keptBrief: vi.fn(async () => ({ when: keptAt, brief: old })),
      analyzeTarget: vi.fn(async (_t: Target, _s: Settings, report: Report) => {
        await settle();
        report({ kind: 'waiting', message: 'The page is still loading…' });
        return page.promise;
      }),
    });
    await settle();
    expect(deps.keptBrief).toHaveBeenCalledWith(TAB.url);
    expect(state(flow)).toEqual({ kind: 'ready', analysis: old, selection: false, kept: keptAt, notes: ['From your history: reading the page again…'] });
    expect(seen.map((s) => s.kind)).toEqual(['loading', 'ready']); // the wait after it was not shown
    page.resolve(ready());
    await settle();
    expect(state(flow)).toEqual(ready());
    expect(deps.remember).toHaveBeenCalledWith(analysis());
  });

  it('replaces the kept brief with whatever the page ends in, even an error', async () => {
    const { flow } = await started({
      keptBrief: vi.fn(async () => ({ when: keptAt, brief: old })),
      analyzeTarget: vi.fn(async () => {
        await settle();
        return { kind: 'error', message: 'Something went wrong while reading this page.', detail: 'x' } as PopupState;
      }),
    });
    await settle();
    expect(state(flow).kind).toBe('error');
  });

  it('does not show a kept brief that arrives after the fresh one', async () => {
    const late = deferred<{ when: string; brief: Analysis } | null>();
    const { flow } = await started({ keptBrief: vi.fn(() => late.promise) });
    expect(state(flow)).toEqual(ready());
    late.resolve({ when: keptAt, brief: old });
    await settle();
    expect(state(flow)).toEqual(ready());
  });

  it('keeps nothing of a selection or a private window, and reads no kept brief for them', async () => {
    const selection = await started({
      findTarget: vi.fn(async () => ({ ...TAB, pending: { tabId: 7, mode: 'selection' as const, selectionText: 'Buoys were tested.', at: 1 } })),
      analyzeTarget: vi.fn(async () => ({ kind: 'ready', analysis: analysis(), selection: true }) as PopupState),
    });
    expect(selection.deps.keptBrief).not.toHaveBeenCalled();
    expect(selection.deps.remember).not.toHaveBeenCalled();
    const incognito = await started({ findTarget: vi.fn(async () => ({ ...TAB, incognito: true })) });
    expect(state(incognito.flow)).toEqual(ready());
    expect(incognito.deps.keptBrief).not.toHaveBeenCalled();
    expect(incognito.deps.remember).not.toHaveBeenCalled();
  });

  it('keeps a linked page’s brief, and a not-article page not at all', async () => {
    const link = await started({ findTarget: vi.fn(async () => linkTarget) });
    link.flow.grantLink();
    await settle();
    expect(link.deps.remember).toHaveBeenCalledWith(analysis());
    const notArticle = await started({
      analyzeTarget: vi.fn(async () => ({ kind: 'not-article', message: 'No article.', analysis: null }) as PopupState),
    });
    expect(notArticle.deps.remember).not.toHaveBeenCalled();
  });
});

describe('popup flow: listen, history and the side panel', () => {
  /** A listen edge that speaks until told to stop (parts null), reporting as popup/listen.ts does. */
  function speaker() {
    const calls: Array<{ parts: string[] | null; lang: string | null }> = [];
    let report: ((speaking: boolean, note: string | null) => void) | null = null;
    const listen = vi.fn((parts: string[] | null, lang: string | null, r: (speaking: boolean, note: string | null) => void) => {
      calls.push({ parts, lang });
      report = r;
      r(parts !== null, null);
    });
    return { listen, calls, end: () => report?.(false, null), noVoice: () => report?.(false, 'No voice on this computer reads Hindi.') };
  }

  it('reads the title and the summary aloud in the article’s language, and stops on a second press', async () => {
    const s = speaker();
    const { flow } = await started({ listen: s.listen });
    flow.listen!();
    expect(flow.view().speaking).toBe(true);
    expect(s.calls[0]).toEqual({ parts: ['Kerala tests early-warning buoys', ...analysis().summary], lang: 'en' });
    flow.listen!();
    expect(s.calls[1]).toEqual({ parts: null, lang: null });
    expect(flow.view().speaking).toBe(false);
  });

  it('shows "Listen" again when the reading ends by itself, and stops when another brief starts', async () => {
    const s = speaker();
    const { flow } = await started({ listen: s.listen });
    flow.listen!();
    s.end();
    expect(flow.view().speaking).toBe(false);
    flow.listen!();
    flow.retry();
    expect(s.calls.at(-1)).toEqual({ parts: null, lang: null });
    expect(flow.view().speaking).toBe(false);
  });

  it('shows why it cannot read', async () => {
    const s = speaker();
    const { flow } = await started({ listen: s.listen });
    flow.listen!();
    s.noVoice();
    expect(flow.view()).toMatchObject({ speaking: false, listenNote: 'No voice on this computer reads Hindi.' });
  });

  it('reads nothing aloud before there is a brief', () => {
    const s = speaker();
    const { flow } = setup({ listen: s.listen, findTarget: vi.fn(() => new Promise<Target | null>(() => undefined)) });
    flow.start();
    flow.listen!();
    expect(s.listen).not.toHaveBeenCalled();
  });

  it('opens the history page, and the side panel on the brief’s window', async () => {
    const openHistory = vi.fn();
    const openPanel = vi.fn(async () => undefined);
    const { flow } = await started({ openHistory, openPanel, findTarget: vi.fn(async () => ({ ...TAB, windowId: 3 })) });
    flow.openHistory!();
    flow.openPanel!();
    expect(openHistory).toHaveBeenCalledOnce();
    expect(openPanel).toHaveBeenCalledWith({ ...TAB, windowId: 3 });
  });
});

describe('popup flow: the summary length and the shortcut', () => {
  it('switches the length in the popup: remembered, and the brief made again with it', async () => {
    const saveSettings = vi.fn(async (patch: Partial<Settings>) => ({ ...SETTINGS, ...patch }) as Settings);
    const { flow, deps } = await started({ saveSettings });
    expect(flow.view().length).toBe(SETTINGS.summarySentences);
    const other = SETTINGS.summarySentences === 7 ? 3 : 7;
    flow.setLength!(other);
    expect(flow.view().length).toBe(other);
    expect(saveSettings).toHaveBeenCalledWith({ summarySentences: other });
    await settle();
    expect(deps.analyzeTarget).toHaveBeenCalledTimes(2);
    expect(vi.mocked(deps.analyzeTarget).mock.calls[1]![1].summarySentences).toBe(other);
    expect(state(flow).kind).toBe('ready');
  });

  it('uses the picked length even when saving it failed', async () => {
    const { flow, deps } = await started({ saveSettings: vi.fn(async () => Promise.reject(new Error('quota'))) });
    flow.setLength!(5);
    await settle();
    expect(vi.mocked(deps.analyzeTarget).mock.calls.at(-1)![1].summarySentences).toBe(5);
  });

  it('shows the shortcut the reader set, or none', async () => {
    const { flow } = await started({ shortcut: vi.fn(async () => 'Ctrl+Shift+Y') });
    expect(flow.view().shortcut).toBe('Ctrl+Shift+Y');
    const none = await started({ shortcut: vi.fn(async () => Promise.reject(new Error('no commands API'))) });
    expect(none.flow.view().shortcut).toBe('');
  });
});
