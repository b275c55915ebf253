/**
 * Korean wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['인공지능'],
};

export const wordings: Wordings = {
  about: ['대체 텍스트', '설명', '요약'],
  // "위 사진은 …", "위의 두 이미지도 …" (not the "위" of a rank, "1위").
  above: [/(?<![0-9가-힣])위의?\s/],
  allAnywhere: ['모든', '일부'],
  document: ['글', '기사'],
  following: ['다음', '아래'],
  gallery: ['갤러리'],
  image: ['그래픽', '그림', '사진', '삽화', '이미지', '일러스트', '포스터'],
  labels: ['AI 정보'],
  lead: ['대표 이미지', '대표이미지', '썸네일'],
  likeAfter: ['같아', '같은', '처럼'],
  // ("DALL-E에 … 입력하여 얻을 수 있는 이미지": what a generator gave for a prompt put into it.)
  // (And a generator's "output": "DALL-E 2의 결과물입니다".)
  made: ['결과물', '그린', '만든', '만들어', '상상', '생성', '입력하여', '제작', '합성'],
  news: ['가짜', '공유', '딥페이크', '따르면', '사과', '유포', '인정', '조작', '팩트', '허위', '확산', '확인했'],
  // Negation follows the verb.
  notAfter: ['아니', '아닙', '않'],
  presuppose: ['알고 계셨', '알고 있었', '어떻게 생각'],
  thisAnywhere: ['본', '이'],
  via: ['로'],
  written: ['번역', '작성'],
};
