/**
 * The options view: a pure function of the flow's view (options/flow.ts) and its two actions.
 * Every change is saved at once; the image check's checkbox asks for the optional host permission
 * when it is turned on (the flow calls permissions.request inside this change handler).
 */
import { SUMMARY_LENGTHS, THEMES, type Settings } from '../src/index';
import type { OptionsFlow, OptionsView } from './flow';

export interface OptionsProps {
  view: OptionsView;
  actions: Pick<OptionsFlow, 'update' | 'toggleImages'>;
}

export function Options({ view, actions }: OptionsProps) {
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
              checked={view.settings.summarySentences === n}
              onChange={() => void actions.update({ summarySentences: n })}
            />{' '}
            {n} sentences
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        <select
          data-testid="theme"
          value={view.settings.theme}
          onChange={(e) => void actions.update({ theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] })}
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
            checked={view.settings.checkImageMetadata}
            onChange={(e) => void actions.toggleImages((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Check image files for AI provenance (XMP, C2PA)
        </label>
        <p class="hint">
          Off by default. When on, Nutshell downloads the first few hundred kilobytes of the article’s images to read the
          metadata their makers embedded. Nothing else leaves your browser, unless you choose a summary engine below.
        </p>
      </fieldset>
      <p class="status" role="status" data-testid="status">
        {view.status}
      </p>
    </main>
  );
}
