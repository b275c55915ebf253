/**
 * The reader's theme and text size on an extension page (popup, options): the shared stylesheet
 * (popup/style.css) picks its color-scheme from `:root[data-theme]` ('system' matches neither
 * rule, so the page follows the system) and its base font size from `:root[data-text-size]`.
 */
import type { TextSize, Theme } from '../src/index';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

export function applyTextSize(size: TextSize, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = size;
}
