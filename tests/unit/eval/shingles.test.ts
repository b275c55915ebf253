import { describe, expect, it } from 'vitest';
import { shinglePR, shingles } from '../../../eval/lib/shingles';

const body =
  'The council approved the budget on Tuesday after a long debate. Spending on schools rises by four percent, and the library reopens in May.';

describe('extraction metric (4-token shingles)', () => {
  it('scores the article body against itself as perfect', () => {
    expect(shinglePR(body, body)).toEqual({ p: 1, r: 1 });
  });

  it('loses precision, not recall, when furniture is added', () => {
    const { p, r } = shinglePR(`${body} Sign up for our newsletter to get the news in your inbox every day.`, body);
    expect(r).toBe(1);
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(0.75);
  });

  it('loses recall, not precision, when a paragraph is dropped', () => {
    const { p, r } = shinglePR('The council approved the budget on Tuesday after a long debate.', body);
    expect(p).toBe(1);
    expect(r).toBeLessThan(0.5);
  });

  it('keeps case and reads letters of any script as word characters', () => {
    expect(shinglePR(body.toUpperCase(), body).p).toBe(0);
    expect([...shingles('Les députés ont adopté le projet').keys()][0]).toBe('Les députés ont adopté');
  });

  it('counts repeated shingles as often as they occur on both sides', () => {
    const twice = `${body} ${body}`;
    expect(shinglePR(twice, body).p).toBeCloseTo(0.5, 1);
    expect(shinglePR(twice, body).r).toBe(1);
  });
});
