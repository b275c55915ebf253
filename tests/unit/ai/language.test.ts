/**
 * The disclosure grammar, language by language: for each of the 47 languages, a caption that
 * discloses an AI image (under the image: scope 'self'), and a near miss in the same words that
 * does not (news about AI images, a negation, reported speech, an AI-made description).
 */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/ai/language';
import { WORDINGS } from '../../../src/ai/phrases/languages';

/** The languages with tables of their own (`mul` holds what they share). */
const LANGUAGES = Object.keys(WORDINGS).filter((l) => l !== 'mul').sort();

/** Language → [a caption that discloses, a near miss under an image]. */
const CASES: Record<string, [string, string]> = {
  ar: ['صورة مولدة بالذكاء الاصطناعي', 'صورة مزيفة مولدة بالذكاء الاصطناعي انتشرت على مواقع التواصل'],
  bg: ['Изображението е създадено с изкуствен интелект', 'Снимката не е създадена с изкуствен интелект'],
  bn: ['ছবিটি এআই দিয়ে তৈরি', 'এআই দিয়ে তৈরি ভুয়া ছবি ভাইরাল'],
  ca: ['Imatge generada amb intel·ligència artificial', "La imatge no s'ha generat amb intel·ligència artificial"],
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
  gu: ['આ તસવીર AI વડે બનાવવામાં આવી છે', 'દિલ્હીની હિમવર્ષાની તસવીરો AI દ્વારા બનાવવામાં આવી હતી અને તે વાયરલ થઈ'],
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
  sw: ['Picha hii imetengenezwa kwa akili bandia', 'Picha hii haikutengenezwa kwa akili bandia'],
  ta: ['இந்தப் படம் செயற்கை நுண்ணறிவு மூலம் உருவாக்கப்பட்டது', 'இந்தப் படம் செயற்கை நுண்ணறிவு மூலம் உருவாக்கப்பட்டது அல்ல'],
  te: ['ఈ చిత్రాన్ని కృత్రిమ మేధస్సుతో రూపొందించారు', 'ఈ ఫోటో AI తో రూపొందించలేదు'],
  th: ['ภาพนี้สร้างด้วยปัญญาประดิษฐ์', 'ภาพนี้ไม่ได้สร้างด้วยปัญญาประดิษฐ์'],
  tl: ['Ang larawang ito ay ginawa gamit ang AI', 'Ang larawang ito ay hindi ginawa gamit ang AI'],
  tr: ['Görsel: Yapay zeka ile üretilmiştir', 'Görsel yapay zeka ile üretilmemiştir'],
  uk: ['Зображення згенероване штучним інтелектом', 'Фото не створене штучним інтелектом'],
  ur: ['یہ تصویر مصنوعی ذہانت سے بنائی گئی ہے', 'یہ تصویر مصنوعی ذہانت سے نہیں بنائی گئی'],
  vi: ['Ảnh được tạo bằng AI', 'Ảnh không được tạo bằng AI'],
  zh: ['图片由AI生成', '这张照片并非AI生成'],
};

describe('the grammar covers every language it has tables for', () => {
  it('45 languages, each with a case', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(CASES).sort()).toEqual(LANGUAGES);
  });
  for (const [lang, [yes, no]] of Object.entries(CASES)) {
    it(`${lang}: "${yes}" discloses, "${no}" does not`, () => {
      expect(classifySentence(yes, true)).toBe('self');
      expect(classifySentence(no, true)).toBeNull();
    });
  }
});

