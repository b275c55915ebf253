/** What the popup can show. The view is a pure function of this (popup/App.tsx). */
import type { Analysis } from '../src/index';
import type { RestrictedKind } from '../extension/restricted';
import type { LinkErrorReason } from '../extension/link';

/** A link the reader asked to summarize, checked (http/https), with the permission it needs. */
export interface LinkTarget {
  /** The link, checked and normalized (no fragment, no credentials). */
  url: string;
  /** Its host (with a port, if any), as the reader is told. */
  host: string;
  /** The host-permission match patterns to ask for. */
  origins: string[];
  /** The tab the link was clicked in (its pending request is kept while the browser asks). */
  tabId: number;
}

export type PopupState =
  | { kind: 'loading'; message: string }
  | { kind: 'waiting'; message: string }
  /** `link`: the brief of a linked page (no tab shows it: its bullets cannot be shown on a page). */
  | { kind: 'ready'; analysis: Analysis; selection: boolean; link?: { requested: string; finalUrl: string } }
  | { kind: 'not-article'; message: string; analysis: Analysis | null }
  | { kind: 'restricted'; restricted: RestrictedKind; message: string }
  | { kind: 'injection-refused'; message: string; detail: string }
  | { kind: 'error'; message: string; detail: string }
  | { kind: 'link-permission'; link: LinkTarget }
  | { kind: 'link-denied'; link: LinkTarget; detail: string | null }
  | { kind: 'link-error'; reason: LinkErrorReason; message: string; detail: string; url: string };
