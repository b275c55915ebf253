/**
 * The brief: a lazy chunk of the popup (loaded by popup/App.tsx while the page is read). The page's
 * own words keep the page's language and direction (`lang`, `dir="auto"`, `<bdi>`); every word of
 * Nutshell's own comes from the locale files.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, AiImage, SummaryLength } from '../src/index';
import { SUMMARY_LENGTHS } from '../src/index';
import { t, tn, type MessageKey } from '../extension/i18n';
import type { Actions, ViewProps } from './App';
import { formatTimeLines } from './times';
import type { PopupState } from './state';
import { safeHttpUrl } from './safe-url';
import { EngineSummary } from './EngineSummary';

export interface BriefProps {
  state: Extract<PopupState, { kind: 'ready' }>;
  props: ViewProps;
}

/** The browser's own icon for the site (its favicon store, or a data: URL), never a URL of the page:
 *  loading the page's favicon would tell the site when its reader opened Nutshell. */
const BROWSER_ICON = /^(?:data:image\/[a-z.+-]+;|(?:chrome|moz)-extension:\/\/[^/]+\/_favicon\/\?)/i;

/** Site name and domain, on one line (the name is cut with an ellipsis, the domain never). */
function Source({ a, favicon }: { a: Analysis; favicon: string | undefined }) {
  const href = safeHttpUrl(a.source.canonicalUrl ?? a.url);
  const icon = favicon && BROWSER_ICON.test(favicon) ? favicon : null;
  const name = a.source.siteName ?? a.source.domain ?? '';
  const initial = [...name.trim()][0]?.toLocaleUpperCase() ?? '';
  return (
    <div class="source" data-testid="source">
      {icon ? (
        <img class="favicon" src={icon} alt="" width={16} height={16} onError={(e) => ((e.currentTarget as HTMLImageElement).hidden = true)} />
      ) : initial ? (
        <span class="monogram" aria-hidden="true" data-testid="monogram">
          {initial}
        </span>
      ) : null}
      {href ? (
        <a class="site" href={href} target="_blank" rel="noopener noreferrer" data-testid="site-name" dir="auto">
          {name}
        </a>
      ) : (
        <span class="site" data-testid="site-name" dir="auto">
          {name}
        </span>
      )}
      {a.source.domain && a.source.domain !== name ? (
        <span class="domain" data-testid="domain">
          <span aria-hidden="true"> · </span>
          <bdi>{a.source.domain}</bdi>
        </span>
      ) : null}
    </div>
  );
}

/** The headline, clamped to three lines, with a button to show it whole when it is longer. */
function Title({ a }: { a: Analysis }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState(false);
  const [clamped, setClamped] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && !open) setClamped(el.scrollHeight > el.clientHeight + 1);
  }, [a.title, open]);
  return (
    <>
      {/* The page's own words carry the page's language and direction; Nutshell's labels keep ours. */}
      <h1 ref={ref} id="brief-title" class={open ? 'title' : 'title clamp'} data-testid="title" elementtiming="brief" dir={a.dir ?? 'auto'} lang={a.lang ?? undefined} tabIndex={-1}>
        {a.title}
      </h1>
      {clamped || open ? (
        <button type="button" class="link-button" data-testid="title-toggle" aria-expanded={open} aria-controls="brief-title" onClick={() => setOpen(!open)}>
          {open ? t('titleLess') : t('titleMore')}
        </button>
      ) : null}
    </>
  );
}

/** "By A, B +3 more": two names, then a button that shows the rest. */
function Byline({ authors, lang }: { authors: string[]; lang: string | null }) {
  const [all, setAll] = useState(false);
  const shown = all || authors.length <= 3 ? authors : authors.slice(0, 2);
  const sep = t('authorsSeparator');
  // The names keep their own direction inside the UI's sentence.
  const names = shown.flatMap((name, i) => [i > 0 ? sep : '', <bdi key={name} lang={lang ?? undefined}>{name}</bdi>]);
  const [before, after] = t('byline', '\u0000').split('\u0000');
  return (
    <p class="byline" data-testid="byline">
      {before}
      {names}
      {after}
      {shown.length < authors.length ? (
        <>
          {' '}
          <button type="button" class="link-button" data-testid="authors-more" aria-expanded="false" onClick={() => setAll(true)}>
            {tn('authorsMore', authors.length - shown.length)}
          </button>
        </>
      ) : null}
    </p>
  );
}

