/**
 * Options: summary length, theme, and the opt-in image-provenance check. Every change is saved at
 * once through the settings module; the optional host permission is asked for only when the reader
 * turns the image check on (a user gesture, as permissions.request requires).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { removeImageHosts, requestImageHosts } from '../extension/permissions';
import { loadSettings, saveSettings } from '../extension/settings-store';
import { applyTheme } from '../extension/theme';
import { DEFAULT_SETTINGS, SUMMARY_LENGTHS, THEMES, type Settings } from '../src/settings';
import '../popup/style.css';
import './options.css';

function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      applyTheme(s.theme);
    });
  }, []);

  async function update(patch: Partial<Settings>) {
    try {
      const saved = await saveSettings(patch);
      setSettings(saved);
      applyTheme(saved.theme);
      setStatus('Saved');
    } catch (e) {
      setStatus(`Could not save: ${(e as Error).message}`);
    }
  }

  async function toggleImages(on: boolean) {
    if (on) {
      // Must be the first await after the click, or the browser rejects the request.
      const granted = await requestImageHosts().catch(() => false);
      if (!granted) {
        setStatus('Permission not granted; image files will not be checked.');
        return;
      }
    } else {
      await removeImageHosts().catch(() => false);
    }
    await update({ checkImageMetadata: on });
  }

  return (
    <main class="options">
      <h1>Nutshell</h1>
      <fieldset>
        <legend>Summary length</legend>
        {SUMMARY_LENGTHS.map((n) => (
          <label key={n}>
            <input
              type="radio"
              name="sentences"
              value={n}
              data-testid={`sentences-${n}`}
              checked={settings.summarySentences === n}
              onChange={() => void update({ summarySentences: n })}
            />{' '}
            {n} sentences
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        <select
          data-testid="theme"
          value={settings.theme}
          onChange={(e) => void update({ theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] })}
        >
          {THEMES.map((t) => (
            <option value={t} key={t}>
              {t === 'system' ? 'Same as the system' : t === 'light' ? 'Light' : 'Dark'}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Privacy</legend>
        <label>
          <input
            type="checkbox"
            data-testid="image-metadata"
            checked={settings.checkImageMetadata}
            onChange={(e) => void toggleImages((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Check image files for AI provenance (XMP, C2PA)
        </label>
        <p class="hint">
          Off by default. When on, Nutshell downloads the first few hundred kilobytes of the article’s images to read the
          metadata their makers embedded. Nothing else ever leaves your browser.
        </p>
      </fieldset>
      <p class="status" role="status" data-testid="status">
        {status}
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
