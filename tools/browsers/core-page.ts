/** The core for a plain browser page (same-analysis.e2e.test.ts): both halves, on the browser's own DOM. */
import { extractPage } from '../../src/collect';
import { interpretPage } from '../../src/interpret';

(globalThis as unknown as { __nutshellCore: unknown }).__nutshellCore = {
  analyze(html: string, url: string, now: string) {
    // DOMParser gives an inert document: the page's own scripts never run.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return interpretPage(extractPage(doc, { url }), { now: new Date(now) });
  },
};