/** Captions as publishers word them, in the main languages: under an image ('self'), or a near miss (null). */
const CAPTIONS: [string, string | null][] = [
  ['Image generated using Midjourney', 'self'], ['Illustration created with DALL·E 3', 'self'], ['AI-generated image', 'self'],
  ['Photo illustration: AI generated', 'self'], ['This image was created using artificial intelligence', 'self'], ['Made with AI', 'self'],
  ['AI info', 'self'], ['Image: Generated by AI / The Verge', 'self'], ['Picture produced by an AI tool', 'self'], ['Illustration by ChatGPT', 'self'],
  ['(AI-generated)', 'self'], ['Image created by Gemini', 'self'], ['Generated with Adobe Firefly', 'self'],
  ['An AI-generated image of the Pope in a puffer jacket went viral', null], ['The image description was generated by AI', null],
  ['Alt text generated by AI', null], ['This photo is not AI-generated', null], ['The Guardian said the image was created using AI', null],
  ['How to tell if an image was made by AI', null],
  ['Symbolbild (KI-generiert)', 'self'], ['Das Bild wurde mit Hilfe künstlicher Intelligenz erstellt', 'self'], ['Bild: KI-generiert / Midjourney', 'self'],
  ['Mit KI erstellte Illustration', 'self'], ['Foto: KI', 'self'], ['KI-Bild', 'self'], ['KI-generiert', 'self'],
  ['Illustration générée par intelligence artificielle', 'self'], ["Image créée avec l'IA Midjourney", 'self'], ['Photo générée par IA', 'self'], ['Visuel réalisé avec une IA', 'self'],
  ['Imagen generada por inteligencia artificial', 'self'], ['Ilustración creada con IA', 'self'], ['Imagen hecha con IA', 'self'], ['Fotografía creada con Midjourney', 'self'],
  ["Immagine generata con l'IA", 'self'], ['Foto creata con intelligenza artificiale', 'self'], ["Immagine generata dall'intelligenza artificiale", 'self'],
  ['Imagem gerada por IA', 'self'], ['Ilustração feita com inteligência artificial', 'self'],
  ['صورة تم إنشاؤها بواسطة الذكاء الاصطناعي', 'self'], ['الصورة من إنتاج الذكاء الاصطناعي', 'self'], ['صورة مصنوعة بالذكاء الاصطناعي', 'self'],
  ['Иллюстрация создана с помощью нейросети', 'self'], ['Изображение сгенерировано ИИ', 'self'], ['Картинка сгенерирована нейросетью', 'self'],
  ['本图由AI生成', 'self'], ['图片为AI生成', 'self'], ['AI生成图片', 'self'], ['圖片由人工智能生成', 'self'], ['示意图由AI制作', 'self'],
  ['画像はAIで生成したイメージです', 'self'], ['※画像はAI生成', 'self'], ['AIで作成したイメージ画像', 'self'],
  ['이 이미지는 AI로 생성되었습니다', 'self'], ['AI 생성 이미지', 'self'], ['사진=챗GPT 생성', 'self'],
  ['Illustrasjon: KI-generert', 'self'], ['Biletet er generert med kunstig intelligens', 'self'],
  ['Ilustracja wygenerowana przez sztuczną inteligencję', 'self'], ['Grafika stworzona przy pomocy AI', 'self'],
  ['Görsel yapay zeka ile oluşturulmuştur', 'self'], ['Fotoğraf: Yapay zeka ile üretildi', 'self'],
  ['Beeld: gegenereerd met AI', 'self'], ['Deze afbeelding is gemaakt met kunstmatige intelligentie', 'self'], ['AI-beeld', 'self'],
  ['Bilden är AI-genererad', 'self'], ['Illustration: AI-genererad bild', 'self'],
  ['התמונה נוצרה בבינה מלאכותית', 'self'],
  ['यह तस्वीर AI से बनाई गई है', 'self'], ['प्रतीकात्मक तस्वीर (AI जनरेटेड)', 'self'],
  ['Ilustrasi dibuat dengan AI', 'self'], ['Tekoälyn luoma kuva', 'self'], ['MI által generált kép', 'self'], ['Obrázek: vygenerováno pomocí AI', 'self'],
  ['Ảnh minh họa do AI tạo ra', 'self'], ['ภาพประกอบสร้างโดย AI', 'self'], ['Foto ilustrasi dijana AI', 'self'],
  ['Φωτογραφία που δημιουργήθηκε από AI', 'self'],
  ['صورة تعبيرية (ذكاء اصطناعي)', 'self'], ['صورة توضيحية بتقنية الذكاء الاصطناعي', 'self'], ['Recreación artística con IA', 'self'],
  ['Symbolbild (KI)', 'self'], ['Bild mit KI.', 'self'], ['Immagine elaborata con intelligenza artificiale', 'self'],
  ['Creator labeled as AI-generated', 'self'], ['Conceptual illustration on AI image generation.', null],
  ['Tämän kuvan vaihtoehtoinen teksti on tekoälyn luoma.', null], ['Der Alternativtext dieses Bildes wurde von KI generiert.', null],
  ['Le foto generate dall\'intelligenza artificiale superano la realtà e imperversano sui social.', null],
  ['AI-gegenereerde afbeelding van een leraar als superheld in de stijl van een kindertekening', 'self'], ['Photos by AI researchers at the lab', null], ['Photos from the AI summit in Paris', null], ['Foto: Reuters / AI Summit', null], ['Ілюстрація створена за допомогою ШІ', 'self'], ['Зображення: згенеровано нейромережею', 'self'],
  ['Die Bildbeschreibung wurde mit KI erstellt.', null], ['Foto: Anna Berg. Bildbeschreibung: KI-generiert', null],
  // A caption opening with its image noun and participle names its image even as it goes on to report.
  ['Imagen creada con IA que varios medios difundieron sin percatarse de que era falsa', 'self'],
  ['Vi har brukt KI for å illustrere saka', 'self'], // "illustrere" is a making verb (nn)
  // Suspected is not said: a hedge is no disclosure.
  ['Suspected AI-generated photo of the flood', null], ['Misstänks vara AI-genererad', null], ['Vermutlich mit KI erstellt, mutmaßlich gefälscht', null],
  ['Presunta imagen generada con IA', null], ['Zdjęcie podejrzewane o wygenerowanie przez AI', null],
];

