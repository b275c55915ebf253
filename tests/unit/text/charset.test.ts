import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml, prescanCharset } from '../../../src/text/charset';

/** ASCII markup with raw bytes spliced in: bytes(`<p>`, [0xe9], `</p>`). */
function bytes(...parts: Array<string | number[]>): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (const c of p) out.push(c.charCodeAt(0));
    else out.push(...p);
  }
  return Uint8Array.from(out);
}

// "Привет" in windows-1251 and in KOI8-R, "日本" in Shift_JIS and in GBK ("中文"), "café" in windows-1252.
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const PRIVET_KOI8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];
const NIHON_SJIS = [0x93, 0xfa, 0x96, 0x7b];
const ZHONGWEN_GBK = [0xd6, 0xd0, 0xce, 0xc4];

describe('decodeHtml', () => {
  it('reads <meta charset> in the first 1024 bytes', () => {
    const r = decodeHtml(bytes('<html><head><meta charset="windows-1251"><title>', PRIVET_1251, '</title>'));
    expect(r).toMatchObject({ encoding: 'windows-1251', source: 'meta' });
    expect(r.text).toContain('<title>Привет</title>');
  });

  it('reads the http-equiv form, unquoted and in any case', () => {
    const r = decodeHtml(bytes('<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=Shift_JIS"><p>', NIHON_SJIS, '</p>'));
    expect(r.encoding).toBe('shift_jis');
    expect(r.text).toContain('<p>日本</p>');
    expect(decodeHtml(bytes("<meta content='text/html;charset=koi8-r' http-equiv='content-type'>", PRIVET_KOI8)).text).toContain('Привет');
  });

  it('maps legacy labels as browsers do (gb2312 → gbk, latin1 → windows-1252)', () => {
    expect(decodeHtml(bytes('<meta charset=gb2312><p>', ZHONGWEN_GBK)).text).toContain('中文');
    const r = decodeHtml(bytes('<meta charset="ISO-8859-1"><p>caf', [0xe9], ' ', [0x93], 'q', [0x94]));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('café “q”'); // 0x93/0x94 are curly quotes in windows-1252, controls in true Latin-1
  });

  it('puts a byte order mark first, then the transport charset, then the page', () => {
    const page = bytes('<meta charset="windows-1251"><p>', PRIVET_1251);
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1251"><p>Hi')).source).toBe('bom');
    expect(decodeHtml(bytes('<meta charset="windows-1251"><p>Hi')).encoding).toBe('windows-1251');
    expect(decodeHtml(page, 'text/html; charset=koi8-r')).toMatchObject({ encoding: 'koi8-r', source: 'transport' });
    expect(decodeHtml(page, 'text/html')).toMatchObject({ encoding: 'windows-1251', source: 'meta' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = [0xff, 0xfe, ...[...'<p>Ж'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeHtml(Uint8Array.from(le))).toMatchObject({ text: '<p>Ж', encoding: 'utf-16le' });
  });

  it('reads valid non-ASCII UTF-8 as UTF-8 whatever the labels say (a converted page, a wrong server default)', () => {
    const converted = new TextEncoder().encode('<meta charset="gb2312"><title>腾讯新闻</title>');
    expect(decodeHtml(converted)).toMatchObject({ encoding: 'utf-8', source: 'utf-8-valid', text: '<meta charset="gb2312"><title>腾讯新闻</title>' });
    expect(decodeHtml(new TextEncoder().encode('<p>Zürich'), 'text/html; charset=ISO-8859-1').text).toBe('<p>Zürich');
  });

  it('reads a meta "utf-16" label on ASCII-readable bytes as UTF-8', () => {
    const utf8 = new TextEncoder().encode('<meta charset="utf-16"><p>Ünïcödé');
    expect(decodeHtml(utf8)).toMatchObject({ encoding: 'utf-8', text: '<meta charset="utf-16"><p>Ünïcödé' });
  });

  it('without a label: UTF-8 when the bytes are valid UTF-8, else windows-1252', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>naïve — “quoted”'))).toMatchObject({ source: 'utf-8-valid', text: '<p>naïve — “quoted”' });
    expect(decodeHtml(bytes('<p>caf', [0xe9]))).toMatchObject({ source: 'default', encoding: 'windows-1252', text: '<p>café' });
  });

  it('skips an unknown label and a declaration hidden in a comment or past 1024 bytes', () => {
    const utf8 = new TextEncoder().encode('<meta charset="klingon"><p>é');
    expect(decodeHtml(utf8)).toMatchObject({ source: 'utf-8-valid', text: '<meta charset="klingon"><p>é' });
    expect(prescanCharset(bytes('<!-- <meta charset="koi8-r"> --><p>x'))).toBeNull();
    expect(prescanCharset(bytes(' '.repeat(1024), '<meta charset="koi8-r">'))).toBeNull();
    expect(prescanCharset(bytes('<?xml version="1.0" encoding="ISO-8859-2"?><html>'))).toBe('ISO-8859-2');
  });

  it('does not take a charset from a meta that only mentions one in another attribute', () => {
    expect(prescanCharset(bytes('<meta name="description" content="charset=koi8-r tips">'))).toBeNull();
    expect(prescanCharset(bytes('<meta data-charset="koi8-r"><meta charset=utf-8>'))).toBe('utf-8');
  });
});

describe('charsetOf', () => {
  it('takes the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetOf('text/html;charset="Shift_JIS"; foo=bar')).toBe('Shift_JIS');
    expect(charsetOf('text/html')).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
});
