/**
 * The disclosure grammar, language by language: for each of the 41 languages, a caption that
 * discloses an AI image (under the image: scope 'self'), and a near miss in the same words that
 * does not (news about AI images, a negation, reported speech, an AI-made description).
 */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/ai/language';
import { WORDINGS } from '../../../src/ai/phrases/languages';

/** Language → [a caption that discloses, a near miss under an image]. */
const CASES: Record<string, [string, string]> = {
  ar: ['صورة مولدة بالذكاء الاصطناعي', 'صورة مزيفة مولدة بالذكاء الاصطناعي انتشرت على مواقع التواصل'],
  bg: ['Изображението е създадено с изкуствен интелект', 'Снимката не е създадена с изкуствен интелект'],
  bn: ['ছবিটি এআই দিয়ে তৈরি', 'এআই দিয়ে তৈরি ভুয়া ছবি ভাইরাল'],
  cs: ['Obrázek byl vygenerován umělou inteligencí', 'Snímek nebyl vytvořen umělou inteligencí'],
  da: ['Billedet er genereret med kunstig intelligens', 'Billedet er ikke lavet med kunstig intelligens'],
  de: ['Symbolbild: mit KI erstellt', 'Das Bild wurde nicht mit KI erstellt'],
  el: ['Η εικόνα δημιουργήθηκε με τεχνητή νοημοσύνη', 'Η φωτογραφία δεν δημιουργήθηκε με τεχνητή νοημοσύνη'],
  en: ['Imagined with AI', 'The newspaper apologised for publishing an AI-generated image'],
  es: ['Recreación generada con IA', 'La imagen no fue creada con IA'],
  et: ['Pilt on loodud tehisintellekti abil', 'Pilt ei ole loodud tehisintellekti abil'],
  fa: ['این تصویر با هوش مصنوعی ساخته شده است', 'این تصویر با هوش مصنوعی ساخته نشده است'],
  fi: ['Kuva on luotu tekoälyllä', 'Kuvaa ei ole luotu tekoälyllä'],
  fr: ['Image générée par IA', "L'image n'a pas été générée par IA"],
  he: ['התמונה נוצרה באמצעות בינה מלאכותית', 'התמונה לא נוצרה באמצעות בינה מלאכותית'],
  hi: ['यह तस्वीर एआई से बनाई गई है', 'यह तस्वीर एआई से नहीं बनाई गई है'],
  hr: ['Slika je izrađena umjetnom inteligencijom', 'Fotografija nije izrađena umjetnom inteligencijom'],
  hu: ['A kép mesterséges intelligenciával készült', 'A kép nem mesterséges intelligenciával készült'],
  id: ['Gambar dihasilkan oleh AI', 'Foto hoaks buatan AI beredar di media sosial'],
  it: ['Immagine realizzata con intelligenza artificiale', "L'immagine non è stata realizzata con l'intelligenza artificiale"],
  ja: ['画像は生成AIで作成しました', 'この写真はAIで生成したものではない'],
  ko: ['AI로 생성한 이미지', 'AI로 생성한 가짜 사진이 확산'],
  lt: ['Vaizdas sukurtas dirbtinio intelekto', 'Vaizdas nesukurtas dirbtinio intelekto'],
  lv: ['Attēls radīts ar mākslīgā intelekta palīdzību', 'Attēls nav radīts ar mākslīgā intelekta palīdzību'],
  ms: ['Gambar dijana menggunakan kecerdasan buatan', 'Gambar palsu dijana kecerdasan buatan tular di media sosial'],
  nb: ['Bildet er laget med kunstig intelligens', 'Bildet er ikke laget med kunstig intelligens'],
  nl: ['Afbeelding gemaakt met AI', 'De foto is niet gemaakt met AI'],
  nn: ['Biletet er laga med kunstig intelligens', 'Biletet er ikkje laga med kunstig intelligens'],
  pl: ['Grafika wygenerowana przez AI', 'Zdjęcie nie zostało wygenerowane przez AI'],
  pt: ['Imagem criada com inteligência artificial', 'A imagem não foi criada com inteligência artificial'],
  ro: ['Imagine generată cu inteligența artificială', 'Imaginea nu a fost generată cu inteligența artificială'],
  ru: ['Изображение сгенерировано нейросетью', 'Фото не создано искусственным интеллектом'],
  sk: ['Obrázok bol vytvorený umelou inteligenciou', 'Obrázok nebol vytvorený umelou inteligenciou'],
  sl: ['Slika je ustvarjena z umetno inteligenco', 'Slika ni ustvarjena z umetno inteligenco'],
  sr: ['Slika je generisana veštačkom inteligencijom', 'Слика није генерисана вештачком интелигенцијом'],
  sv: ['Bilden är skapad med AI', 'Bilden är inte skapad med AI'],
  th: ['ภาพนี้สร้างด้วยปัญญาประดิษฐ์', 'ภาพนี้ไม่ได้สร้างด้วยปัญญาประดิษฐ์'],
  tr: ['Görsel: Yapay zeka ile üretilmiştir', 'Görsel yapay zeka ile üretilmemiştir'],
  uk: ['Зображення згенероване штучним інтелектом', 'Фото не створене штучним інтелектом'],
  ur: ['یہ تصویر مصنوعی ذہانت سے بنائی گئی ہے', 'یہ تصویر مصنوعی ذہانت سے نہیں بنائی گئی'],
  vi: ['Ảnh được tạo bằng AI', 'Ảnh không được tạo bằng AI'],
  zh: ['图片由AI生成', '这张照片并非AI生成'],
};

describe('the grammar covers every language it has tables for', () => {
  it('41 languages, each with a case', () => {
    expect(Object.keys(WORDINGS).length).toBeGreaterThanOrEqual(41);
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(WORDINGS).sort());
  });
  for (const [lang, [yes, no]] of Object.entries(CASES)) {
    it(`${lang}: "${yes}" discloses, "${no}" does not`, () => {
      expect(classifySentence(yes, true)).toBe('self');
      expect(classifySentence(no, true)).toBeNull();
    });
  }
});
