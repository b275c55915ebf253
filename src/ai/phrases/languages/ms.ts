/**
 * Malay wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['kecerdasan buatan'],
};

export const wordings: Wordings = {
  about: ['penerangan', 'ringkasan'],
  above: [/\batas\b/],
  all: ['beberapa', 'semua', 'sesetengah'],
  contrast: ['melainkan', 'namun', 'tetapi'],
  document: ['artikel', 'berita', 'galeri', 'halaman', 'kandungan'],
  following: [/\bbawah\b/, 'berikut'],
  gallery: ['galeri'],
  image: ['foto', 'gambar', 'grafik', 'ilustrasi', 'imej'],
  like: ['seakan', 'seolah'],
  made: ['cipta', 'dibayangkan', 'dibuat', 'dihasil', 'dijana', 'hasilan', 'janaan'],
  news: ['dakwa', 'fenomena', 'fitnah', 'manipul', 'memohon maaf', 'mengeliru', 'palsu', 'tular', 'viral'],
  not: ['bukan', 'tanpa', 'tiada', 'tidak'],
  this: ['ini'],
  via: ['dengan', 'menggunakan', 'oleh'],
  which: ['yang'],
  written: ['diterjemah', 'ditulis', 'terjemahan'],
};
