/**
 * The fixtures follow one convention (tests/fixtures/README.md): a folder per domain, holding
 * pages/<case>.html and one expected.json keyed by case name, keys sorted, one entry per page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseNames, domainDir, expectations, fixtureDomains, type MetadataCase } from '../../tools/fixtures/loader';

const domains = fixtureDomains();

it('finds the fixture domains', () => {
  expect(domains).toEqual(['ai', 'browser', 'grounding', 'metadata', 'text']);
});

describe.each(domains)('tests/fixtures/%s/', (domain) => {
  const keys = Object.keys(expectations(domain));

  it('holds pages/ and expected.json, and pages/ only .html pages', () => {
    expect(readdirSync(domainDir(domain)).sort()).toEqual(['expected.json', 'pages']);
    const files = readdirSync(join(domainDir(domain), 'pages'));
    expect(files.filter((f) => !f.endsWith('.html'))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });

  it('expected.json has its keys sorted, in 2-space JSON with a trailing newline', () => {
    expect(keys).toEqual([...keys].sort());
    const text = readFileSync(join(domainDir(domain), 'expected.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('every key has a page, and every page a key', () => {
    const pages = caseNames(domain);
    expect(keys.filter((k) => !pages.includes(k)), 'keys without a page').toEqual([]);
    expect(pages.filter((p) => !keys.includes(p)), 'pages without a key').toEqual([]);
  });

  it('names its cases in lower-case words joined by hyphens', () => {
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has no draft left unchecked (a note still saying TODO)', () => {
    const drafts = Object.entries(expectations<{ note?: unknown }>(domain)).filter(([, e]) => typeof e.note === 'string' && /^TODO\b/.test(e.note));
    expect(drafts.map(([k]) => k)).toEqual([]);
  });
});

it('every metadata entry says what it is about, where and when it is read, and what it must give', () => {
  for (const [name, c] of Object.entries(expectations<MetadataCase>('metadata'))) {
    expect(Object.keys(c).sort(), name).toEqual(['expect', 'note', 'now', 'url']);
    expect(c.note, name).toMatch(/\S/);
    expect(new URL(c.url).protocol, name).toMatch(/^https?:$/);
    expect(Number.isNaN(new Date(c.now).getTime()), name).toBe(false);
    expect(typeof c.expect === 'object' && c.expect !== null && !Array.isArray(c.expect), name).toBe(true);
    expect(Object.keys(c.expect).length, name).toBeGreaterThan(0);
    expect(emptyObjects(c.expect), `${name}: an empty object asserts nothing (toMatchObject lets even null match {})`).toEqual([]);
  }
});

/** Paths of the empty objects in `value`. */
function emptyObjects(value: unknown, path = 'expect'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  if (!Array.isArray(value) && entries.length === 0) return [path];
  return entries.flatMap(([k, v]) => emptyObjects(v, `${path}.${k}`));
}
