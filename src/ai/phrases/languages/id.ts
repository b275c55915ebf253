/**
 * Indonesian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['kecerdasan buatan'],
};

export const wordings: Wordings = {
  above: ['di atas'],
  all: ['beberapa', 'semua'],
  document: ['artikel', 'berita', 'galer', 'halaman', 'tulisan'],
  // The demonstrative follows the noun: "artikel ini".
  documentThis: ['artikel ini', 'berita ini', 'galeri ini', 'halaman ini', 'tulisan ini'],
  following: ['berikut', 'di bawah'],
  image: ['foto', 'gambar'],
  made: ['buatan', 'dibuat', 'dihasilkan'],
  news: ['beredar', 'hoaks', 'klaim', 'menyesat', 'palsu'],
  not: ['belum', 'bukan', 'tanpa', 'tidak'],
  via: ['dengan'],
  written: ['ditulis', 'terjemah'],
};
