/**
 * The popup view: a pure function of PopupState and a few actions. Every page-derived string is
 * rendered as a text node by Preact; URLs pass through safe-url.ts first.
 */
import type { Analysis, AiImage } from '../src/index';
import { RESTRICTED_MESSAGES } from '../extension/restricted';
import { formatTimeLines } from './times';
import type { PopupState } from './state';
import { safeHttpUrl } from './safe-url';
import { EngineSummary } from './EngineSummary';

export interface Actions {
  retry(): void;
  openOptions(): void;
  highlight(index: number): void;
  copy(kind: 'markdown' | 'text'): void;
  /** Ask for the host permission a link needs (called from the button's click: a user gesture). */
  grantLink(): void;
  /** Scroll the page to the image with this source and outline it briefly. */
  showImage(src: string): void;
  /** Scroll the page to a passage given by its text (a model's bullet's source paragraph). */
  highlightText(text: string): void;
}

export interface ViewProps {
  state: PopupState;
  actions: Actions;
  copied: 'markdown' | 'text' | null;
  now: Date;
  locale: string;
  timeZone: string;
}

function Header({ actions }: { actions: Actions }) {
  return (
    <header class="bar">
      <span class="brand">Nutshell</span>
      <button class="icon" type="button" title="Options" aria-label="Options" data-testid="options" onClick={actions.openOptions}>
        ⚙
      </button>
    </header>
  );
}

function Message({ kind, title, text, detail, actions }: { kind: string; title: string; text: string; detail?: string; actions?: Actions }) {
  return (
    <section class={`state state-${kind}`} data-testid="state" data-state={kind} role={kind === 'error' || kind === 'link-error' ? 'alert' : 'status'}>
      <h2 elementtiming="brief">{title}</h2>
      <p>{text}</p>
      {detail ? <p class="detail" data-testid="error-detail">{detail}</p> : null}
      {actions ? (
        <button type="button" class="retry" onClick={actions.retry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}

/** The browser's own icon for the site (its favicon store, or a data: URL), never a URL of the page:
 *  loading the page's favicon would tell the site when its reader opened Nutshell. */
const BROWSER_ICON = /^(?:data:image\/[a-z.+-]+;|(?:chrome|moz)-extension:\/\/[^/]+\/_favicon\/\?)/i;

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
        <a href={href} target="_blank" rel="noopener noreferrer" data-testid="site-name">
          {name}
        </a>
      ) : (
        <span data-testid="site-name">{name}</span>
      )}
      {a.source.domain && a.source.domain !== name ? <span class="domain"> · {a.source.domain}</span> : null}
    </div>
  );
}

