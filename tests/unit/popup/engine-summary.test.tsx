// @vitest-environment happy-dom
/**
 * The popup's engine summary (popup/EngineSummary.tsx, popup/engine-view.tsx) with the fake browser and the loopback
 * chat-completions server: the built-in engine sends nothing; a model's bullets are shown with who
 * wrote them and where the text went, what the article does not back marked and counted, the
 * built-in bullets one click away; a failure shows its message and the built-in summary.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../../src/index';
import { EngineSummary } from '../../../popup/EngineSummary';
import { Marked } from '../../../popup/engine-view';
import { readFixture } from '../../../tools/fixtures/loader';
import { setMessageSource } from '../../../extension/i18n';
import { messageSource } from '../../../tools/i18n/messages';
import { startChatServer, type ChatServer } from '../../../tools/chat-server/server';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));

let server: ChatServer;
const granted = vi.fn(async () => true);
beforeAll(async () => {
  // happy-dom's fetch applies CORS, as an extension page without the host permission would.
  server = await startChatServer({ headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST' } });
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: granted, request: vi.fn(async () => true) };
});
afterEach(cleanup);

const a = analyzeDocument(parseHTML(readFixture('grounding', 'en-harbour')).document, { url: 'https://example.test/news/en-harbour.html', now: new Date('2026-12-01T12:00:00Z') });
const builtin = <ul data-testid="builtin">{a.summary.map((s) => <li key={s}>{s}</li>)}</ul>;

describe('EngineSummary', () => {
  it('with the built-in engine: the built-in bullets, and no request', async () => {
    const before = server.requests.length;
    render(<EngineSummary a={a} showPassage={vi.fn()}>{builtin}</EngineSummary>);
    expect(screen.getByTestId('builtin')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByTestId('engine-summary')).toBeNull();
    expect(server.requests.length).toBe(before);
  });

  it("shows a model's grounded bullets, who wrote them and where the text went", async () => {
    server.setReply('- The port authority will spend $1.2 billion on the terminal.\n- The plan calls for five new cranes.');
    await fakeBrowser.storage.local.set({ engine: { engine: 'openai', preset: 'custom', baseUrl: server.baseUrl, model: 'tiny', apiKey: '', stream: true } });
    const show = vi.fn();
    render(<EngineSummary a={a} showPassage={show}>{builtin}</EngineSummary>);
    await waitFor(() => expect(screen.getByTestId('engine-summary')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByTestId('engine-by').textContent).toBe(`Written by tiny — the article's text was sent to 127.0.0.1:${server.port}.`);
    expect(screen.getByTestId('engine-missing').textContent).toBe('1 statement was not found in the article.');
    const marks = [...document.querySelectorAll('mark.unsupported')].map((m) => m.textContent);
    expect(marks).toEqual(['five']);
    // The built-in bullets, one click away.
    expect(screen.getByTestId('engine-builtin').querySelector('[data-testid="builtin"]')).toBeTruthy();
    // A bullet scrolls to its source paragraph.
    (document.querySelector('[data-testid="engine-summary"] button') as HTMLButtonElement).click();
    expect(show).toHaveBeenCalledWith(a.text.split('\n\n')[0]);
  });

  it('says what went wrong and shows the built-in summary', async () => {
    await fakeBrowser.storage.local.set({ engine: { engine: 'openai', preset: 'ollama', baseUrl: server.baseUrl, model: 'ollama-403', apiKey: '', stream: true } });
    render(<EngineSummary a={a} showPassage={vi.fn()}>{builtin}</EngineSummary>);
    await waitFor(() => expect(screen.getByTestId('engine-error')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByTestId('engine-error').textContent).toMatch(/OLLAMA_ORIGINS=/);
    expect(screen.getByTestId('builtin')).toBeTruthy();
  });

  it("says it in the reader's language, the server's own words apart", async () => {
    setMessageSource(messageSource('de'));
    try {
      await fakeBrowser.storage.local.set({ engine: { engine: 'openai', preset: 'custom', baseUrl: server.baseUrl, model: 'status-429', apiKey: '', stream: true } });
      render(<EngineSummary a={a} showPassage={vi.fn()}>{builtin}</EngineSummary>);
      await waitFor(() => expect(screen.getByTestId('engine-error')).toBeTruthy(), { timeout: 5000 });
      expect(screen.getByTestId('engine-note').textContent).toContain('Das Modell konnte keine Zusammenfassung schreiben');
      expect(screen.getByTestId('engine-error').textContent).toBe(`127.0.0.1:${server.port} begrenzt die Anfragen (429). Warte einen Moment und versuche es erneut.`);
      expect(screen.getByTestId('engine-error-said').textContent).toBe('Die Meldung lautete: „test error 429“');
    } finally {
      setMessageSource(messageSource('en'));
    }
  });

  it('asks for Save in the options when the host permission is missing, and sends nothing', async () => {
    granted.mockResolvedValueOnce(false);
    const before = server.requests.length;
    await fakeBrowser.storage.local.set({ engine: { engine: 'openai', baseUrl: server.baseUrl, model: 'tiny' } });
    render(<EngineSummary a={a} showPassage={vi.fn()}>{builtin}</EngineSummary>);
    await waitFor(() => expect(screen.getByTestId('engine-error').textContent).toMatch(/press Save/), { timeout: 5000 });
    expect(server.requests.length).toBe(before);
  });
});

describe('Marked', () => {
  it('marks each unsupported span once, as text', () => {
    render(<p data-testid="m"><Marked text='Mayor <b>Lawson</b> said “no” to five cranes.' unsupported={['<b>Lawson</b>', 'five', 'absent']} /></p>);
    const p = screen.getByTestId('m');
    expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['<b>Lawson</b>', 'five']);
    expect(p.querySelector('b')).toBeNull();
  });
});
