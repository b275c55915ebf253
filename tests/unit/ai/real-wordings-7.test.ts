/**
 * Kinds of real-world wordings the dev set's seventh gathering (Asian, Middle-Eastern and African
 * languages, issue #15) showed: captions of real photos whose subject is AI, glossed ("Artificial
 * Intelligence (AI)") or named as generative AI ("생성형 인공지능", "生成式人工智能"), a generator the
 * tables lacked (Veo), and a headline that exclaims. Each near miss comes with the disclosure in the
 * same words that must still be read (eval/ai-devset/wordings.7-ai10x.json holds the verbatim ones
 * with their sources).
 */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/ai/language';

/** Under an image (a caption, alt text, a badge). */
const caption = (s: string): ReturnType<typeof classifySentence> => classifySentence(s, true);
/** Standing apart in the article's body or in a closing note. */
const apart = (s: string): ReturnType<typeof classifySentence> => classifySentence(s, false);

describe('an AI term glossed by its abbreviation in brackets is a topic, not a label', () => {
  it('id, ms, ko, ar: "… Artificial Intelligence (AI)" under a stock photo', () => {
    expect(caption('Ilustrasi teknologi Artificial Intelligence (AI).')).toBeNull();
    expect(caption('صورة تعبيرية عن الذكاء الاصطناعي (AI)')).toBeNull();
    // The bare abbreviation in brackets after the image noun still labels it.
    expect(caption('Ilustrasi (AI)')).toBe('self');
    expect(caption('صورة تعبيرية (ذكاء اصطناعي)')).toBe('self');
  });
});

describe('"generative" built on the making stem is the AI\'s kind, not what it made', () => {
  it('ko, zh, ja: a training or a conference on generative AI, under its photo', () => {
    expect(caption('▲ 편집국 기자들이 지난 3일 생성형 인공지능(AI) 활용 교육을 받고 있다.')).toBeNull();
    expect(caption('生成式人工智能大会现场')).toBeNull();
    // What the AI made is still read, in the same languages.
    expect(caption('생성형 AI로 만든 이미지')).toBe('self');
    expect(caption('AI 생성 이미지')).toBe('self');
    expect(caption('图片由AI生成')).toBe('self');
  });

  it('fi, et, ms: a participle before the AI term is still "made by AI"', () => {
    expect(caption('Kuva on luotu tekoälyllä')).toBe('self');
    expect(caption('Foto ilustrasi dijana AI')).toBe('self');
  });
});

describe('a generator the tables lacked', () => {
  it('Veo, with its version, credits the still of its video', () => {
    expect(caption('Contoh video yang dihasilkan oleh Google Veo 3')).toBe('self');
    expect(caption('Cuplikan video buatan Veo 2')).toBe('self');
    // The Spanish "veo" (I see) is no generator.
    expect(apart('Veo que la imagen fue publicada ayer en la web del ayuntamiento.')).toBeNull();
  });
});

describe('an exclamation standing apart is a headline, not a note', () => {
  it('ar: a teaser on a viral AI picture', () => {
    expect(apart('صورة مصنوعة بالذكاء الاصطناعي حيّرت الجميع!')).toBeNull();
    // A note pointing at its own pictures may exclaim.
    expect(apart('이 그림들은 DALL-E 2라는 인공지능이 그린 그림입니다!')).toBe('one');
    expect(apart('صورة مصنوعة بالذكاء الاصطناعي.')).toBe('one');
  });
});

describe('a blog that stopped using AI for its images', () => {
  it('ja: "…にAIを使うのをやめた…" in an eyecatch\'s alt text names no AI image', () => {
    expect(caption('サイトの画像にAIを使うのをやめた理由を説明する図')).toBeNull();
    expect(caption('記事の画像にAIを使うのをやめました')).toBeNull();
    // Still read: the image that AI made.
    expect(caption('AIで生成したイメージ画像')).toBe('self');
  });
});

describe('a short note that a generator made the article, its noun the verb\'s object', () => {
  it('ja, ko: the note standing apart is a text notice', () => {
    expect(apart('※この文章はChatGPTを使用して作成しています。')).toBe('text');
    expect(apart('※ChatGPTを使って記事を作成しました。')).toBe('text');
    expect(apart('챗GPT로 기사를 작성했습니다.')).toBe('text');
    // A how-to's title: a noun follows the verb.
    expect(apart('ChatGPTで記事を作成する方法')).toBeNull();
    expect(apart('ChatGPTで記事を作成するコツ5選')).toBeNull();
  });
});

describe('ko: a note on the images above, a generator\'s output', () => {
  it('"위 …" points back, "…의 결과물" is what the generator made', () => {
    expect(apart('위의 두 그림도 DALL-E 2의 결과물입니다.')).toBe('prev');
    expect(apart('위 사진은 AI로 생성한 이미지입니다.')).toBe('prev');
    // A rank's "위" (1위, first place) points nowhere.
    expect(apart('1위 사진은 AI로 생성한 이미지입니다.')).not.toBe('prev');
    // A detector's "result" in a fact-check is a report.
    expect(apart('AI 탐지 도구의 결과물에 따르면 이 사진은 조작됐다.')).toBeNull();
  });
});