/** Notes standing apart from any image, and the scope each names (null: no disclosure). */
const NOTES: [string, string | null][] = [
  ['The image in this article was generated with AI.', 'page'], ['The images below were created using Midjourney.', 'next'],
  ["Editor's note: The image above was generated by AI.", 'prev'], ['The image was created with AI.', 'one'],
  ['Note: All images in this article are AI-generated.', 'page'], ['This article was written with the help of AI.', 'text'],
  ['Translated with AI.', 'text'], ['Dieser Artikel wurde mit Hilfe von KI übersetzt.', 'text'], ['Tekst przetłumaczony przy pomocy AI.', 'text'],
  ['本文由AI翻译', 'text'], ['本文由AI辅助写作', 'text'], ['Этот текст переведен с помощью ИИ.', 'text'], ['Artikel ini ditulis dengan bantuan AI.', 'text'],
  ['Alle Bilder der folgenden Galerie sind nicht echt, sondern mit KI erzeugt.', 'next'],
  ['Das Bild wurde mit KI erstellt.', 'one'], ['La imagen fue generada con inteligencia artificial.', 'one'],
  // The article's photos, no demonstrative: the image noun, then the article's noun right after it.
  ['Las fotos del artículo fueron generadas con IA.', 'page'], ['Die Fotos im Artikel wurden mit KI generiert.', 'page'],
  // A long sentence that goes on past the making tells a story (of an image elsewhere), it is no note.
  ['The picture was generated by an AI model, which the user had merely asked to show the current pope dressed in the latest fashion trends of the season in Milan.', null],
  ['Researchers say AI-generated images are flooding social media.', null], ['The company unveiled a tool that creates images with AI.', null],
  ['We label all AI-generated images in our articles.', null], ['Our labels for AI-generated images are explained here.', null], ['The Daily Mail apologised after publishing an AI-generated photo.', null],
  ['Lawmakers want AI-generated images to carry labels.', null], ['Cet article a été traduit avec l’aide de l’IA.', 'text'],
  ['Este artículo fue traducido con ayuda de IA.', 'text'], ['Questo articolo è stato scritto con l’aiuto dell’intelligenza artificiale.', 'text'],
  ["Le immagini seguenti sono state create con l'intelligenza artificiale.", 'next'], ["L'immagine seguente è stata generata con Midjourney.", 'next'],
];

