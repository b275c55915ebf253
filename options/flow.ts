/**
 * The options page's controller, a plain module: it loads the settings, saves each change at once
 * (settings-store repairs whatever it is given), and turns the image check on only with the
 * optional host permission. It names no browser API: `deps` carries them (options/main.tsx passes
 * the real ones, tests pass fakes).
 */
import type { Settings, Theme } from '../src/index';
import { DEFAULT_SETTINGS } from '../src/index';
import { t } from '../extension/i18n';

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  applyTheme(theme: Theme): void;
  applyTextSize?(size: Settings['textSize']): void;
  /** Asks the reader for the image hosts; must run inside the click (a user gesture). */
  requestImageHosts(): Promise<boolean>;
  removeImageHosts(): Promise<boolean>;
}

export interface OptionsView {
  settings: Settings;
  /** The last change's outcome ("Saved", or why not), for the status line. */
  status: string;
}

export interface OptionsFlow {
  view(): OptionsView;
  /** Calls `listener` with each new view; returns the unsubscribe. */
  subscribe(listener: (view: OptionsView) => void): () => void;
  /** Show the stored settings (the page starts with the defaults). */
  start(): Promise<void>;
  update(patch: SettingsPatch): Promise<void>;
  /** The image check's checkbox. Call it straight from the change handler (see below). */
  toggleImages(on: boolean): Promise<void>;
}

export function createOptionsFlow(deps: OptionsDeps): OptionsFlow {
  let view: OptionsView = { settings: DEFAULT_SETTINGS, status: '' };
  const listeners = new Set<(view: OptionsView) => void>();
  const set = (patch: Partial<OptionsView>) => {
    view = { ...view, ...patch };
    for (const listener of listeners) listener(view);
  };

  async function update(patch: SettingsPatch): Promise<void> {
    try {
      const saved = await deps.saveSettings(patch);
      deps.applyTheme(saved.theme);
      deps.applyTextSize?.(saved.textSize);
      set({ settings: saved, status: t('saved') });
    } catch (e) {
      set({ status: t('saveFailed', (e as Error).message) });
    }
  }

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async start() {
      const settings = await deps.loadSettings();
      deps.applyTheme(settings.theme);
      deps.applyTextSize?.(settings.textSize);
      set({ settings });
    },
    update,
    async toggleImages(on) {
      if (on) {
        // The first await after the click: the browsers honour permissions.request only within the
        // user gesture, and Firefox's ends at the first await.
        const granted = await deps.requestImageHosts().catch(() => false);
        if (!granted) return set({ status: t('permissionNotGranted') });
      } else {
        await deps.removeImageHosts().catch(() => false);
      }
      await update({ checkImageMetadata: on });
    },
  };
}
