/**
 * The summary written by an opt-in model engine (issue #17), around the built-in one (`children`);
 * a lazy chunk, loaded by EngineSummary.tsx only when an engine other than the built-in one is chosen:
 * - an OpenAI-compatible endpoint or Chrome's on-device model: its text as it streams, then its
 *   bullets, each checked against the article (what is not found is marked, and counted), with who
 *   wrote them and where the text went ("sent to localhost:11434"); the built-in summary one click
 *   away; on failure a plain message and the built-in summary.
 * Every string from the page or the model is rendered as text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis, SummaryGrounding } from '../src/index';
import { engineErrorText, type WordedError } from '../extension/engine-messages';
import { t, tn } from '../extension/i18n';

type Run = typeof import('./engine-run');

type EngineView =
  | { kind: 'builtin' }
  | { kind: 'writing'; who: string; text: string; progress: number | null }
  | { kind: 'download'; run: Run; already: boolean }
  | { kind: 'done'; analysis: Analysis; inputCut: boolean; outputCut: boolean }
  | { kind: 'failed'; message: string; detail: string | null };

export interface EngineSummaryProps {
  a: Analysis;
  /** Scroll the page to a passage (null where no tab shows the page: a linked page). */
  showPassage: ((text: string) => void) | null;
  children: ComponentChildren;
}

