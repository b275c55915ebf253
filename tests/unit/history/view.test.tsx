// @vitest-environment happy-dom
/** The history page's view on its flow: entries as text, a brief opened by its title, search, states. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistoryFlow, type HistoryFlow } from '../../../history/flow';
import { History } from '../../../history/History';
import { briefOf } from '../../../tools/fixtures/analysis';
import { toHistoryEntry, type HistoryEntry } from '../../../src/history';

const base = briefOf({
  title: '<img src=x onerror=alert(1)> Kerala tests buoys',
  summary: ['Buoys were tested off Kochi.', 'Fishers were warned.'],
  summaryParagraphs: [0, 1],
  ai: { pageFlag: true, textDisclosure: null, images: [] },
});

function mount(entries: HistoryEntry[]) {
  const openPage = vi.fn();
  const flow: HistoryFlow = createHistoryFlow({
    loadTheme: async () => 'system',
    applyTheme: () => undefined,
    loadHistory: async () => entries,
    forgetBrief: async () => [],
    clearHistory: async () => [],
    openPage,
    saveFile: () => undefined,
    now: () => new Date('2025-05-15T10:00:00Z'),
  });
  const root = document.createElement('div');
  document.body.append(root);
  const paint = () => render(<History view={flow.view()} actions={flow} locale="en-GB" />, root);
  flow.subscribe(paint);
  paint();
  return { flow, root, openPage };
}

const q = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('history view', () => {
  it('lists the briefs as text, opens one by its title, and reopens its page', async () => {
    const { flow, root, openPage } = mount([toHistoryEntry(base, new Date('2025-05-14T16:00:00Z'))]);
    await flow.start();
    expect(root.querySelectorAll('[data-testid="history-entry"]')).toHaveLength(1);
    expect(root.querySelector('img')).toBeNull(); // the page's title is text, never markup
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> Kerala tests buoys');
    expect(root.textContent).toContain('AI images');
    expect(q(root, 'history-brief')).toBeNull();
    const title = root.querySelector<HTMLButtonElement>('.entry-title')!;
    title.click();
    expect(title.getAttribute('aria-expanded')).toBe('true');
    expect(q(root, 'history-brief')!.textContent).toContain('Fishers were warned.');
    q(root, 'history-reopen')!.click();
    expect(openPage).toHaveBeenCalledWith('https://news.example/buoys');
  });

  it('says when there is nothing yet, and when the search matches nothing', async () => {
    const empty = mount([]);
    await empty.flow.start();
    expect(q(empty.root, 'history-status')!.textContent).toBe('No briefs yet: the pages you summarize will be listed here.');
    expect((q(empty.root, 'history-export') as HTMLButtonElement).disabled).toBe(true);
    const one = mount([toHistoryEntry(base, new Date('2025-05-14T16:00:00Z'))]);
    await one.flow.start();
    const input = q(one.root, 'history-search') as HTMLInputElement;
    input.value = 'alps';
    input.dispatchEvent(new Event('input'));
    expect(q(one.root, 'history-status')!.textContent).toBe('No brief matches your search.');
  });
});
