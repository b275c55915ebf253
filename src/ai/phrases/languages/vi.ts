/**
 * Vietnamese wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['trí tuệ nhân tạo'],
};

export const wordings: Wordings = {
  about: ['mô tả', 'tóm tắt', 'văn bản thay thế'],
  above: ['bên trên', 'phía trên', 'ở trên'],
  allAnywhere: ['một số', 'tất cả'],
  document: ['bài báo', 'bài viết', 'nội dung', 'thư viện ảnh'],
  following: ['bên dưới', 'dưới đây', 'sau đây'],
  gallery: ['thư viện ảnh'],
  image: ['hình ảnh', 'minh hoạ', 'minh họa', /ảnh(?! hưởng)/],
  like: [/(?<!cũng )như/, 'giống'],
  made: [/(?<!đào |sáng |cải |chế )tạo(?: ra)?/, 'sản xuất', 'tưởng tượng'],
  news: ['giả mạo', 'lan truyền', 'lừa đảo', 'mạng xã hội', 'sai sự thật', 'tin giả', 'viral', 'xin lỗi', 'xuyên tạc'],
  not: ['chưa', 'không'],
  this: ['này'],
  via: ['bằng', 'bởi', 'sử dụng', 'với'],
  written: ['biên dịch', /dịch(?! vụ| bệnh)/, 'được viết'],
};
