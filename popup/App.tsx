/**
 * The popup view: a pure function of PopupState and a few actions. Every page-derived string is
 * rendered as a text node by Preact; URLs pass through safe-url.ts first. Every word of Nutshell's
 * own comes from the locale files (extension/i18n.ts); the page's own words keep the page's
 * language and direction (`lang`, `dir="auto"`, `<bdi>`), so a name or a date in another script
 * keeps its order in any UI language.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { NotArticleReason, SummaryLength } from '../src/index';
import { t, type MessageKey } from '../extension/i18n';
import { restrictedMessage, type RestrictedKind } from '../extension/restricted';
import type { BriefProps } from './Brief';
import type { PopupState } from './state';

export interface Actions {
  retry(): void;
  openOptions(): void;
  highlight(index: number): void;
  copy(kind: 'markdown' | 'text'): void;
  /** Ask for the host permission a link needs (called from the button's click: a user gesture). */
  grantLink(): void;
  /** Scroll the page to the image with this source and outline it briefly. */
  showImage(src: string): void;
  /** Summarize again with this many sentences, and remember it. */
  setLength?(n: SummaryLength): void;
  /** Scroll the page to a passage given by its text (a model's bullet's source paragraph). */
  highlightText?(text: string): void;
  /** Open the history page. */
  openHistory?(): void;
  /** Show the brief in the side panel (the popup closes). */
  openPanel?(): void;
  /** Read the brief aloud, or stop. */
  listen?(): void;
}

export interface ViewProps {
  state: PopupState;
  actions: Actions;
  copied: 'markdown' | 'text' | null;
  now: Date;
  locale: string;
  timeZone: string;
  /** The summary length the brief was made with (the popup's switch shows it). */
  length?: SummaryLength;
  /** The keyboard shortcut that opens the popup ("Alt+Shift+S"), '' when none is set. */
  shortcut?: string | null;
  /** The view is in the side panel (no "Side panel" button there). */
  inPanel?: boolean;
  /** The browser has a side panel to open. */
  canOpenPanel?: boolean;
  speaking?: boolean;
  listenNote?: string | null;
}

function Header({ actions }: { actions: Actions }) {
  return (
    <header class="bar">
      <span class="brand">{t('extName')}</span>
      <button class="icon" type="button" title={t('options')} aria-label={t('options')} data-testid="options" onClick={actions.openOptions}>
        <span aria-hidden="true">⚙</span>
      </button>
    </header>
  );
}

function Message({ kind, title, text, next, detail, actions }: { kind: string; title: string; text: string; next?: string; detail?: string; actions?: Actions }) {
  return (
    <section class={`state state-${kind}`} data-testid="state" data-state={kind} role={kind === 'error' || kind === 'link-error' ? 'alert' : undefined}>
      <h1 elementtiming="brief">{title}</h1>
      <p>{text}</p>
      {next ? (
        <p class="next" data-testid="next-step">
          {next}
        </p>
      ) : null}
      {detail ? (
        <p class="detail" data-testid="error-detail" dir="auto">
          {detail}
        </p>
      ) : null}
      {actions ? (
        <button type="button" class="retry" onClick={actions.retry}>
          {t('retry')}
        </button>
      ) : null}
    </section>
  );
}

function LinkPermission({ state, actions }: { state: Extract<PopupState, { kind: 'link-permission' | 'link-denied' }>; actions: Actions }) {
  const { host, url } = state.link;
  const denied = state.kind === 'link-denied';
  return (
    <section class={`state state-${state.kind}`} data-testid="state" data-state={state.kind}>
      <h1>{denied ? t('linkDeniedTitle') : t('linkPermissionTitle')}</h1>
      <p data-testid="link-permission-text">{denied ? t('linkDeniedText', host) : t('linkPermissionText', host)}</p>
      <p class="detail" data-testid="link-url" dir="ltr">
        {url}
      </p>
      {denied && state.detail ? (
        <p class="detail" data-testid="error-detail" dir="auto">
          {state.detail}
        </p>
      ) : null}
      <button type="button" class="retry grant" data-testid="grant-link" onClick={actions.grantLink}>
        {denied ? t('linkAskAgain') : t('linkAllow', host)}
      </button>
    </section>
  );
}

