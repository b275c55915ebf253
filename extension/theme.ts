/**
 * The reader's theme on an extension page (popup, options): the shared stylesheet
 * (popup/style.css) picks its color-scheme from `:root[data-theme]`; 'system' matches neither
 * rule, so the page follows the system.
 */
import type { Theme } from '../src/index';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
