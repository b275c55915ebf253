/** The AI-disclosure fixture pages and their expectations (tests/fixtures/ai/expected.json), read
 *  through the shared loader (tests/unit/fixtures.ts). */
import { domainDir, expectations, readFixture } from '../fixtures';

export const FIXTURES = domainDir('ai');

export interface Expectation {
  lang: string;
  pageFlag: boolean;
  /** Image srcs (as written in the page) that are disclosed as AI-generated. */
  aiImages: string[];
  textDisclosure?: boolean;
  /** What the case is about, when its name does not say. */
  note?: string;
}

export const fixtureUrl = (name: string): string => `https://example.test/news/${name}.html`;

export const loadExpectations = (): Record<string, Expectation> => expectations<Expectation>('ai');

export const readPage = (name: string): string => readFixture('ai', name);