/** The bullet's text with what the grounding check did not find marked, as text nodes only. */
export function Marked({ text, unsupported }: { text: string; unsupported: readonly string[] }) {
  const spans: Array<[number, number]> = [];
  for (const u of unsupported) {
    const at = u ? text.indexOf(u) : -1;
    if (at >= 0 && !spans.some(([s, e]) => at < e && at + u.length > s)) spans.push([at, at + u.length]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const parts: ComponentChildren[] = [];
  let last = 0;
  spans.forEach(([s, e], i) => {
    if (s > last) parts.push(text.slice(last, s));
    parts.push(
      <mark class="unsupported" title={t('engineNotFoundMark')} key={i}>
        {text.slice(s, e)}
      </mark>,
    );
    last = e;
  });
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

function paragraphOf(a: Analysis, g: SummaryGrounding | undefined): string | null {
  return g?.source == null ? null : (a.text.split('\n\n')[g.source] ?? null);
}

export function EngineView({ a, showPassage, children }: EngineSummaryProps) {
  const [view, setView] = useState<EngineView>({ kind: 'builtin' });

  useEffect(() => {
    if (a.notArticle || !a.summary.length) return;
    const ctl = new AbortController();
    let live = true;
    const set = (v: EngineView) => live && setView(v);
    void (async () => {
      const run: Run = await import('./engine-run');
      const s = await run.loadEngineSettings();
      if (s.engine === 'builtin') return;
      if (s.engine === 'chrome') {
        const state = await run.chromeState(a);
        if (state === 'unsupported') return set({ kind: 'failed', message: t('engineChromeUnsupported'), detail: null });
        if (state === 'unavailable') return set({ kind: 'failed', message: t('engineChromeUnavailable'), detail: null });
        // create() needs a click's user activation while the model is downloadable or downloading.
        if (state === 'downloadable' || state === 'downloading') return set({ kind: 'download', run, already: state === 'downloading' });
      }
      await start(run, ctl.signal, set);
    })().catch((e: unknown) => set({ kind: 'failed', ...engineErrorText(e) }));
    return () => {
      live = false;
      // The popup closed or the page changed: stop the model (the request is cancelled).
      ctl.abort();
    };
  }, [a]);

  async function start(run: Run, signal: AbortSignal, set: (v: EngineView) => void): Promise<void> {
    const s = await run.loadEngineSettings();
    const host = run.endpointHost(s.baseUrl);
    const who =
      s.engine === 'chrome' ? t('engineWritingChrome') : s.model ? t('engineWritingModel', [s.model, host]) : t('engineWritingHost', host);
    let text = '';
    let progress: number | null = null;
    set({ kind: 'writing', who, text, progress });
    try {
      const r = await run.runEngine(a, s, {
        signal,
        onText: (chunk) => set({ kind: 'writing', who, text: (text = chunk), progress }),
        onProgress: (p) => set({ kind: 'writing', who, text, progress: (progress = p) }),
      });
      set({ kind: 'done', ...r });
    } catch (e) {
      if (signal.aborted) return;
      const worded: WordedError = e instanceof run.NoPermission ? { message: t('engineNoPermission', e.message), detail: null } : engineErrorText(e);
      set({ kind: 'failed', ...worded });
    }
  }

  if (view.kind === 'builtin') return <>{children}</>;

  if (view.kind === 'failed' || view.kind === 'download') {
    return (
      <>
        <div class="engine-note" data-testid="engine-note" role="status">
          {view.kind === 'failed' ? (
            <p>
              {t('engineFailed')} <span class="detail" data-testid="engine-error">{view.message}</span>
              {view.detail ? (
                <>
                  {' '}
                  <span class="detail said" data-testid="engine-error-said">
                    {t('engineErrSaid', view.detail)}
                  </span>
                </>
              ) : null}
            </p>
          ) : (
            <>
              <p>{t(view.already ? 'engineChromeDownloadingNote' : 'engineChromeDownloadNote')}</p>
              <button
                type="button"
                data-testid="engine-download"
                // create() needs this click's user activation: it runs inside the handler.
                onClick={() => void start(view.run, new AbortController().signal, setView)}
              >
                {t('engineChromeDownload')}
              </button>
            </>
          )}
        </div>
        {children}
      </>
    );
  }

  if (view.kind === 'writing') {
    return (
      <>
        <h2 class="summary-title">{t('summaryTitle')}</h2>
        <p class="meta engine-by" data-testid="engine-writing" role="status">
          {view.progress !== null && view.progress < 1 ? t('engineChromeDownloading', Math.round(view.progress * 100)) : view.who}
        </p>
        <p class="engine-stream" data-testid="engine-stream" dir={a.dir ?? 'auto'}>
          {view.text}
        </p>
        <details class="engine-builtin">
          <summary>{t('engineShowBuiltin')}</summary>
          {children}
        </details>
      </>
    );
  }

  const e = view.analysis;
  const missing = e.grounding.filter((g) => !g.supported).length;
  const rest = e.engine.endpoint ? e.engine.endpoint.replace(/^https?:\/\//, '') : null;
  const host = rest === null ? null : rest.split('/')[0]!;
  return (
    <>
      <h2 class="summary-title">{t('summaryTitle')}</h2>
      <p class="meta engine-by" data-testid="engine-by">
        {e.engine.id === 'chrome' ? t('engineByChrome') : t('engineByModel', [e.engine.model ?? '', host ?? ''])}
      </p>
      {missing ? (
        <p class="meta engine-missing" data-testid="engine-missing" role="note">
          {tn('engineNotFound', missing)}
        </p>
      ) : null}
      {view.inputCut ? <p class="meta" data-testid="engine-input-cut">{t('engineInputCut')}</p> : null}
      {view.outputCut ? <p class="meta">{t('engineOutputCut')}</p> : null}
      <ul class="summary engine" data-testid="engine-summary" dir={a.dir ?? 'auto'} lang={a.lang ?? undefined}>
        {e.summary.map((s, i) => {
          const g = e.grounding[i];
          const passage = paragraphOf(e, g);
          const body = <Marked text={s} unsupported={g?.unsupported ?? []} />;
          return (
            <li key={i} data-supported={g?.supported ? 'yes' : 'no'}>
              {showPassage && passage ? (
                <button type="button" class="bullet" title={t('engineShowOnPage')} onClick={() => showPassage(passage)}>
                  {body}
                </button>
              ) : (
                <span class="bullet plain">{body}</span>
              )}
            </li>
          );
        })}
      </ul>
      <details class="engine-builtin" data-testid="engine-builtin">
        <summary>{t('engineShowBuiltin')}</summary>
        {children}
      </details>
    </>
  );
}
