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
  about: ['deskripsi', 'ringkasan'],
  above: ['di atas'],
  all: ['beberapa', 'semua'],
  contrast: ['melainkan', 'namun', 'tetapi'],
  document: ['artikel', 'berita', 'galer', 'halaman', 'tulisan'],
  // The demonstrative follows the noun: "artikel ini".
  documentThis: ['artikel ini', 'berita ini', 'galeri ini', 'halaman ini', 'tulisan ini'],
  following: ['berikut', 'di bawah'],
  gallery: ['galeri'],
  image: ['citra', 'foto', 'gambar', 'grafis', 'ilustrasi'],
  like: ['mirip', 'seakan', 'seolah'],
  made: ['buatan', 'dibayangkan', 'dibuat', 'diciptakan', 'dihasilkan', 'rekayasa'],
  news: [
    'beredar',
    'dibagikan',
    'hoaks',
    'klaim',
    'mengaku',
    'menurut',
    'menyesat',
    'minta maaf',
    'palsu',
    'ternyata',
    'viral',
  ],
  not: ['belum', 'bukan', 'tanpa', 'tidak'],
  via: ['dengan'],
  which: ['yang'],
  written: ['ditulis', 'terjemah'],
};
