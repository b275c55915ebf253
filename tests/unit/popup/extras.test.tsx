// @vitest-environment happy-dom
/** The popup's buttons for the history, the side panel and Listen, in the view. */
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, loadBriefView, type Actions, type ViewProps } from '../../../popup/App';
import type { PopupState } from '../../../popup/state';
import { briefOf } from '../../../tools/fixtures/analysis';

const a = briefOf();

function actions(): Actions & { openHistory: () => void; openPanel: () => void; listen: () => void } {
  return { retry: vi.fn(), openOptions: vi.fn(), highlight: vi.fn(), copy: vi.fn(), grantLink: vi.fn(), showImage: vi.fn(), openHistory: vi.fn(), openPanel: vi.fn(), listen: vi.fn() };
}

function show(props: Partial<ViewProps> & { actions: Actions }, state: PopupState = { kind: 'ready', analysis: a, selection: false }): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App state={state} copied={null} now={new Date('2025-05-14T16:00:00Z')} locale="en-GB" timeZone="Europe/London" {...props} />, root);
  return root;
}

const tid = (root: HTMLElement, id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);

beforeAll(async () => {
  await loadBriefView();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup extras', () => {
  it('has History and Side panel buttons under the brief, the latter only in a popup whose browser has a panel', () => {
    const acts = actions();
    const popup = show({ actions: acts, canOpenPanel: true });
    expect(tid(popup, 'open-history')!.textContent).toBe('History');
    expect(tid(popup, 'open-panel')!.textContent).toBe('Side panel');
    tid(popup, 'open-history')!.click();
    tid(popup, 'open-panel')!.click();
    expect(acts.openHistory).toHaveBeenCalledOnce();
    expect(acts.openPanel).toHaveBeenCalledOnce();
    expect(tid(show({ actions: acts, canOpenPanel: false }), 'open-panel')).toBeNull();
    expect(tid(show({ actions: acts, canOpenPanel: true, inPanel: true }), 'open-panel')).toBeNull();
  });

  it('has a Listen button that says Stop, pressed, while the brief is read aloud', () => {
    const acts = actions();
    const idle = show({ actions: acts });
    expect(tid(idle, 'listen')!.textContent).toBe('Listen');
    expect(tid(idle, 'listen')!.getAttribute('aria-pressed')).toBe('false');
    tid(idle, 'listen')!.click();
    expect(acts.listen).toHaveBeenCalledOnce();
    const speaking = show({ actions: acts, speaking: true });
    expect(tid(speaking, 'listen')!.textContent).toBe('Stop');
    expect(tid(speaking, 'listen')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('names the embedded frames of another site that could not be checked, as text, and nothing when all were read', () => {
    const ai = { pageFlag: false, textDisclosure: null, images: [], unreadFrames: ['www.instagram.com', '<b>x</b>.example', 'www.youtube.com', 'player.vimeo.com'] };
    const root = show({ actions: actions() }, { kind: 'ready', analysis: briefOf({ ai }), selection: false });
    const note = tid(root, 'ai-unread')!;
    expect(note.textContent).toBe('Embedded content from www.instagram.com, <b>x</b>.example, www.youtube.com could not be checked for AI labels');
    expect(note.querySelector('b')).toBeNull();
    expect(tid(show({ actions: actions() }), 'ai-unread')).toBeNull();
  });

  it('says when no voice reads the article’s language', () => {
    const root = show({ actions: actions(), listenNote: 'No voice on this computer reads Hindi.' });
    expect(tid(root, 'listen-note')!.textContent).toBe('No voice on this computer reads Hindi.');
  });
});
