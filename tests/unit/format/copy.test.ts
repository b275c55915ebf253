import { describe, expect, it } from 'vitest';
import { briefAsMarkdown, briefAsText } from '../../../src/format/copy';

const brief = {
  title: 'Bridge opens in [June]',
  url: 'https://example.com/news/bridge',
  source: { siteName: 'Example News', publisher: null, domain: 'example.com', canonicalUrl: null, faviconUrl: null },
  published: '2025-04-28T09:57:00+05:30',
  modified: null,
  summary: ['The bridge opens in June.', 'Steel shortages caused *the* delay.'],
};

describe('copy formats', () => {
  it('Markdown: title, source and times, bullets, link; page text cannot inject formatting', () => {
    expect(briefAsMarkdown(brief)).toBe(
      [
        '## Bridge opens in \\[June\\]',
        '',
        '*Example News · Published 2025-04-28T09:57:00+05:30*',
        '',
        '- The bridge opens in June.',
        '- Steel shortages caused \\*the\\* delay.',
        '',
        '<https://example.com/news/bridge>',
      ].join('\n'),
    );
  });

  it('plain text uses the given time line', () => {
    expect(briefAsText(brief, 'Published 28 Apr 2025, 09:57 IST')).toBe(
      ['Bridge opens in [June]', 'Example News · Published 28 Apr 2025, 09:57 IST', '', '• The bridge opens in June.', '• Steel shortages caused *the* delay.', '', 'https://example.com/news/bridge'].join('\n'),
    );
  });

  it('includes the authors, in the reader’s words when given', () => {
    const withAuthors = { ...brief, authors: ['Ann Lee', 'Bo Chen'] };
    expect(briefAsText(withAuthors).split('\n')[1]).toBe('Example News · By Ann Lee, Bo Chen · Published 2025-04-28T09:57:00+05:30');
    expect(briefAsMarkdown(withAuthors, 'Veröffentlicht 28. Apr. 2025', { byline: 'Von Ann Lee, Bo Chen' }).split('\n')[2]).toBe(
      '*Example News · Von Ann Lee, Bo Chen · Veröffentlicht 28. Apr. 2025*',
    );
  });
});
