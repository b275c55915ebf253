/** What the popup can show. The view is a pure function of this (popup/App.tsx). */
import type { Analysis } from '../src/analysis';
import type { RestrictedKind } from '../src/restricted';

export type PopupState =
  | { kind: 'loading'; message: string }
  | { kind: 'waiting'; message: string }
  | { kind: 'ready'; analysis: Analysis; selection: boolean }
  | { kind: 'not-article'; message: string; analysis: Analysis | null }
  | { kind: 'restricted'; restricted: RestrictedKind; message: string }
  | { kind: 'injection-refused'; message: string; detail: string }
  | { kind: 'error'; message: string; detail: string };