describe('captions under an image', () => {
  it.each(CAPTIONS)('%s → %s', (s, want) => expect(classifySentence(s, true)).toBe(want));
});

describe('notes standing apart: scope by what they say', () => {
  it.each(NOTES)('%s → %s', (s, want) => expect(classifySentence(s, false)).toBe(want));
});

/** Language → a note that the article's text was translated or written with AI (scope 'text'). */
const TEXT_NOTES: Record<string, string> = {
  ar: 'تمت ترجمة هذا المقال بمساعدة الذكاء الاصطناعي',
  bg: 'Тази статия е преведена с помощта на изкуствен интелект',
  bn: 'এই প্রতিবেদনটি এআই-এর সাহায্যে অনুবাদ করা হয়েছে',
  ca: "Aquest article s'ha traduït amb l'ajuda de la IA",
  cs: 'Tento článek byl přeložen pomocí umělé inteligence',
  da: 'Denne artikel er oversat ved hjælp af kunstig intelligens',
  de: 'Dieser Artikel wurde mit Hilfe von KI übersetzt',
  el: 'Αυτό το άρθρο μεταφράστηκε με τη βοήθεια τεχνητής νοημοσύνης',
  en: 'This article was written with the help of AI',
  es: 'Este artículo fue traducido con ayuda de IA',
  et: 'See artikkel on tõlgitud tehisintellekti abil',
  fa: 'این مقاله با کمک هوش مصنوعی ترجمه شده است',
  fi: 'Tämä artikkeli on käännetty tekoälyn avulla',
  fr: "Cet article a été traduit avec l'aide de l'IA",
  gu: 'આ લેખનો અનુવાદ AIની મદદથી કરવામાં આવ્યો છે',
  he: 'כתבה זו תורגמה בעזרת בינה מלאכותית',
  hi: 'यह लेख एआई की मदद से अनुवादित किया गया है',
  hr: 'Ovaj članak preveden je uz pomoć umjetne inteligencije',
  hu: 'Ezt a cikket mesterséges intelligencia segítségével fordítottuk',
  id: 'Artikel ini ditulis dengan bantuan AI',
  it: "Questo articolo è stato scritto con l'aiuto dell'intelligenza artificiale",
  ja: 'この記事はAIを使って翻訳しました',
  ko: '이 기사는 AI를 활용해 번역되었습니다',
  lt: 'Šis straipsnis išverstas naudojant dirbtinį intelektą',
  lv: 'Šis raksts ir tulkots ar mākslīgā intelekta palīdzību',
  ms: 'Artikel ini diterjemah menggunakan kecerdasan buatan',
  nb: 'Denne artikkelen er oversatt ved hjelp av kunstig intelligens',
  nl: 'Dit artikel is vertaald met behulp van AI',
  nn: 'Denne artikkelen er omsett ved hjelp av kunstig intelligens',
  pl: 'Ten artykuł został przetłumaczony przy pomocy AI',
  pt: 'Este artigo foi traduzido com ajuda de inteligência artificial',
  ro: 'Acest articol a fost tradus cu ajutorul inteligenței artificiale',
  ru: 'Этот текст переведен с помощью ИИ',
  sk: 'Tento článok bol preložený pomocou umelej inteligencie',
  sl: 'Ta članek je bil preveden s pomočjo umetne inteligence',
  sr: 'Ovaj članak je preveden uz pomoć veštačke inteligencije',
  sv: 'Den här artikeln har översatts med hjälp av AI',
  sw: 'Makala hii imetafsiriwa kwa msaada wa akili bandia',
  ta: 'இந்தக் கட்டுரை செயற்கை நுண்ணறிவு உதவியுடன் மொழிபெயர்க்கப்பட்டது',
  te: 'ఈ కథనాన్ని AI సహాయంతో అనువదించారు',
  th: 'บทความนี้แปลด้วย AI',
  tl: 'Ang artikulong ito ay isinalin gamit ang AI',
  tr: 'Bu makale yapay zeka yardımıyla çevrildi',
  uk: 'Цей текст перекладено за допомогою ШІ',
  ur: 'یہ مضمون مصنوعی ذہانت کی مدد سے ترجمہ کیا گیا ہے',
  vi: 'Bài viết này được dịch bằng AI',
  zh: '本文由AI辅助翻译',
};

