/**
 * Bengali wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['এআই', 'কৃত্রিম বুদ্ধিমত্তা'],
};

export const wordings: Wordings = {
  about: ['বর্ণনা', 'বিকল্প', 'সারাংশ'],
  above: ['উপরে', 'ওপরে'],
  allAnywhere: ['কিছু', 'সব'],
  document: ['খবর', 'গ্যালারি', 'নিবন্ধ', 'প্রতিবেদন', 'লেখা'],
  following: ['নিচে', 'নিম্নলিখিত', 'নীচে', 'পরবর্তী'],
  gallery: ['গ্যালারি'],
  image: ['গ্রাফিক', 'চিত্র', 'ছবি', 'ফটো'],
  likeAfter: ['মতো', 'মনে হ'],
  made: ['উৎপন্ন', 'কল্পিত', 'গড়ে তোলা', 'জেনারেট', 'তৈরি', 'নির্মিত', 'সৃষ্ট'],
  news: ['ক্ষমা', 'গুজব', 'বিভ্রান্ত', 'ভাইরাল', 'ভুয়া', 'মিথ্যা'],
  notAfter: [/(?:^|\s)(?:নয়|নয়|নি|না)(?:\s|$|।)/],
  thisAnywhere: ['এই'],
  via: ['দিয়ে', 'মাধ্যমে', 'সাহায্যে'],
  written: ['অনুবাদ', 'লিখ', 'লেখা'],
};
