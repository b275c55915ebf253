/**
 * The metadata fixture pages (tests/fixtures/metadata/pages/) against their expectations
 * (tests/fixtures/metadata/expected.json): each page's metadata, read at the entry's URL and time,
 * must match the entry's `expect` (toMatchObject: objects partially, arrays and values exactly;
 * `null` means null). What a value cannot say is checked in code below.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { runReadability } from '../../../src/text/collect';
import { extractMetadata } from '../../../tools/core/halves';
import { expectations, readFixture, type MetadataCase } from '../../../tools/fixtures/loader';

const cases = expectations<MetadataCase>('metadata');

function load(name: string) {
  const c = cases[name]!;
  const doc = parseDocument(readFixture('metadata', name));
  return extractMetadata(doc, { url: c.url, now: new Date(c.now), readability: runReadability(doc) });
}

describe('page fixtures', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: ${c.note}`, () => {
      expect(load(name)).toMatchObject(c.expect);
    });
  }
});

describe('page fixtures: what a value cannot say', () => {
  it('seed page: agency credit', () => {
    expect(load('seed-devdiscourse').credit).toContain('With inputs from agencies');
  });

  it('byline with an agency: agency and reporting lines as credit', () => {
    const m = load('byline-agency');
    expect(m.credit).toContain('Reuters');
    expect(m.credit).toContain('Additional reporting by Max Mustermann');
  });

  it('decides day/month order from another date on the page, so it notes no assumption', () => {
    expect(load('order-from-other-dates').times.published?.note).toBeUndefined();
  });
});
