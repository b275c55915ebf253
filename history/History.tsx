/**
 * The history page's view: a pure function of the HistoryView. Page-derived strings are text
 * nodes; a URL is only ever opened through the flow (http/https only), never put in an href.
 */
import type { HistoryEntry } from '../src/index';
import { t } from '../extension/i18n';
import type { HistoryActions, HistoryView } from './flow';

export interface HistoryProps {
  view: HistoryView;
  actions: HistoryActions;
  locale: string;
}

function Entry({ e, open, actions, locale }: { e: HistoryEntry; open: boolean; actions: HistoryActions; locale: string }) {
  const b = e.brief;
  const read = new Date(e.when);
  const site = b.source.siteName ?? b.source.domain ?? '';
  const id = `entry-${encodeURIComponent(b.url)}`;
  return (
    <li class="entry" data-testid="history-entry">
      <h2>
        <button type="button" class="entry-title" aria-expanded={open} aria-controls={id} onClick={() => actions.toggle(b.url)}>
          <span dir={b.dir ?? 'auto'} lang={b.lang ?? undefined}>
            {b.title || b.url}
          </span>
        </button>
      </h2>
      <p class="meta">
        <bdi>{site}</bdi>
        {site ? ' · ' : ''}
        <time dateTime={e.when}>{t('historyRead', read.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }))}</time>
        {b.ai.pageFlag ? <span class="ai-flag"> · {t('historyAi')}</span> : null}
      </p>
      {open ? (
        <div id={id} class="entry-brief" data-testid="history-brief">
          {b.authors.length ? <p class="byline">{t('byline', b.authors.join(t('authorsSeparator')))}</p> : null}
          <ul class="kept-summary" dir={b.dir ?? 'auto'} lang={b.lang ?? undefined}>
            {b.summary.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <p class="entry-actions">
            <button type="button" data-testid="history-reopen" onClick={() => actions.reopen(b.url)}>
              {t('historyReopen')}
            </button>
            <button type="button" data-testid="history-remove" onClick={() => actions.remove(b.url)}>
              {t('historyRemove')}
            </button>
          </p>
        </div>
      ) : null}
    </li>
  );
}

export function History({ view, actions, locale }: HistoryProps) {
  const { entries, shown, query, confirmClear } = view;
  return (
    <main class="history">
      <h1>{t('historyTitle')}</h1>
      <p class="hint">{t('historyHint')}</p>
      <div class="tools">
        <label class="search">
          <span>{t('historySearch')}</span>
          <input type="search" data-testid="history-search" value={query} onInput={(e) => actions.search((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" data-testid="history-export" disabled={shown.length === 0} onClick={actions.exportMarkdown}>
          {t('historyExport')}
        </button>
        <button type="button" data-testid="history-clear" disabled={entries.length === 0} onClick={actions.clear}>
          {confirmClear ? t('historyClearConfirm') : t('historyClear')}
        </button>
        {confirmClear ? (
          <button type="button" data-testid="history-cancel" onClick={actions.cancelClear}>
            {t('historyCancel')}
          </button>
        ) : null}
      </div>
      <p class="status" role="status" data-testid="history-status">
        {!view.loaded ? '' : entries.length === 0 ? t('historyEmpty') : shown.length === 0 ? t('historyNoMatch') : t('historyCount', [shown.length, entries.length])}
      </p>
      <ul class="entries">
        {shown.map((e) => (
          <Entry key={e.brief.url} e={e} open={view.open === e.brief.url} actions={actions} locale={locale} />
        ))}
      </ul>
    </main>
  );
}
