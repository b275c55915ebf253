/**
 * The grounding check on hand-written news pages (tests/fixtures/grounding/): each page goes through
 * the whole core (so the paragraphs are the Analysis `text`'s), then each bullet of expected.json —
 * faithful ones, and ones with a swapped number, an invented name or quotation, a negation added or
 * taken away — must be flagged for exactly what it lists, and linked to its paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analysisParagraphs, analyzeDocument, groundSummary, withEngineSummary } from '../../../src/index';
import { caseNames, expectations, readFixture } from '../../../tools/fixtures/loader';

interface Case {
  note: string;
  bullets: Array<{ text: string; unsupported: string[]; source: number | null }>;
}

const analyze = (name: string) =>
  analyzeDocument(parseHTML(readFixture('grounding', name)).document, { url: `https://example.test/news/${name}.html`, now: new Date('2026-12-01T12:00:00Z') });

describe('groundSummary on the fixture pages', () => {
  const cases = expectations<Case>('grounding');
  it('has a case per page', () => expect(Object.keys(cases)).toEqual(caseNames('grounding')));

  for (const name of caseNames('grounding')) {
    describe(name, () => {
      const a = analyze(name);
      const bullets = cases[name]!.bullets;
      const g = groundSummary(bullets.map((b) => b.text), analysisParagraphs(a), { lang: a.lang });
      bullets.forEach((b, i) => {
        it(b.text, () => {
          expect(g[i]!.unsupported).toEqual(b.unsupported);
          expect(g[i]!.supported).toBe(b.unsupported.length === 0);
          expect(g[i]!.source).toBe(b.source);
        });
      });
    });
  }
});

describe('the Analysis', () => {
  it('says the built-in engine wrote the summary, every sentence supported and linked to its paragraph', () => {
    const a = analyze('en-harbour');
    expect(a.engine).toEqual({ id: 'builtin', model: null, endpoint: null });
    expect(a.grounding).toHaveLength(a.summary.length);
    a.grounding.forEach((g, i) => expect(g).toEqual({ supported: true, unsupported: [], source: a.summaryParagraphs[i] }));
  });

  it("checks a model's bullets and links them, the built-in ones replaced", () => {
    const a = analyze('en-harbour');
    const b = withEngineSummary(a, ['  The plan calls for five new cranes.  ', '', 'About 1,200 workers will be employed at the peak.'], {
      id: 'openai',
      model: 'llama3.2',
      endpoint: 'http://localhost:11434/v1',
    });
    expect(b.summary).toEqual(['The plan calls for five new cranes.', 'About 1,200 workers will be employed at the peak.']);
    expect(b.engine).toEqual({ id: 'openai', model: 'llama3.2', endpoint: 'http://localhost:11434/v1' });
    expect(b.grounding).toEqual([
      { supported: false, unsupported: ['five'], source: 1 },
      { supported: true, unsupported: [], source: 4 },
    ]);
    expect(b.summaryParagraphs).toEqual([1, 4]);
    // The article itself is untouched.
    expect(b.text).toBe(a.text);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});