describe('text disclosures, language by language', () => {
  it('every language has one', () => expect(Object.keys(TEXT_NOTES).sort()).toEqual(LANGUAGES));
  it.each(Object.entries(TEXT_NOTES))('%s: %s', (_, s) => expect(classifySentence(s, false)).toBe('text'));
  it.each([
    'This article looks at how AI translation tools work.',
    'Dieser Artikel erklärt, wie KI-Übersetzungen funktionieren.',
    'This article was not written with AI.',
    'Cet article explique la traduction par IA.',
  ])('not a text disclosure: %s', (s) => expect(classifySentence(s, false)).toBeNull());
});

describe('a generator credited after a label, in scripts the tables do not know', () => {
  // Gujarati and Amharic have no tables: the label, a colon and
  // the generator's name carry the disclosure. Indic vowel signs are marks, not letters; "በ-" is glued by a hyphen.
  it.each([
    ['તસવીર: Midjourney દ્વારા બનાવેલ'],
    ['ચિત્ર: Midjourney વડે બનાવેલું'],
    ['ምስል: በ-Midjourney የተሰራ'],
  ])('"%s" under an image discloses it', (caption) => {
    expect(classifySentence(caption, true)).toBe('self');
  });
  it.each([
    ['ડેવિડ હોલ્ઝ, Midjourney ના સ્થાપક, સાન ફ્રાન્સિસ્કોમાં'],
    ['ডেভিড হোল্জ, Midjourney-এর প্রতিষ্ঠাতা, সান ফ্রান্সিসকোতে'],
  ])('"%s" (the founder of a generator, no credit label) does not', (caption) => {
    expect(classifySentence(caption, true)).toBeNull();
  });
});

describe('a standing label of a few words ending with the loan-word AI, in any language', () => {
  // Platforms' labels under an embedded post's image: a participle and a preposition, then the term.
  // Icelandic ("Búið til með AI") and Albanian ("Krijuar me AI") have no tables of their own.
  it.each([['Made with AI'], ['Búið til með AI'], ['Krijuar me AI'], ['Imaginé avec l’IA']])('"%s" under an image discloses it', (label) => {
    expect(classifySentence(label, true)).toBe('self');
  });
  it.each([
    ['Sam Altman on AI'], // a name before the term
    ['The future of AI'], // a topic word before it
    ['Ikke AI'], // a short negation (Danish "not AI")
    ['Jensen Huang and AI'],
    ['Forskning om AI'], // Swedish "research on AI": a topic
    ['Europe regulates AI'], // a headline: the term is a verb's object, no preposition before it
    ['Europa regula la IA'],
    ['ຮູບນີ້ເປັນຮູບແທ້ ບໍ່ໄດ້ຕົກແຕ່ງ ບໍ່ແມ່ນ AI'], // Lao "this photo is real, not retouched, not AI": a sentence, no label
    ['Útskýrt: AI 2030'], // the term does not end it
  ])('"%s" does not', (caption) => {
    expect(classifySentence(caption, true)).toBeNull();
  });
  it('only under an image: standing apart, "Made with AI" names nothing', () => {
    expect(classifySentence('Made with AI', false)).toBeNull();
  });
});
