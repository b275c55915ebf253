/**
 * The AI dev set (eval/ai-devset): every wording says where it came from, adapted ones quote their
 * original, and the pages made from them are labelled with images they really contain, in the
 * places the layouts promise.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { devPages, loadWordings } from '../../../eval/ai-devset/pages';

const wordings = loadWordings();
const pages = devPages(wordings);

describe('wordings.json', () => {
  it('holds at least 250 wordings in at least 40 languages, each kind in each language', () => {
    expect(wordings.length).toBeGreaterThanOrEqual(250);
    const langs = new Set(wordings.map((w) => w.lang));
    expect(langs.size).toBeGreaterThanOrEqual(40);
    for (const lang of langs) {
      const kinds = new Set(wordings.filter((w) => w.lang === lang).map((w) => w.kind));
      expect([lang, ...['image', 'label', 'text', 'near-miss'].filter((k) => kinds.has(k as never))]).toEqual([lang, 'image', 'label', 'text', 'near-miss']);
    }
  });

  it('gives every wording a source, and every adapted one the original it was adapted from', () => {
    for (const w of wordings) {
      expect(w.source, w.text).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+/);
      expect(w.text.trim(), w.source).toBe(w.text);
      if (w.adapted) expect(w.original, w.text).toBeTruthy();
      else expect(w.original, w.text).toBeUndefined();
      expect(w.kind === 'near-miss', w.text).toBe(w.scope === 'none');
    }
    expect(new Set(wordings.map((w) => `${w.lang}\u0000${w.text}`)).size).toBe(wordings.length);
  });
});

describe('pages', () => {
  it('label only images the page holds, disclosures as flagged pages and near-misses as clean ones', () => {
    for (const p of pages) {
      const base = p.url.replace(/[^/]*$/, '');
      // Where the layouts put an image's address: src, data-src (lazy) or a CSS url('…').
      const holds = (src: string): boolean => {
        const rel = src.startsWith(base) ? src.slice(base.length) : src;
        return p.html.includes(` src="${rel}"`) || p.html.includes(`data-src="${rel}"`) || p.html.includes(`url('${rel}')`);
      };
      for (const src of [...p.aiImages, ...p.unscored]) expect(holds(src), `${p.name}: ${src}`).toBe(true);
      expect(p.pageFlag, p.name).toBe(p.kind === 'image' || (p.kind === 'label' && !p.textDisclosure));
      if (p.kind === 'near-miss') expect([p.pageFlag, p.aiImages.length, p.textDisclosure], p.name).toEqual([false, 0, false]);
      expect(p.html, p.name).toContain(p.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
  });

  it('scope by structure: a gallery intro covers the gallery, not the real lead photo above it', () => {
    const gallery = pages.find((p) => p.layout === 'gallery')!;
    const { document } = parseHTML(gallery.html);
    const inGallery = [...document.querySelectorAll('.gallery img')].map((el) => new URL(el.getAttribute('src')!, gallery.url).href);
    expect(gallery.aiImages).toEqual(inGallery);
    expect(document.querySelectorAll('article img:not(.author-avatar)').length).toBe(inGallery.length + 1);
  });
});
