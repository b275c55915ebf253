/**
 * Image nouns in the plural, by language, for the scope of a note standing apart (issue #15): "The
 * images were made with AI" covers the article's images, "The image was made with AI" the one it
 * names. Whole words, matched case-insensitively; a language whose noun does not mark the plural
 * (Italian "foto", Czech "fotografie", Ukrainian "зображення") lists only the forms that do. A collective noun
 * counts as a plural: it names the whole set ("imagery", "Bildmaterial", Finnish "kuvasto").
 * Structural words of the scope rule, kept apart from the languages' wordings (phrases/languages/).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates.
 */
import type { Tables } from '../../phrases';

export const PLURAL_IMAGES: Tables = {
  cs: ['ilustrace', 'obrázky', 'snímky'],
  da: ['billeder', 'billederne', 'fotos', 'illustrationer', 'illustrationerne'],
  de: ['abbildungen', 'aufnahmen', 'bilder', 'bildmaterial', 'fotos', 'grafiken', 'illustrationen', 'symbolbilder', 'titelbilder'],
  en: ['artworks', 'graphics', 'illustrations', 'imagery', 'images', 'photographs', 'photos', 'pictures', 'renderings', 'renders', 'visuals'],
  es: ['fotografías', 'fotos', 'ilustraciones', 'imágenes'],
  fi: ['grafiikat', 'kuvamateriaali', 'kuvasto', 'kuvat', 'kuvia', 'kuvitukset', 'piirrokset', 'valokuvat'],
  fr: ['illustrations', 'images', 'photographies', 'photos', 'visuels'],
  it: ['fotografie', 'illustrazioni', 'immagini'],
  nb: ['bildene', 'bilder', 'fotoene', 'illustrasjonene', 'illustrasjoner'],
  nl: ['afbeeldingen', 'beelden', /foto['’]?s/, 'illustraties'],
  pl: ['grafiki', 'ilustracje', 'obrazy', 'zdjęcia'],
  pt: ['fotografias', 'fotos', 'ilustrações', 'imagens'],
  ru: ['изображения', 'иллюстрации', 'картинки', 'снимки', 'фотографии'],
  sv: ['bilder', 'bilderna', 'fotografier', 'fotona', 'illustrationer', 'illustrationerna'],
  tr: ['fotoğraflar', 'görseller', 'resimler'],
  uk: ['світлини', 'фотографії', 'ілюстрації'],
};
