/**
 * Finding a bullet's passage on the live page (content-scripts/highlight.ts): the bullet was made
 * from Readability's clone and the cleaner's text, so the page's own text can hold more than it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { findPassage } from '../../../content-scripts/highlight';

const LEAD = 'Fishing villages along the Kerala coast have begun testing a network of solar-powered buoys that send storm warnings to phones.';
const SECOND = 'The pilot covers twelve landing centres between Kollam and Alappuzha, officials said on Wednesday.';

function page(article: string): Document {
  return parseDocument(`<html><body><header><p>The Bharat Ledger</p></header><main><div class="story">${article}</div></main>
<aside><p>Trending: monsoon forecast, cricket scores, fuel prices</p></aside></body></html>`);
}

describe('findPassage', () => {
  it('finds the smallest block that holds the sentence, also from the middle of a paragraph', () => {
    const doc = page(`<p>KOCHI (PTI) — ${LEAD} ${SECOND}</p><p>Another paragraph of the story follows here.</p>`);
    const el = findPassage(doc, LEAD);
    expect(el?.tagName).toBe('P');
    expect(el?.textContent).toContain('KOCHI (PTI)');
    expect(findPassage(doc, SECOND)).toBe(el);
  });

  it('finds a paragraph whose link carries hidden text the bullet does not have', () => {
    const doc = page(
      `<p>${LEAD}</p><p>The company that provides the buoys <a href="/x">said<span class="external-link-icon">Opens a new window </span></a> that the network was built in response to rising demand from fishing cooperatives.</p>`,
    );
    const el = findPassage(doc, 'The company that provides the buoys said that the network was built in response to rising demand from fishing cooperatives.');
    expect(el?.tagName).toBe('P');
    expect(el?.textContent).toContain('Opens a new window');
  });

  it('finds a paragraph whose formula the bullet left out', () => {
    const doc = page(
      `<p>${LEAD}</p><p>Other, equivalent notations in common use are <span class="mwe-math-element">A H = A † = A ∗ {\\displaystyle A^{\\mathsf {H}}=A^{\\dagger }=A^{\\ast }}</span>, although note that in quantum mechanics the star typically means the complex conjugate only.</p>`,
    );
    const el = findPassage(doc, 'Other, equivalent notations in common use are , although note that in quantum mechanics the star typically means the complex conjugate only.');
    expect(el?.textContent).toContain('Other, equivalent notations');
  });

  it('finds nothing for a sentence the page does not hold, even when it shares words with one that is', () => {
    const doc = page(`<p>${LEAD}</p><p>${SECOND}</p>`);
    expect(findPassage(doc, 'Storm warnings along the coast of Tamil Nadu reached fishermen late, the minister admitted to the assembly on Monday.')).toBeNull();
    expect(findPassage(doc, '')).toBeNull();
  });
});
