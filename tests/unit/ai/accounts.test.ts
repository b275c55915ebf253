/**
 * Notes standing apart in the writer's own voice (issue #15): "we asked the AI for pictures", "I had Midjourney
 * illustrate …", with no making verb right after the AI. The first person, the AI (or a generator) and, after it, an
 * image or what it made are the writer's account of how the article's pictures were made; a report, a question, a
 * note about the text or the captions, or a picture the writer only saw are not. Also: "imagined" is a making verb,
 * no image noun; platforms' "altered or synthetic content" labels under an image.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { classifySentence } from '../../../src/ai/language';
import { detectAiDisclosures } from '../../../tools/core/halves';

const URL_ = 'https://news.example/2026/05/harbour/';
const page = (lang: string, body: string): string =>
  `<!doctype html><html lang="${lang}"><head><title>Harbour</title></head><body><article><h1>Harbour</h1><p>${'The harbour has grown for years. '.repeat(8)}</p>${body}<p>${'The council decides in June. '.repeat(8)}</p></article></body></html>`;
const flagged = (lang: string, body: string): string[] =>
  detectAiDisclosures(parseDocument(page(lang, body)), { url: URL_ }).images.filter((i) => i.aiGenerated).map((i) => new URL(i.src).pathname);
const twoImages = '<figure><img src="/a.jpg" width="800" height="450"></figure><p>The quays, then and now.</p><figure><img src="/b.jpg" width="800" height="450"></figure>';

describe("the writer's account of asking an AI for the pictures", () => {
  it.each([
    ['es', 'Se nos ha ocurrido preguntarle a la inteligencia artificial generativa de imágenes DALL-E cómo sería el puerto en 2050.'],
    ['fr', "Pour ce dossier, j'ai demandé à Midjourney d'illustrer chacune des recettes."],
    ['de', 'Im Beitrag verwenden wir ein mit KI erstelltes Symbolbild, um den Ablauf zu zeigen.'],
    ['ru', 'Мы решили дать нейросети задание — сгенерировать изображения порта будущего.'],
    ['ru', 'На этот раз мы попросили нейросеть нарисовать старый порт.'],
    ['pt', 'Entrei no ChatGPT e pedi que criasse a imagem de um porto submerso.'],
    ['it', 'Ho chiesto a uno dei motori di IA per la creazione di immagini di disegnare il porto di Genova.'],
    ['en', 'For this story we used Midjourney to picture the flooded quays.'],
  ])('%s: %s covers the article images, opening or closing it', (lang, note) => {
    expect(classifySentence(note, false)).toBe('page');
    expect(flagged(lang, `<p class="standfirst"><em>${note}</em></p>${twoImages}`)).toEqual(['/a.jpg', '/b.jpg']);
    expect(flagged(lang, `${twoImages}<p>The quays are open again.</p><p class="note"><em>${note}</em></p>`)).toEqual(['/a.jpg', '/b.jpg']);
  });

  it.each([
    ['Wir haben Midjourney dieselben Stichworte gegeben, hier die Bilder:', 'next'],
    ['We asked Midjourney for this picture of the old harbour.', 'one'],
    ["Per l'immagine di copertina abbiamo chiesto a Midjourney di disegnare il porto.", 'lead'],
  ])('%s → %s: its scope is what it points at', (note, want) => expect(classifySentence(note, false)).toBe(want));

  it.each([
    // A picture the writer saw, not one the AI made for the article: the image noun comes before the AI.
    ['Из каждого утюга мы видим картинки, созданные нейросетями.'],
    ['Estos días hemos visto imágenes creadas con IA en todas partes.'],
    // Hungarian "MI" is the AI, not "we".
    ['Az önkormányzat megerősítette, hogy a képet MI generálta.'],
    // A report, an admission of another day's mistake, a question, the text or the captions.
    ['Wir haben versehentlich ein Foto veröffentlicht, das von einer KI erzeugt wurde.'],
    ['När AI-genererat innehåll sprids i sociala medier växer vi tvivlen på bilderna.'],
    ['Did we really ask Midjourney for these images?'],
    ['We asked ChatGPT to translate the captions of our photos.'],
    ['Nous avons utilisé l’IA pour traduire cet article ; les photos sont de l’AFP.'],
    ['AI did not create these images: we took them ourselves.'],
  ])('%s is no disclosure', (s) => expect(classifySentence(s, false)).toBeNull());
});

describe('a gallery note whose verb makes is about its pictures, not the text', () => {
  it('it: "In questa gallery, abbiamo chiesto al programma con AI che realizza …" covers the gallery', () => {
    const note = 'In questa gallery, abbiamo chiesto al programma con AI che realizza creazioni realistiche di immaginare il porto nel 2100.';
    expect(classifySentence(note, false)).toBe('page');
  });
});

describe('"imagined" is a making verb, no image noun', () => {
  it.each([
    ['fr', '4 plats de couscous sur une terrasse imaginés par midjourney'],
    ['es', 'El puerto de Valencia en el año 2100, imaginado por Midjourney'],
    ['it', 'Il porto di Genova nel 2100, immaginato da Midjourney'],
  ])('%s: a caption naming no image, "%s", credits the generator', (lang, caption) => {
    expect(classifySentence(caption, true)).toBe('self');
    expect(flagged(lang, `<figure><img src="/a.jpg" width="800" height="450"><figcaption>${caption}</figcaption></figure><figure><img src="/b.jpg" width="800" height="450"><figcaption>Foto: ANSA</figcaption></figure>`)).toEqual(['/a.jpg']);
  });
  it('Romanian and Italian image nouns still are image nouns', () => {
    expect(classifySentence('Imaginea a fost generată cu inteligența artificială.', true)).toBe('self');
    expect(classifySentence("L'immagine è stata generata con l'intelligenza artificiale.", true)).toBe('self');
  });
});

describe("a platform's label for altered or synthetic content", () => {
  it.each([
    ['de', 'Veränderte oder synthetische Inhalte'],
    ['it', 'Contenuti sintetici o alterati'],
    ['en', 'Altered or synthetic content'],
  ])('%s: "%s" under an image marks it, and is read on the page', (lang, label) => {
    expect(classifySentence(label, true)).toBe('self');
    expect(flagged(lang, `<div class="media media--overlay"><img src="/a.jpg" width="800" height="450"><span class="badge">${label}</span></div><figure><img src="/b.jpg" width="800" height="450"><figcaption>Foto: dpa</figcaption></figure>`)).toEqual(['/a.jpg']);
  });
  it('a policy that names the label is no label', () => {
    expect(classifySentence('Creator müssen veränderte oder synthetische Inhalte in YouTube Studio kennzeichnen.', false)).toBeNull();
  });
});

describe('what the AI made, when a sentence on real photos comes first, may be their descriptions', () => {
  it.each([
    ['en', 'All images in this series are real, unaltered photographs. Their descriptions, on the other hand, are all generated by AI.'],
    ['de', 'Alle Bilder dieser Serie sind echte, unbearbeitete Fotos. Ihre Beschreibungen hat dagegen eine KI erstellt.'],
  ])('%s: "%s" flags no image', (lang, note) => {
    expect(flagged(lang, `${twoImages}<p>The quays are open again.</p><p class="note"><em>${note}</em></p>`)).toEqual([]);
  });
  it('while a pronoun taking up the image is the image: "Das Bild oben … Sie wurden mit KI erstellt."', () => {
    expect(flagged('de', `${twoImages}<p>Das Bild oben zeigt zwei Personen. Sie wurden mit KI erstellt.</p>`)).toEqual(['/b.jpg']);
  });
});

describe('who published the AI pictures is a report', () => {
  it('ru: "… а опубликовал их московский дизайнер" names another author', () => {
    expect(classifySentence('Все они были сгенерированы с помощью нейросети Midjourney, а опубликовал их московский дизайнер.', false)).toBeNull();
  });
});

describe('"as the AI sees it"', () => {
  it.each([
    ['de', 'So sieht die KI den Hafen im Jahr 2100.'],
    ['es', 'Así imagina la IA el puerto de Valencia en 2100'],
    ['fr', "Voici comment l'IA imagine le port en 2100"],
    ['ru', 'Вот так Midjourney видит порт через сто лет'],
    ['et', 'Nõnda näeb sadamat tehisintellekt.'],
  ])('%s: "%s" under an image is its caption, standing apart the line before the pictures', (lang, s) => {
    expect(classifySentence(s, true)).toBe('self');
    expect(classifySentence(s, false)).toBe('next');
    expect(flagged(lang, `<figure><img src="/r.jpg" width="800" height="450"><figcaption>Foto: dpa</figcaption></figure><p>The quays are open again.</p><p>${s}</p>${twoImages}`)).toEqual(['/a.jpg', '/b.jpg']);
  });
  it.each([
    ['So far, researchers say AI sees patterns in images that people miss.'],
    ['So sieht die KI das Bild nicht: Forscher zeigen, wie Modelle Fotos lesen.'],
    ['Così la vede l’intelligenza artificiale? Non proprio.'],
  ])('%s is no caption of AI pictures', (s) => expect(classifySentence(s, false)).toBeNull());
});
