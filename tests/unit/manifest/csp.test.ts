/**
 * The extension pages' Content Security Policy (issue #13): as strict as MV3 allows, so that even a
 * slip in the view could neither run a page's script nor load a page's image — Nutshell's own
 * requests are the ones the reader asked for (a link, the opt-in image check), which are fetches.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as {
  content_security_policy: { extension_pages: string };
};
const csp = new Map(
  manifest.content_security_policy.extension_pages.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }),
);

describe('the extension pages’ CSP', () => {
  it('runs only the extension’s own scripts and workers, and no plugin, base or form target', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });

  it('loads images only from the extension itself (the browser’s favicon store) and data: URLs', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('media-src')).toEqual(["'none'"]);
  });

  it('neither upgrades nor blocks plain-http fetches the reader opted into (a local model server)', () => {
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(csp.has('connect-src')).toBe(false);
    expect(csp.has('default-src')).toBe(false);
  });
});
