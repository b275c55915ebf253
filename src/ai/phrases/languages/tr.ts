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
  about: ['açıklama', 'özet'],
  above: ['yukarıda'],
  all: ['bazı', 'tüm'],
  contrast: ['ama', 'ancak', 'fakat'],
  document: ['galer', 'haber', 'içerik', 'makale', 'sayfa', 'yazı'],
  following: ['aşağıda'],
  gallery: ['galeri'],
  image: ['foto', /g[oö]rsel/, 'illüstrasyon', 'resim', 'çizim'],
  lead: ['ana görsel', 'kapak fotoğraf', 'kapak görsel', 'manşet görsel'],
  likeAfter: ['gibi'],
  made: ['hayal edil', 'hazırlan', 'oluştur', 'tasarlan', 'yapıl', 'üretil'],
  news: ['dolaş', 'ekran', 'göre', 'iddia', 'paylaş', 'sahte', 'tespit', 'yanıltıcı', 'özür'],
  // Negation follows the verb: "değil", or a suffix ("oluşturulmamış", "yapılmadı").
  notAfter: [/^\S*?m[ae](?:m[ıi]ş|d[ıi]|z)/, 'değil'],
  presuppose: ['biliyor muydunuz', 'fark ettiniz', 'nasıl buldun', 'ne düşünüyorsunuz'],
  subject: ['etiket', 'konu'],
  this: ['bu'],
  via: ['ile'],
  written: ['yazıl', 'çevir', 'çevril'],
};