type BriefView = (props: BriefProps) => JSX.Element;
let briefView: BriefView | null = null;
let briefLoading: Promise<BriefView> | null = null;

/**
 * The brief's view is a chunk of its own (popup/Brief.tsx): the popup's first paint (its loading
 * state) does not wait for it. main.tsx starts loading it right after that paint, while the page is read.
 */
export function loadBriefView(): Promise<BriefView> {
  briefLoading ??= import('./Brief').then((m) => (briefView = m.Brief));
  return briefLoading;
}

function LazyBrief(props: BriefProps) {
  const [view, setView] = useState<BriefView | null>(() => briefView);
  useEffect(() => {
    if (!view) void loadBriefView().then((v) => setView(() => v));
  }, [view]);
  if (!view) {
    return (
      <section class="state state-loading" data-testid="state" data-state="loading" aria-busy="true">
        <div class="spinner" aria-hidden="true" />
      </section>
    );
  }
  const View = view;
  return <View {...props} />;
}

/** Failures worth another try: a slow, unreachable or failing site. The others would fail again. */
const LINK_RETRY = new Set(['timeout', 'network', 'http-status']);

const NOT_ARTICLE_KEYS: Record<NotArticleReason, MessageKey> = {
  'no-content': 'notArticle_noContent',
  'too-short': 'notArticle_tooShort',
  listing: 'notArticle_listing',
};

/** The states that are no fault of the page's: their own headings (the rest: "can't read this page"). */
const RESTRICTED_TITLES: Partial<Record<RestrictedKind, MessageKey>> = {
  'empty-tab': 'emptyTabTitle',
  'load-failed': 'loadFailedTitle',
  'no-page': 'noPageTitle',
};

/** What a screen reader hears when the state changes (the polite live region below). */
function announcement(state: PopupState, copied: boolean): string {
  if (copied) return t('copied');
  switch (state.kind) {
    case 'loading':
    case 'waiting':
      return state.message;
    case 'ready':
      return t('briefReady', state.analysis.title);
    default:
      return '';
  }
}

export function App(props: ViewProps) {
  const { state, actions } = props;
  let body;
  switch (state.kind) {
    case 'loading':
    case 'waiting':
      body = (
        <section class="state state-loading" data-testid="state" data-state={state.kind} aria-busy="true">
          <div class="spinner" aria-hidden="true" />
          <h1 class="loading-title">{state.message}</h1>
        </section>
      );
      break;
    case 'ready':
      body = <LazyBrief state={state} props={props} />;
      break;
    case 'not-article': {
      const reason = state.analysis?.notArticle?.reason;
      body = (
        <Message
          kind="not-article"
          title={t('notArticleTitle')}
          text={`${reason ? t(NOT_ARTICLE_KEYS[reason]) : state.message} ${t('notArticleScope')}`}
          {...(reason === 'listing' ? { next: t('notArticleNext') } : {})}
        />
      );
      break;
    }
    case 'restricted':
      body = (
        <Message
          kind={state.restricted in RESTRICTED_TITLES ? state.restricted : 'restricted'}
          title={t(RESTRICTED_TITLES[state.restricted] ?? 'restrictedTitle')}
          text={state.message ?? restrictedMessage(state.restricted)}
        />
      );
      break;
    case 'injection-refused':
      // No "Try again": the popup cannot grant itself access; the toolbar button can.
      body = <Message kind="injection-refused" title={t('injectionRefusedTitle')} text={state.message} detail={state.detail} />;
      break;
    case 'error':
      body = <Message kind="error" title={t('errorTitle')} text={state.message} detail={state.detail} actions={actions} />;
      break;
    case 'link-permission':
    case 'link-denied':
      body = <LinkPermission state={state} actions={actions} />;
      break;
    case 'link-error':
      body = (
        <Message
          kind="link-error"
          title={t('linkErrorTitle')}
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
      <p class="sr-only" role="status" aria-live="polite" data-testid="announce">
        {announcement(state, props.copied !== null)}
      </p>
      {props.shortcut ? (
        <p class="shortcut" data-testid="shortcut">
          {t('shortcut', props.shortcut)}
        </p>
      ) : null}
    </main>
  );
}
