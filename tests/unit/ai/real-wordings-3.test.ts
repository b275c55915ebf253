/**
 * Kinds of real-world wordings the dev set's third gathering (non-European languages, issue #15)
 * showed: a label quoted inside a sentence is mentioned, not used; a likeness ("as if made by AI") is
 * a hedge, not a disclosure. Each near miss comes with the disclosure in the same words that must
 * still be read (eval/ai-devset/wordings.3-non-european.json holds the verbatim ones with sources).
 */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/ai/language';

/** Under an image (a caption, alt text, a badge). */
const caption = (s: string): ReturnType<typeof classifySentence> => classifySentence(s, true);
/** Standing apart in the article's body or in a closing note. */
const apart = (s: string): ReturnType<typeof classifySentence> => classifySentence(s, false);

describe('a label in quotation marks, inside a sentence, is mentioned', () => {
  it('zh: the platform\'s small note “AI生成” quoted in a report', () => {
    expect(apart('尽管大部分图片下方都有小字提示为“AI生成”,但仍有不少网友信以为真。')).toBeNull();
    expect(caption('尽管大部分图片下方都有小字提示为“AI生成”,但仍有不少网友信以为真。')).toBeNull();
    // The label itself, quoted or not, under its image.
    expect(caption('“AI生成”')).toBe('self');
    expect(caption('图片由AI生成')).toBe('self');
  });

  it('tr, ja: phrases such as “AI tarafından üretildi”, a label named 「AIで作成」', () => {
    expect(apart('Yalnızca “AI tarafından üretildi” gibi ifadeler, insan katkısını görünmez kılma riski taşır.')).toBeNull();
    expect(caption('Yalnızca “AI tarafından üretildi” gibi ifadeler, insan katkısını görünmez kılma riski taşır.')).toBeNull();
    expect(apart('投稿する際、シェアをする直前の画面に「AIで作成」のラベルを付けるボタンが追加されました。')).toBeNull();
    expect(caption('Görsel AI tarafından üretildi')).toBe('self');
  });

  it("a generator's quoted name stays its credit, and a short caption that is mostly its quote stays a label", () => {
    expect(caption('Иллюстрация: редакция и нейросеть «Кандинский 3.1»')).toBe('self');
    expect(caption('Etiket: “AI ile oluşturuldu”')).toBe('self');
  });
});

describe('a likeness is a hedge, not a disclosure', () => {
  it('vi: photos so fine they look AI-made ("như do trí tuệ nhân tạo tạo ra")', () => {
    expect(caption('Ngắm những bức ảnh đẹp đến mức như do trí tuệ nhân tạo tạo ra')).toBeNull();
    expect(caption('Bức ảnh do trí tuệ nhân tạo tạo ra')).toBe('self');
    // "cũng như" (as well as) is no likeness.
    expect(caption('Ảnh cũng như video do AI tạo ra')).toBe('self');
  });

  it('zh, th, ar: the likeness before the AI phrase', () => {
    expect(caption('这张照片仿佛由AI生成')).toBeNull();
    expect(caption('ภาพนี้เหมือนสร้างด้วย AI')).toBeNull();
    expect(caption('صورة تبدو وكأنها مولدة بالذكاء الاصطناعي')).toBeNull();
    expect(caption('صورة مولدة بالذكاء الاصطناعي')).toBe('self');
  });

  it('ko, ja, tr, hi: the likeness after it', () => {
    expect(caption('AI가 만든 것 같은 사진')).toBeNull();
    expect(caption('AI가 만든 사진')).toBe('self');
    expect(caption('AIで生成したような写真')).toBeNull();
    expect(caption('Görsel yapay zeka ile üretilmiş gibi')).toBeNull();
    expect(caption('Görsel yapay zeka ile üretilmiştir')).toBe('self');
    expect(caption('यह तस्वीर एआई से बनी जैसी लगती है')).toBeNull();
  });
});

describe("generators named in the caption's own script", () => {
  it('ar, he, hi, th, zh: Midjourney, ChatGPT, 文心一格 written in the script of the caption', () => {
    expect(caption('صورة مولّدة بواسطة ميدجورني')).toBe('self');
    expect(caption('תמונה: מידג׳רני')).toBe('self');
    expect(caption('मिडजर्नी द्वारा बनाई गई तस्वीर')).toBe('self');
    expect(caption('ภาพสร้างโดย มิดเจอร์นีย์')).toBe('self');
    expect(caption('图片由文心一格生成')).toBe('self');
    expect(caption('图片并非由文心一格生成')).toBeNull();
  });

  it('hi: the feminine and plural participles "बनी", "बने" (made) as well as "बना"', () => {
    expect(caption('AI से बनी तस्वीर')).toBe('self');
    expect(caption('यह तस्वीर एआई से नहीं बनी है')).toBeNull();
    expect(caption('एआई से बनी फर्जी तस्वीर वायरल')).toBeNull();
  });
});
