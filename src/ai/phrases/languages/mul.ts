/**
 * Terms and wordings shared by every language (BCP 47 `mul`, "multiple languages"): the loan-word
 * "AI", written so in captions of most languages ("Dette billede er lavet med AI", "ภาพนี้สร้างด้วย
 * AI", "AI로 생성"), and the abbreviations several languages share ("KI" in German and Norwegian,
 * "IA" in the Romance languages), so they are no one language's own and stay when one language's
 * tables are left out. The wordings are the international stems a caption in a language the tables
 * do not know still carries: "generate" and "create" as loan-words or cognates (generiert, generado,
 * genereret, generowany, генерирано, जनरेट, জেনারেট, kreiran, creat), and the image nouns of Greek
 * and Latin roots (foto, фото, imag-, illust- (also where misspelt: "illustere"), ilustr-, grafi-, графи-), and 生成 / 合成 shared by
 * Chinese and Japanese; the article's noun as most languages borrow it; and what a making verb may be
 * about that is no image: the alternative text.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['A.I.', 'AI', 'GenAI', 'IA', 'KI'],
  // "Intelligence" as most languages borrow it, the half of "artificial intelligence" they share
  // (inteligencia, inteligência, inteligență, inteligence, inteligencja, inteligencija, intelihensiya,
  // intelligenza, Intelligenz, intelligentie, intelligencia, intel·ligència, intelligens, intelektas,
  // tehisintellekt, интеллект, інтелект, интелигенција), to the end of its word. Not the English and
  // French "intelligence" (spy services, "business intelligence": those languages have their own
  // tables), nor "intelligent"/"inteligente", nor "intellectual".
  ai: [
    /[иі]нт[еэ]лл?[еэ]кт(?!уал)[^\s\d.,;:!?()"'«»„“”]*/,
    /intel(?:·?l)?ig[eèé]n(?:ci|s|tie|z)[^\s\d.,;:!?()"'«»„“”]*/,
    /intel+ekt(?!u)[^\s\d.,;:!?()"'«»„“”]*/,
    /inteli(?:gj?|h|x)[eéê]n[cçsţțzj][^\s\d.,;:!?()"'«»„“”]*/,
    /интелиген[^\s\d.,;:!?()"'«»„“”]*/,
  ],
};

export const wordings: Wordings = {
  // "Alternative text" in most European languages (alternativtext, alternatiu, alternativo, альтернативный).
  about: ['alt text', 'alt-text', 'alternat', 'альтернатив'],
  // "Article" as most languages borrow it (article, artículo, articolo, articol, Artikel, artikkeli,
  // artykuł, artikulo), and the Arabic maqāla of Arabic, Persian, Turkish and Swahili (makale, makala).
  document: [/art[iíy][ck]/, 'makal', 'مقال'],
  // (And the loan-words "image", "photo", "graphic" as the Devanagari, Bengali, Gujarati, Telugu, Arabic and
  // Hangul scripts write them, shared by the languages of each script: इमेज, ফটো, فوٹو, 이미지.)
  image: ['foto', 'grafi', 'illust', 'ilustr', /im[aá]g(?!in)/, 'photo', 'графи', 'фото', 'فوٹو', 'گرافک', 'گرافیک', 'इमेज', 'ग्राफिक', 'फोटो', 'গ্রাফিক', 'ফটো', 'ઇમેજ', 'ગ્રાફિક', 'ફોટો', 'ఇమేజ్', 'ఫొటో', 'ఫోటో', '그래픽', '이미지', '포토'],
  // ("Generate" and "create" as loan-words in those scripts too: जनरेट, क्रिएट, জেনারেট, کریٹ, క్రియేట్.)
  made: [/cr[eé]at/, /g[eéę]n[eé]r[aeiouáéó]/, /kre[ai]r/, 'генер', 'جنریٹ', 'کریٹ', 'क्रिएट', 'जनरेट', 'ক্রিয়েট', 'জেনারেট', 'ક્રિએટ', 'જનરેટ', 'క్రియేట్', 'జనరేట్', '合成', '生成'],
  // The participle of "translate" as the Romance languages write it (traducido, traduit, tradotto is Italian's own):
  // not the noun ("traduction", "translation tools").
  written: [/tradu(?:cid|it|zid)/],
};
