/**
 * The one loader of the fixture pages and their expectations (tests/fixtures/README.md). Each domain
 * is a folder tests/fixtures/<domain>/ with its pages in pages/<case>.html and one expected.json,
 * an object keyed by case name (keys sorted) whose values say what the page must give.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Folders of tests/fixtures/ that follow the convention. `pages/` (the real-browser tests' pages,
 *  served by tests/e2e/support/server.ts) is not a domain: it is to be renamed, not converted. */
const NOT_DOMAINS = new Set(['pages']);

/** The domains: every folder of tests/fixtures/ but `pages/`, sorted. */
export function fixtureDomains(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => !NOT_DOMAINS.has(f) && statSync(join(FIXTURES, f)).isDirectory())
    .sort();
}

export const domainDir = (domain: string): string => join(FIXTURES, domain);

/** Path of a case's page: tests/fixtures/<domain>/pages/<name>.html. */
export const fixturePath = (domain: string, name: string): string => join(FIXTURES, domain, 'pages', `${name}.html`);

/** A case's page, as text. */
export const readFixture = (domain: string, name: string): string => readFileSync(fixturePath(domain, name), 'utf8');

/** The case names of a domain (its pages without `.html`), sorted. */
export function caseNames(domain: string): string[] {
  const dir = join(FIXTURES, domain, 'pages');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => f.slice(0, -'.html'.length))
        .sort()
    : [];
}

/** A domain's expected.json: case name → expectation, in the file's (sorted) order. */
export function expectations<T = unknown>(domain: string): Record<string, T> {
  return JSON.parse(readFileSync(join(FIXTURES, domain, 'expected.json'), 'utf8')) as Record<string, T>;
}

/** An entry of tests/fixtures/metadata/expected.json. */
export interface MetadataCase {
  /** What the case is about. */
  note: string;
  /** The page's URL (its domain, path and TLD are evidence). */
  url: string;
  /** The reference "now" (ISO 8601), for relative and future times. */
  now: string;
  /** A partial PageMetadata the page's metadata must match (toMatchObject: objects partially,
   *  arrays and values exactly, null as null). */
  expect: Record<string, unknown>;
}
