/**
 * Wire services whose dateline opens a story ("MOSCOW (AP) — "), for src/summary/summarize.ts.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; literal names, matched
 * case-sensitively between brackets.
 */
import type { Table } from '../../phrases';

export const WIRE_SERVICES: Table = [
  'AFP',
  'ANI',
  'ANSA',
  'AP',
  'Bloomberg',
  'CNN',
  'EFE',
  'IANS',
  'PTI',
  'Reuters',
  'UPI',
  'Xinhua',
  'dpa',
];
