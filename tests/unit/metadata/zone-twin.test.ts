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
    const t = times(page('2018-12-21T12:55:00Z', '2018-12-21 10:43:00', '2018-12-21 12:56:02'));
    expect(t.modified?.iso).toBe('2018-12-21T12:56:02');
    expect(t.modified?.hasOffset).toBe(false);
  });
});

describe('a time marked UTC and its twin with a real offset', () => {
  const page = (metaPublished: string, timeDatetime: string) =>
    parseDocument(`<!doctype html><html lang="ja"><head><title>新製品を発表</title>
<meta property="article:published_time" content="${metaPublished}"></head><body><article><h1>新製品を発表</h1>
<div class="p-post-meta"><time class="p-post-AssistTime" datetime="${timeDatetime}">2019.04.19 20:00</time></div><p>本文。</p></article></body></html>`);
  const read = (doc: Document) => extractMetadata(doc, { url: 'https://www.example.jp/2019/04/post.html', now: new Date('2025-01-01T00:00:00Z'), readability: null }).times;

  it('takes the stated offset when the same wall clock is also labelled Z (local time written as UTC)', () => {
    const t = read(page('2019-04-19T20:00:00Z', '2019-04-19T20:00:00+09:00'));
    expect(t.published?.iso).toBe('2019-04-19T20:00:00+09:00');
    expect(t.published?.signal).toBe('meta:article:published_time');
  });

  it('keeps the UTC instant when the other time is another instant, said in the page’s zone', () => {
    const t = read(page('2019-04-19T11:00:00Z', '2019-04-19T21:30:00+09:00'));
    expect(t.published?.iso).toBe('2019-04-19T20:00:00+09:00');
    expect(t.published?.timeZone).toBe('Asia/Tokyo');
  });
});
