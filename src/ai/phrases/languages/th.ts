/**
 * Thai wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['ปัญญาประดิษฐ์', 'เอไอ'],
};

export const wordings: Wordings = {
  about: ['ข้อความแสดงแทน', 'คำอธิบาย', 'สรุป'],
  above: ['ข้างบน', 'ด้านบน'],
  allAnywhere: ['ทั้งหมด', 'บาง'],
  document: ['ข่าว', 'บทความ', 'แกลเลอรี'],
  following: ['ด้านล่าง', 'ต่อไปนี้'],
  gallery: ['แกลเลอรี'],
  image: ['ภาพ', 'รูป', 'โปสเตอร์'],
  like: ['ราวกับ', 'เหมือน'],
  // "ใช้ AI ทำโปสเตอร์": ทำ (do, make) only right after the AI term, and not ทำงาน (work).
  made: [/(?<=(?:AI|เอไอ)\s?)ทำ(?!งาน)/, 'จินตนาการ', 'ผลิต', 'สร้าง'],
  news: ['ขอโทษ', 'ข่าวลือ', 'บิดเบือน', 'ปลอม', 'หลอกลวง', 'อ้าง', 'เท็จ', 'ไวรัล'],
  notAnywhere: ['ไม่'],
  thisAnywhere: ['นี้'],
  via: ['จาก', 'ด้วย', 'โดย'],
  written: ['เขียน', 'แปล'],
};
