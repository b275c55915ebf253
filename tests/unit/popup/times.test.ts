/** Where a time was read, in the popup's words (popup/times.ts over the core's explainSignal). */
import { describe, expect, it } from 'vitest';
import { signalWords } from '../../../popup/times';

describe('signalWords', () => {
  it('names each kind of place in plain words, never the internal signal', () => {
    expect(signalWords('json-ld:datePublished')).toBe('the page’s structured data');
    expect(signalWords('itemprop:datePublished')).toBe('the page’s structured data');
    expect(signalWords('meta:article:published_time')).toBe('the page’s metadata tags');
    expect(signalWords('url')).toBe('the page’s address');
    expect(signalWords('time')).toBe('a date marked up in the page’s code');
  });

  it('quotes the label of the line a time was read from, as the page wrote it', () => {
    expect(signalWords('text:Updated')).toBe('the line “Updated: …”');
    expect(signalWords('text:Aktualisiert am')).toBe('the line “Aktualisiert am: …”');
  });
});

describe('a time’s details', () => {
  it('say in words what had to be assumed, never the core’s note', async () => {
    const { formatTimeLines } = await import('../../../popup/times');
    const published = { iso: '2025-04-05', signal: 'text:Published', zone: null, timeZone: null, precision: 'day' as const, hasOffset: false, note: 'day/month order' };
    const lines = formatTimeLines({ times: { published, modified: null } } as never, { now: new Date('2025-05-01T00:00:00Z'), locale: 'en-GB', timeZone: 'Europe/London' });
    expect(lines[0]!.details.join(' ')).toContain('did not say whether the day or the month comes first');
    expect(lines[0]!.details.join(' ')).not.toContain('day/month order');
  });
});
