/** String and URL helpers shared by the metadata readers (pure: no DOM). */

export { squash } from '../util';

/** `href` resolved against `base`; null when it is not a URL. */
export function toUrl(href: string | null | undefined, base?: string): URL | null {
  try {
    return href ? new URL(href.trim(), base) : null;
  } catch {
    return null;
  }
}

export const hostOf = (url: string | null | undefined): string | null => toUrl(url)?.hostname.replace(/^www\./, '') || null;
