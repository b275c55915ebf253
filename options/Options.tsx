/**
 * The options view: a pure function of the flow's view (options/flow.ts) and its two actions.
 * Every change is saved at once; the image check's checkbox asks for the optional host permission
 * when it is turned on (the flow calls permissions.request inside this change handler).
 */
import { SUMMARY_LENGTHS, SURFACES, TEXT_SIZES, THEMES, type Settings, type TextSize, type Theme } from '../src/index';
import { t, tn, type MessageKey } from '../extension/i18n';
import type { ComponentChildren } from 'preact';
import type { OptionsFlow, OptionsView } from './flow';

export interface OptionsProps {
  view: OptionsView;
  actions: Pick<OptionsFlow, 'update' | 'toggleImages'>;
  /** The shortcut that opens the popup ('' when none is set, null while unknown). */
  shortcut?: string | null;
  /** More settings of the page (the summary engine), inside its main landmark. */
  children?: ComponentChildren;
}

const THEME_KEYS: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };
const SIZE_KEYS: Record<TextSize, MessageKey> = { normal: 'textSize_normal', large: 'textSize_large', larger: 'textSize_larger' };

export function Options({ view, actions, shortcut = null, children }: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('summaryLength')}</legend>
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
            {tn('sentences', n)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          <label for="theme">{t('themeLabel')}</label>
        </legend>
        <select
          id="theme"
          data-testid="theme"
          value={view.settings.theme}
          onChange={(e) => void actions.update({ theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] })}
        >
          {THEMES.map((theme) => (
            <option value={theme} key={theme}>
              {t(THEME_KEYS[theme])}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>
          <label for="text-size">{t('textSizeLabel')}</label>
        </legend>
        <select
          id="text-size"
          data-testid="text-size"
          value={view.settings.textSize}
          onChange={(e) => void actions.update({ textSize: (e.currentTarget as HTMLSelectElement).value as TextSize })}
        >
          {TEXT_SIZES.map((size) => (
            <option value={size} key={size}>
              {t(SIZE_KEYS[size])}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('surfaceLegend')}</legend>
        {SURFACES.map((surface) => (
          <label key={surface}>
            <input
              type="radio"
              name="surface"
              value={surface}
              data-testid={`surface-${surface}`}
              aria-describedby="surface-hint"
              checked={view.settings.surface === surface}
              onChange={() => void actions.update({ surface })}
            />{' '}
            {t(surface === 'panel' ? 'surfacePanel' : 'surfacePopup')}
          </label>
        ))}
        <p class="hint" id="surface-hint">
          {t('surfaceHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('privacyLabel')}</legend>
        <label>
          <input
            type="checkbox"
            data-testid="image-metadata"
            aria-describedby="image-hint"
            checked={view.settings.checkImageMetadata}
            onChange={(e) => void actions.toggleImages((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('imageCheck')}
        </label>
        <p class="hint" id="image-hint">
          {t('imageCheckHint')}
        </p>
      </fieldset>
      {shortcut !== null ? (
        <fieldset>
          <legend>{t('keyboardLabel')}</legend>
          <p data-testid="shortcut">{shortcut ? t('shortcut', shortcut) : t('shortcutNone')}</p>
          <p class="hint">{t('shortcutChange')}</p>
        </fieldset>
      ) : null}
      {children}
      <p class="status" role="status" data-testid="status">
        {view.status}
      </p>
    </main>
  );
}
