// @vitest-environment happy-dom
/**
 * The summary engine's options: the host permission for the server's origin is asked inside the Save
 * click, before anything is awaited (Firefox refuses it after an await); a refusal saves nothing; the
 * address is saved normalized; "Fetch models" lists the server's models.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '../../../src/index';
import { EngineOptions, type EngineOptionsDeps } from '../../../options/EngineOptions';

afterEach(cleanup);

function setup(over: Partial<EngineOptionsDeps> = {}, stored: Partial<EngineSettings> = {}) {
  const save = vi.fn(async (s: EngineSettings) => s);
  const deps = {
    load: vi.fn(async () => ({ ...DEFAULT_ENGINE_SETTINGS, ...stored })),
    requestHost: vi.fn(async () => true),
    listModels: vi.fn(async () => ['llama3.2:1b', 'qwen2.5:0.5b']),
    ...over,
    save,
  };
  render(<EngineOptions deps={deps} />);
  return deps;
}

describe('EngineOptions', () => {
  it('asks for the origin inside the Save click, then saves the normalized address', async () => {
    const deps = setup({}, { engine: 'openai', baseUrl: 'localhost:11434', model: 'llama3.2:1b' });
    await waitFor(() => expect((screen.getByTestId('engine-base-url') as HTMLInputElement).value).toBe('localhost:11434'));
    fireEvent.click(screen.getByTestId('engine-save'));
    // Synchronously: no await ran between the click and the request.
    expect(deps.requestHost).toHaveBeenCalledWith('http://localhost:11434/v1');
    await waitFor(() => expect(deps.save).toHaveBeenCalled());
    expect(deps.save.mock.calls[0]![0]).toMatchObject({ engine: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2:1b' });
    expect(screen.getByTestId('engine-status').textContent).toBe('Saved');
  });

  it('saves nothing when the permission is refused', async () => {
    const deps = setup({ requestHost: vi.fn(async () => false) }, { engine: 'openai' });
    await waitFor(() => expect(screen.getByTestId('engine-base-url')).toBeTruthy());
    fireEvent.click(screen.getByTestId('engine-save'));
    await waitFor(() => expect(screen.getByTestId('engine-status').textContent).toMatch(/not granted/));
    expect(deps.save).not.toHaveBeenCalled();
  });

  it('asks for no permission for the built-in engine', async () => {
    const deps = setup();
    await waitFor(() => expect(deps.load).toHaveBeenCalled());
    fireEvent.click(screen.getByTestId('engine-save'));
    await waitFor(() => expect(deps.save).toHaveBeenCalled());
    expect(deps.requestHost).not.toHaveBeenCalled();
    expect(deps.save.mock.calls[0]![0].engine).toBe('builtin');
  });

  it('fetches the models (permission asked in that click too) and picks one', async () => {
    const deps = setup({}, { engine: 'openai', model: '' });
    await waitFor(() => expect(screen.getByTestId('engine-fetch-models')).toBeTruthy());
    fireEvent.click(screen.getByTestId('engine-fetch-models'));
    expect(deps.requestHost).toHaveBeenCalledWith('http://localhost:11434/v1');
    await waitFor(() => expect(screen.getByTestId('engine-status').textContent).toBe('2 models found.'));
    expect((screen.getByTestId('engine-model') as HTMLInputElement).value).toBe('llama3.2:1b');
  });

  it('refuses an address that is not http(s)', async () => {
    const deps = setup({}, { engine: 'openai', baseUrl: 'file:///etc' });
    await waitFor(() => expect((screen.getByTestId('engine-base-url') as HTMLInputElement).value).toBe('file:///etc'));
    fireEvent.click(screen.getByTestId('engine-save'));
    expect(screen.getByTestId('engine-status').textContent).toMatch(/http/);
    expect(deps.requestHost).not.toHaveBeenCalled();
  });
});
