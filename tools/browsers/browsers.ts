/** Where the real browsers are, and how to get them when they are missing (never a silent skip). */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function missingBrowsers(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync(FIREFOX)) missing.push('firefox-esr');
  return missing;
}

export function installHint(missing: string[]): string {
  return `Real-browser tests need ${missing.join(' and ')}. Install with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
}
