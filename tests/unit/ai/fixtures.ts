/** The AI-disclosure fixture pages and their expectations (tests/fixtures/ai/expected.json). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ai');

export interface Expectation {
  lang: string;
  pageFlag: boolean;
  /** Image srcs (as written in the page) that are disclosed as AI-generated. */
  aiImages: string[];
  textDisclosure?: boolean;
}

export const fixtureUrl = (name: string): string => `https://example.test/news/${name}.html`;

export function loadExpectations(): Record<string, Expectation> {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Expectation>;
}

export const readPage = (name: string): string => readFileSync(join(FIXTURES, 'pages', `${name}.html`), 'utf8');
