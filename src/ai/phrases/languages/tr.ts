/**
 * Turkish wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['YZ'],
  ai: [/yapay zek[aâ]/],
};

export const wordings: Wordings = {
  above: ['yukarıda'],
  all: ['bazı', 'tüm'],
  document: ['galer', 'haber', 'içerik', 'makale', 'sayfa', 'yazı'],
  following: ['aşağıda'],
  image: ['foto', /g[oö]rsel/, 'resim'],
  made: ['oluştur', 'yapıl', 'üretil'],
  news: ['dolaş', 'ekran', 'iddia', 'sahte', 'tespit', 'yanıltıcı'],
  // Negation follows the verb: "değil", or a suffix ("oluşturulmamış", "yapılmadı").
  notAfter: [/^\S*?m[ae](?:m[ıi]ş|d[ıi]|z)/, 'değil'],
  this: ['bu'],
  via: ['ile'],
  written: ['yazıl', 'çevir'],
};
