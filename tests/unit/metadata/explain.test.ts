import { describe, expect, it } from 'vitest';
import { explainSignal } from '../../../src/metadata/explain';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/index';
import { expectations, readFixture, type MetadataCase } from '../../../tools/fixtures/loader';

describe('explainSignal', () => {
  it.each([
    ['json-ld:datePublished', 'json-ld', 'datePublished', "from the page's structured data (datePublished)"],
    ['meta:article:modified_time', 'meta', 'article:modified_time', "from the page's meta tags (article:modified_time)"],
    ['itemprop:dateModified', 'microdata', 'dateModified', "from the page's microdata (dateModified)"],
    ['time[datetime]', 'time-element', null, 'from the <time> element'],
    ['text:Updated', 'text-label', 'Updated', "from the line 'Updated: …'"],
    ['text:Stand', 'text-label', 'Stand', "from the line 'Stand: …'"],
    ['text:date', 'text', null, 'from a date printed with the story'],
    ['url', 'url', null, "from the date in the page's address"],
    ['something-new', 'unknown', 'something-new', 'from the page'],
  ])('%s → %s', (signal, key, detail, text) => {
    expect(explainSignal(signal)).toEqual({ key, detail, text });
  });

  it('cuts a long label at a code point, never inside a surrogate pair', () => {
    const label = 'a'.repeat(39) + '😀😀';
    const e = explainSignal(`text:${label}`);
    expect(e.detail).toBe('a'.repeat(39) + '😀…');
    expect(e.text).not.toMatch(/\p{Cs}/u);
  });

  it('explains every signal the fixture pages give, in words that name no internal label', () => {
    let seen = 0;
    const kinds = new Set<string>();
    for (const [name, c] of Object.entries(expectations<MetadataCase>('metadata'))) {
      const a = analyzeDocument(parseDocument(readFixture('metadata', name)), { url: c.url, now: new Date(c.now) });
      for (const t of [a.times.published, a.times.modified]) {
        if (!t) continue;
        seen++;
        const e = explainSignal(t.signal);
        kinds.add(e.key);
        expect(e.key, t.signal).not.toBe('unknown');
        expect(e.text).toMatch(/^from /);
        expect(e.text).not.toContain('json-ld:');
      }
    }
    expect(seen).toBeGreaterThan(20);
    // Every kind the fixtures hold (JSON-LD, meta, microdata, <time>, labelled lines, the URL).
    expect([...kinds].sort()).toEqual(['json-ld', 'meta', 'microdata', 'text', 'text-label', 'time-element', 'url']);
    // (Every fixture page analysed whole: seconds on a loaded machine.)
  }, 60_000);
});