/** `onPage`: the brief is of the tab's page, so its images can be shown there (not for a link). */
function AiNotice({ a, onPage, thumbs, actions }: { a: Analysis; onPage: boolean; thumbs: Record<string, string> | undefined; actions: Actions }) {
  const flagged = a.ai.images.filter((i) => i.aiGenerated);
  const total = new Set(a.ai.images.map((i) => i.src)).size;
  return (
    <>
      {flagged.length > 0 ? (
        <section class="notice notice-ai" data-testid="ai-notice" role="note">
          <h3>
            {total > flagged.length
              ? `${flagged.length} of ${total} images ${flagged.length === 1 ? 'is' : 'are'} AI-generated`
              : flagged.length === 1
                ? 'This article’s image is AI-generated'
                : `${flagged.length} images are AI-generated`}
          </h3>
          <ul>
            {flagged.slice(0, 3).map((img: AiImage) => {
              // Drawn in the page from its own decoded image (a data: URL), never loaded from the web.
              const thumb = onPage ? thumbs?.[img.src] : undefined;
              return (
                <li key={img.src}>
                  {thumb && /^data:image\/jpeg;base64,/.test(thumb) ? <img class="thumb" src={thumb} alt="" data-testid="ai-thumb" /> : null}
                  <blockquote>
                    “{img.evidence}” <span class="kind">({img.evidenceKind})</span>
                  </blockquote>
                  {onPage ? (
                    <button type="button" class="show-image" data-testid="show-image" onClick={() => actions.showImage(img.src)}>
                      Show on page
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {a.ai.textDisclosure ? (
        <section class="notice notice-text" data-testid="ai-text-notice" role="note">
          <h3>The page says its text was made with AI</h3>
          <blockquote>“{a.ai.textDisclosure}”</blockquote>
        </section>
      ) : null}
    </>
  );
}

type FromLink = { requested: string; finalUrl: string } | undefined;

function Brief({ state, props }: { state: Extract<PopupState, { kind: 'ready' }>; props: ViewProps }) {
  const { analysis: a, selection, link: fromLink, notes } = state;
  const { actions } = props;
  const times = formatTimeLines(a, { now: props.now, locale: props.locale, timeZone: props.timeZone });
  // A linked page's brief links to the page that was read (after redirects).
  const link = safeHttpUrl(fromLink ? fromLink.finalUrl : (a.source.canonicalUrl ?? a.url));
  return (
    <article class="brief" data-testid="brief" data-mode={fromLink ? 'link' : selection ? 'selection' : 'page'}>
      <Source a={a} favicon={fromLink ? undefined : state.favicon} />
      {/* The page's own words carry the page's language and direction; Nutshell's labels keep ours. */}
      <h1 data-testid="title" elementtiming="brief" dir={a.dir ?? 'auto'} lang={a.lang ?? undefined}>
        {a.title}
      </h1>
      {a.authors.length > 0 ? (
        <p class="byline" data-testid="byline">
          By {a.authors.join(', ')}
        </p>
      ) : null}
      {a.credit ? (
        <p class="credit" data-testid="credit">
          {a.credit}
        </p>
      ) : null}
      {times.map((t) => (
        <p class="time" data-testid={`time-${t.which}`} title={t.tooltip} tabIndex={0} key={t.which}>
          {t.text}
        </p>
      ))}
      <p class="meta" data-testid="reading-time">
        {a.readingTimeMinutes} min read · {a.wordCount.toLocaleString(props.locale)} words
      </p>
      {fromLink ? (
        <p class="meta link-note" data-testid="link-note">
          {fromLink.finalUrl === fromLink.requested ? 'From a link: ' : 'From a link, redirected to: '}
          {fromLink.finalUrl}
        </p>
      ) : null}
      {notes?.map((note) => (
        <p class="meta read-note" data-testid="read-note" role="note" key={note}>
          {note}
        </p>
      ))}
      <AiNotice a={a} onPage={!fromLink} thumbs={state.thumbs} actions={actions} />
      <EngineSummary a={a} showPassage={fromLink ? null : actions.highlightText}>
      <h2 class="summary-title">{selection ? 'Summary of your selection' : 'Summary'}</h2>
      <ul class="summary" data-testid="summary" dir={a.dir ?? 'auto'} lang={a.lang ?? undefined}>
        {a.summary.map((s, i) =>
          // No tab shows a linked page: its bullets are plain text, not "show on the page" buttons.
          fromLink ? (
            <li key={i} class="bullet plain">
              {s}
            </li>
          ) : (
            <li key={i}>
              <button type="button" class="bullet" title="Show this passage on the page" onClick={() => actions.highlight(i)}>
                {s}
              </button>
            </li>
          ),
        )}
      </ul>
      </EngineSummary>
      <footer class="actions">
        <button type="button" data-testid="copy-markdown" onClick={() => actions.copy('markdown')}>
          {props.copied === 'markdown' ? 'Copied' : 'Copy Markdown'}
        </button>
        <button type="button" data-testid="copy-text" onClick={() => actions.copy('text')}>
          {props.copied === 'text' ? 'Copied' : 'Copy text'}
        </button>
        {link ? (
          <a class="open" href={link} target="_blank" rel="noopener noreferrer" data-testid="article-link">
            Open article ↗
          </a>
        ) : null}
      </footer>
    </article>
  );
}

function LinkPermission({ state, actions }: { state: Extract<PopupState, { kind: 'link-permission' | 'link-denied' }>; actions: Actions }) {
  const { host, url } = state.link;
  const denied = state.kind === 'link-denied';
  return (
    <section class={`state state-${state.kind}`} data-testid="state" data-state={state.kind} role="status">
      <h2>{denied ? 'Nothing was read' : 'Summarize this link?'}</h2>
      <p data-testid="link-permission-text">
        {denied
          ? `Nutshell did not get your permission to read ${host}, so it fetched nothing.`
          : `Nutshell needs your permission to read ${host} — it fetches that one page, without your cookies.`}
      </p>
      <p class="detail" data-testid="link-url">
        {url}
      </p>
      {denied && state.detail ? (
        <p class="detail" data-testid="error-detail">
          {state.detail}
        </p>
      ) : null}
      <button type="button" class="retry grant" data-testid="grant-link" onClick={actions.grantLink}>
        {denied ? 'Ask again' : `Allow reading ${host}`}
      </button>
    </section>
  );
}

/** Failures worth another try: a slow, unreachable or failing site. The others would fail again. */
const LINK_RETRY = new Set(['timeout', 'network', 'http-status']);

export function App(props: ViewProps) {
  const { state, actions } = props;
  let body;
  switch (state.kind) {
    case 'loading':
    case 'waiting':
      body = (
        <section class="state state-loading" data-testid="state" data-state={state.kind} role="status" aria-busy="true">
          <div class="spinner" aria-hidden="true" />
          <p>{state.message}</p>
        </section>
      );
      break;
    case 'ready':
      body = <Brief state={state} props={props} />;
      break;
    case 'not-article':
      body = <Message kind="not-article" title="No article here" text={`${state.message} Nutshell summarizes news articles and blog posts.`} />;
      break;
    case 'restricted':
      body = <Message kind="restricted" title="Nutshell can’t read this page" text={state.message ?? RESTRICTED_MESSAGES[state.restricted]} />;
      break;
    case 'injection-refused':
      body = <Message kind="injection-refused" title="No access to this page" text={state.message} detail={state.detail} actions={actions} />;
      break;
    case 'error':
      body = <Message kind="error" title="Something went wrong" text={state.message} detail={state.detail} actions={actions} />;
      break;
    case 'link-permission':
    case 'link-denied':
      body = <LinkPermission state={state} actions={actions} />;
      break;
    case 'link-error':
      body = (
        <Message
          kind="link-error"
          title="Nutshell can’t summarize this link"
          text={state.message}
          detail={state.reason === 'invalid-url' ? state.detail : `${state.url} — ${state.detail}`}
          {...(LINK_RETRY.has(state.reason) ? { actions } : {})}
        />
      );
      break;
  }
  return (
    <main>
      <Header actions={actions} />
      {body}
    </main>
  );
}
