import { describe, expect, it } from 'vitest';
import type { TimeDetail } from '../../../src/analysis';
import { formatPublished, formatUpdated, showUpdated } from '../../../src/format/time';

const NOW = new Date('2025-04-28T07:27:00Z');
const O = { now: NOW, locale: 'en-GB', readerTimeZone: 'Europe/Berlin' };
const td = (iso: string, zone: string | null = null): TimeDetail => ({ iso, signal: 't', zone, timeZone: null, precision: 'minute', hasOffset: /[+-]\d\d:\d\d$/.test(iso) });

describe('formatPublished', () => {
  it('shows the page wall clock and zone, the age and the reader-local time', () => {
    const f = formatPublished(td('2025-04-28T09:57:00+05:30', 'IST'), O);
    expect(f.text).toBe('Published 28 Apr 2025, 09:57 IST');
    expect(f.relative).toBe(new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto', style: 'short' }).format(-3, 'hour'));
    expect(f.readerLocal).toBe('28 Apr 2025, 06:27 CEST');
  });
  it('names a bare offset when the page gave no zone label', () => {
    expect(formatPublished(td('2025-04-28T04:27:00+00:00'), O).text).toBe('Published 28 Apr 2025, 04:27 GMT');
    expect(formatPublished(td('2025-04-28T09:57:00+05:30'), O).text).toBe('Published 28 Apr 2025, 09:57 GMT+5:30');
  });
  it('does not invent an instant for a zone-less time', () => {
    const f = formatUpdated(td('2025-04-28T09:57:00'), O);
    expect(f).toEqual({ text: 'Updated 28 Apr 2025, 09:57', when: '28 Apr 2025, 09:57', relative: null, readerLocal: null });
  });
  it('formats a day in the reader locale', () => {
    expect(formatPublished({ ...td('2025-04-20'), precision: 'day' }, { ...O, locale: 'de-DE' }).text).toBe('Published 20. Apr. 2025');
  });
});

describe('showUpdated', () => {
  it('hides an update equal to publication, even in another offset', () => {
    expect(showUpdated(td('2025-04-28T09:57:00+05:30'), td('2025-04-28T04:27:00+00:00'))).toBe(false);
    expect(showUpdated(td('2025-04-28T09:57:00+05:30'), td('2025-04-28T11:00:00+05:30'))).toBe(true);
    expect(showUpdated(td('2025-04-28T09:57:00+05:30'), null)).toBe(false);
  });
});
