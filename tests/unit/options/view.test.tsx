// @vitest-environment happy-dom
/**
 * The options view on its flow: each control saves its value, and the image check's checkbox asks
 * for the permission inside its own change event (the user gesture).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOptionsFlow, type OptionsFlow, type SettingsPatch } from '../../../options/flow';
import { Options } from '../../../options/Options';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../../../src/settings';

function mount(flow: OptionsFlow): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const paint = () => render(<Options view={flow.view()} actions={flow} />, root);
  flow.subscribe(paint);
  paint();
  return root;
}

function fakeFlow(request = vi.fn(async () => true)) {
  let current: Settings = { ...DEFAULT_SETTINGS };
  const saveSettings = vi.fn(async (patch: SettingsPatch) => (current = repairSettings({ ...current, ...patch }).settings));
  const flow = createOptionsFlow({ loadSettings: async () => current, saveSettings, applyTheme: vi.fn(), requestImageHosts: request, removeImageHosts: vi.fn(async () => true) });
  return { flow, saveSettings, request };
}

const el = <T extends Element>(root: HTMLElement, id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('options view', () => {
  it('shows the settings and saves a new summary length and theme', async () => {
    const { flow, saveSettings } = fakeFlow();
    const root = mount(flow);
    expect(el<HTMLInputElement>(root, 'sentences-3').checked).toBe(true);
    el<HTMLInputElement>(root, 'sentences-7').click();
    await vi.waitFor(() => expect(el(root, 'status').textContent).toBe('Saved'));
    expect(saveSettings).toHaveBeenLastCalledWith({ summarySentences: 7 });
    expect(el<HTMLInputElement>(root, 'sentences-7').checked).toBe(true);
    const theme = el<HTMLSelectElement>(root, 'theme');
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(saveSettings).toHaveBeenLastCalledWith({ theme: 'dark' }));
  });

  it('asks for the image hosts inside the checkbox’s change event', async () => {
    const { flow, request, saveSettings } = fakeFlow();
    const root = mount(flow);
    el<HTMLInputElement>(root, 'image-metadata').click();
    expect(request).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(saveSettings).toHaveBeenCalledWith({ checkImageMetadata: true }));
    expect(el<HTMLInputElement>(root, 'image-metadata').checked).toBe(true);
  });

  it('says so when the permission is refused', async () => {
    const { flow, saveSettings } = fakeFlow(vi.fn(async () => false));
    const root = mount(flow);
    el<HTMLInputElement>(root, 'image-metadata').click();
    await vi.waitFor(() => expect(el(root, 'status').textContent).toBe('Permission not granted; image files will not be checked.'));
    expect(saveSettings).not.toHaveBeenCalled();
    expect(el<HTMLInputElement>(root, 'image-metadata').checked).toBe(false);
  });
});

describe('options view: text size, labels, shortcut', () => {
  it('saves the text size and applies it at once; each select has a label', async () => {
    let current: Settings = { ...DEFAULT_SETTINGS };
    const applyTextSize = vi.fn();
    const flow = createOptionsFlow({
      loadSettings: async () => current,
      saveSettings: async (patch) => (current = repairSettings({ ...current, ...patch }).settings),
      applyTheme: vi.fn(),
      applyTextSize,
      requestImageHosts: vi.fn(async () => true),
      removeImageHosts: vi.fn(async () => true),
    });
    const root = mount(flow);
    for (const id of ['theme', 'text-size']) {
      const select = el<HTMLSelectElement>(root, id);
      expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toMatch(/\w/);
    }
    const size = el<HTMLSelectElement>(root, 'text-size');
    size.value = 'larger';
    size.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(current.textSize).toBe('larger'));
    expect(applyTextSize).toHaveBeenLastCalledWith('larger');
  });

  it('shows the shortcut, or says none is set', () => {
    const { flow } = fakeFlow();
    const root = document.createElement('div');
    document.body.append(root);
    render(<Options view={flow.view()} actions={flow} shortcut="Alt+Shift+S" />, root);
    expect(el(root, 'shortcut').textContent).toBe('Shortcut: Alt+Shift+S');
    render(<Options view={flow.view()} actions={flow} shortcut="" />, root);
    expect(el(root, 'shortcut').textContent).toBe('No keyboard shortcut is set.');
  });
});