/** A time, with its details (the reader's own time, where it was read) behind a disclosure that a
 *  keyboard, a pointer and a finger can open. */
function Time({ text, details, which }: { text: string; details: string[]; which: string }) {
  return (
    <details class="time" data-testid={`time-${which}`}>
      <summary>
        <bdi>{text}</bdi>
      </summary>
      <div class="time-details" data-testid={`time-${which}-details`}>
        {details.map((d) => (
          <p key={d}>{d}</p>
        ))}
      </div>
    </details>
  );
}

const EVIDENCE_KEYS: Record<NonNullable<AiImage['evidenceKind']>, MessageKey> = {
  caption: 'evidence_caption',
  credit: 'evidence_credit',
  alt: 'evidence_alt',
  attribute: 'evidence_attribute',
  'page-note': 'evidence_pageNote',
  'json-ld': 'evidence_jsonLd',
  xmp: 'evidence_xmp',
  c2pa: 'evidence_c2pa',
};

/** `onPage`: the brief is of the tab's page, so its images can be shown there (not for a link). */
function AiNotice({ a, onPage, thumbs, actions }: { a: Analysis; onPage: boolean; thumbs: Record<string, string> | undefined; actions: Actions }) {
  const flagged = a.ai.images.filter((i) => i.aiGenerated);
  const total = new Set(a.ai.images.map((i) => i.src)).size;
  return (
    <>
      {flagged.length > 0 ? (
        <section class="notice notice-ai" data-testid="ai-notice" aria-labelledby="ai-images">
          <p class="about">{t('aboutPage')}</p>
          <h2 id="ai-images">
            {total > flagged.length
              ? tn('aiImagesSome', flagged.length, [total])
              : flagged.length === 1
                ? t('aiImageOnly')
                : tn('aiImagesAll', flagged.length)}
          </h2>
          <ul>
            {flagged.slice(0, 3).map((img: AiImage) => {
              // Drawn in the page from its own decoded image (a data: URL), never loaded from the web.
              const thumb = onPage ? thumbs?.[img.src] : undefined;
              return (
                <li key={img.src}>
                  {thumb && /^data:image\/jpeg;base64,/.test(thumb) ? <img class="thumb" src={thumb} alt="" data-testid="ai-thumb" /> : null}
                  <div class="evidence">
                    <blockquote dir="auto" lang={a.lang ?? undefined}>
                      {img.evidence}
                    </blockquote>
                    {img.evidenceKind ? <span class="kind"> ({t(EVIDENCE_KEYS[img.evidenceKind])})</span> : null}
                  </div>
                  {onPage ? (
                    <button type="button" class="show-image" data-testid="show-image" onClick={() => actions.showImage(img.src)}>
                      {t('showOnPage')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {a.ai.unreadFrames?.length ? (
        <p class="meta ai-unread" data-testid="ai-unread">
          {t('aiUnreadFrames', [a.ai.unreadFrames.slice(0, 3).join(', ')])}
        </p>
      ) : null}
      {a.ai.textDisclosure ? (
        <section class="notice notice-text" data-testid="ai-text-notice" aria-labelledby="ai-text">
          <p class="about">{t('aboutPage')}</p>
          <h2 id="ai-text">{t('aiText')}</h2>
          <blockquote dir="auto" lang={a.lang ?? undefined}>
            {a.ai.textDisclosure}
          </blockquote>
        </section>
      ) : null}
    </>
  );
}

/** The summary length, switchable here (and remembered): 3, 5 or 7 sentences. */
function LengthSwitch({ length, actions }: { length: SummaryLength; actions: Actions }) {
  if (!actions.setLength) return null;
  return (
    <div class="lengths" role="group" aria-label={t('summaryLength')} data-testid="lengths">
      {SUMMARY_LENGTHS.map((n) => (
        <button
          type="button"
          key={n}
          class="length"
          aria-pressed={n === length}
          aria-label={tn('sentences', n)}
          title={tn('sentences', n)}
          data-testid={`length-${n}`}
          onClick={() => n !== length && actions.setLength?.(n)}
        >
          {n}
        </button>
      ))}
    </div>
  );
}

export function Brief({ state, props }: BriefProps) {
  const { analysis: a, selection, link: fromLink, notes } = state;
  const { actions } = props;
  const times = formatTimeLines(a, { now: props.now, locale: props.locale, timeZone: props.timeZone });
  // A linked page's brief links to the page that was read (after redirects); a tab's brief is of
  // the page the reader is on, so it has no link to open a second copy of it.
  const link = fromLink ? safeHttpUrl(fromLink.finalUrl) : null;
  return (
    <article
      class="brief"
      data-testid="brief"
      data-mode={fromLink ? 'link' : selection ? 'selection' : 'page'}
      // Shown from the history while the page is read again (tests wait for the fresh brief).
      data-kept={state.kept ? 'true' : undefined}
      aria-labelledby="brief-title"
    >
      <Source a={a} favicon={fromLink ? undefined : state.favicon} />
      <Title a={a} />
      {a.authors.length > 0 ? <Byline authors={a.authors} lang={a.lang} /> : null}
      {a.credit ? (
        <p class="credit" data-testid="credit" dir="auto" lang={a.lang ?? undefined}>
          {a.credit}
        </p>
      ) : null}
      {times.map((line) => (
        <Time key={line.which} which={line.which} text={line.text} details={line.details} />
      ))}
      <p class="meta" data-testid="reading-time">
        {selection ? tn('selectionNote', a.wordCount) : `${tn('readingTime', a.readingTimeMinutes)} · ${tn('words', a.wordCount)}`}
      </p>
      {fromLink ? (
        <p class="meta link-note" data-testid="link-note">
          {fromLink.finalUrl === fromLink.requested ? t('linkFrom', fromLink.finalUrl) : t('linkRedirected', fromLink.finalUrl)}
        </p>
      ) : null}
      {notes?.map((note) => (
        <p class="meta read-note" data-testid="read-note" role="note" key={note}>
          {note}
        </p>
      ))}
      <AiNotice a={a} onPage={!fromLink} thumbs={state.thumbs} actions={actions} />
      <EngineSummary a={a} showPassage={fromLink || !actions.highlightText ? null : (text) => actions.highlightText?.(text)}>
      <div class="summary-head">
        <h2 class="summary-title">{selection ? t('summarySelection') : t('summaryTitle')}</h2>
        <LengthSwitch length={props.length ?? 3} actions={actions} />
      </div>
      <ul class="summary" data-testid="summary" dir={a.dir ?? 'auto'} lang={a.lang ?? undefined}>
        {a.summary.map((s, i) =>
          // No tab shows a linked page: its bullets are plain text, not "show on the page" buttons.
          fromLink ? (
            <li key={i} class="bullet plain">
              {s}
            </li>
          ) : (
            <li key={i}>
              <button type="button" class="bullet" title={t('bulletTitle')} onClick={() => actions.highlight(i)}>
                <span class="bullet-text">{s}</span>
                <span class="locate" aria-hidden="true">
                  ↗
                </span>
              </button>
            </li>
          ),
        )}
      </ul>
      </EngineSummary>
      {props.listenNote ? (
        <p class="meta" role="status" data-testid="listen-note">
          {props.listenNote}
        </p>
      ) : null}
      <footer class="actions">
        <button type="button" data-testid="copy-markdown" onClick={() => actions.copy('markdown')}>
          {props.copied === 'markdown' ? t('copied') : t('copyMarkdown')}
        </button>
        <button type="button" data-testid="copy-text" onClick={() => actions.copy('text')}>
          {props.copied === 'text' ? t('copied') : t('copyText')}
        </button>
        {actions.listen ? (
          <button type="button" data-testid="listen" aria-pressed={!!props.speaking} onClick={actions.listen}>
            {props.speaking ? t('listenStop') : t('listen')}
          </button>
        ) : null}
        {actions.openHistory ? (
          <button type="button" data-testid="open-history" onClick={actions.openHistory}>
            {t('history')}
          </button>
        ) : null}
        {props.canOpenPanel && !props.inPanel && actions.openPanel ? (
          <button type="button" data-testid="open-panel" onClick={actions.openPanel}>
            {t('openPanel')}
          </button>
        ) : null}
        {link ? (
          <a class="open" href={link} target="_blank" rel="noopener noreferrer" data-testid="article-link">
            {t('openArticle')}
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : null}
      </footer>
    </article>
  );
}

