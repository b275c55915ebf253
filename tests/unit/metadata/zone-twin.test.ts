import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const page = (ldPublished: string, metaPublished: string, metaModified: string) =>
  parseDocument(`<!doctype html><html lang="pt-BR"><head><title>Tite diz que errou</title>
<meta property="article:published_time" content="${metaPublished}"><meta property="article:modified_time" content="${metaModified}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tite diz que errou","datePublished":"${ldPublished}"}</script>
</head><body><h1>Tite diz que errou</h1><p>Texto.</p></body></html>`);

const times = (doc: Document) => extractMetadata(doc, { url: 'https://www1.folha.uol.com.br/esporte/2018/12/tite.shtml', now: new Date('2025-01-01T00:00:00Z'), readability: null }).times;

describe('a zone-less machine time and its twin with an offset', () => {
  it('gives the page’s other zone-less machine times that offset', () => {
    const t = times(page('2018-12-21T12:55:00Z', '2018-12-21 12:55:00', '2018-12-21 12:56:02'));
    expect(t.published?.iso).toBe('2018-12-21T12:55:00+00:00');
    expect(t.modified?.iso).toBe('2018-12-21T12:56:02+00:00');
    expect(t.modified?.hasOffset).toBe(true);
  });

  it('invents no offset when nothing on the page pairs them', () => {
    const t = times(page('2018-12-21T12:55:00Z', '2018-12-21 10:55:00', '2018-12-21 12:56:02'));
    expect(t.modified?.iso).toBe('2018-12-21T12:56:02');
    expect(t.modified?.hasOffset).toBe(false);
  });
});
