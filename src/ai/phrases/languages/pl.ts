/**
 * Polish wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['SI'],
  ai: [/sztuczn(?:(?!sztuczn)\S)* inteligencj/],
};

export const wordings: Wordings = {
  about: ['opis', 'streszcz', 'tekst alternatywny'],
  above: ['powyż'],
  all: ['niektóre', 'wszystkie'],
  asked: ['poprosiliśmy', 'poprosiłam', 'poprosiłem', 'zapytaliśmy', 'zleciliśmy'],
  contrast: ['ale', 'jednak'],
  document: ['artyku', 'galer', 'stron', 'tekst'],
  following: ['następn', 'poniż'],
  gallery: ['galeri'],
  here: [/\b(?:pokazane|użyte|widać|widoczne|widzicie|widzisz) tutaj|\btutaj (?:pokazane|widać|widoczne|widzisz)/],
  how: ['oto jak', 'tak', 'właśnie tak'],
  image: ['grafi', 'ilustr', 'obraz', 'rycin', 'wizualizac', /zdj[eę]ci/],
  labels: ['informacje o ai'],
  lead: ['grafika tytułowa', 'główne zdjęcie', 'ilustracja tytułowa', 'zdjęcie główne', 'zdjęcie tytułowe'],
  made: [
    /g[ée]n[ée]rowan/,
    'narysowa',
    'przygotowan',
    'stworz',
    'utworz',
    'wygenerował',
    'wykona',
    'wyobrażon',
    'wytworz',
    'zrobion',
  ],
  news: [
    /[vw]ira/,
    /d[eéi][sz][ie]nf/,
    /d[ée]te[ck]t/,
    // (Not the English idiom "in fact", in the pooled grammar.)
    /fa[ck]t(?<!\bin fa[ck]t)/,
    'fałsz',
    'fejk',
    'krąży',
    'manip',
    'podejrz',
    'przeprosi',
    'przyzna',
    'rzekom',
    'udostępni',
    'według',
  ],
  not: ['bez', 'nie', /żadn\w*/],
  presuppose: ['co myślicie', 'co sądzicie', 'co sądzisz', 'jak wam się podoba', 'wiedziałeś', 'wiedzieliście', 'zauważyliście', 'zauważyłeś'],
  sees: ['widzi', 'wyobraża'],
  subject: ['temat', 'tematy'],
  this: [/t(?:ym|ego|ej|en)/],
  via: ['przez'],
  we: [/(?<!\p{L})\p{L}+(?:liśmy|łam|łem)/u, 'mi', 'my', /nasz\p{L}*/u],
  which: ['która', 'które', 'który'],
  written: ['napisan', 'opracowan', 'powsta', 'przetłumacz', 'zredagowan'],
};
