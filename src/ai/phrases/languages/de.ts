/**
 * German wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['KI'],
  // ("Synthetische Inhalte": platforms' word for AI-made media, all their label says: "Veränderte oder synthetische Inhalte".)
  ai: [/k[üu]nstliche(?:(?!k[üu]nstliche)\w)* intelligenz/, 'synthetische inhalte'],
};

export const wordings: Wordings = {
  about: ['alt-text', 'alternativtext', 'beschreib', 'zusammenfass'],
  above: ['oben', 'obig'],
  all: ['alle', 'einige'],
  asked: [/\b(?:baten|fragten) wir\b/, /\b(?:ich|wir) (?:baten|fragten)\b/],
  contrast: ['aber', 'doch', 'jedoch'],
  document: ['artikel', 'beitrag', 'galer', 'seite', 'text'],
  following: ['folgend', 'unten'],
  gallery: ['diashow', 'galerie'],
  here: [/\bhier (?:abgebildet|gezeigt|sehen|verwendet|zu sehen)|\b(?:sehen|seht|siehst) (?:du |ihr |sie )?hier\b/],
  how: ['so'],
  image: ['aufnahm', 'bild', 'foto', 'grafi', 'illustr', 'montage'],
  labels: [/ki-infos?/, 'veränderte oder synthetische inhalte'],
  lead: ['aufmacher', 'beitragsbild', 'headerbild', 'titelbild', 'titelfoto', 'vorschaubild'],
  made: [
    'bearbeitet',
    'entstand',
    'erdacht',
    'erstellt',
    'erzeugt',
    /g[ée]n[ée]riert/,
    'gemacht',
    'gestaltet',
    'hergestellt',
    'imaginiert',
    'kreiert',
    'produziert',
    // ("KI wurde verwendet, um … zu erstellen": used in order to make.)
    /verwendet,? um/,
  ],
  news: [
    /\blaut\b/,
    'angeblich',
    'bestätigt',
    'betrachte',
    /d[eéi][sz][ie]nf/,
    /d[ée]te[ck]t/,
    'entschuldig',
    // (Not the English idiom "in fact", in the pooled grammar.)
    /fa[ck]t(?<!\bin fa[ck]t)/,
    'fals',
    'geteilt',
    'irreführ',
    'kennzeichn',
    'kritik',
    'kursier',
    'manip',
    'mutmaßlich',
    'richtlin',
    'räumte',
    'sagte',
    'sozialen medien',
    'unterscheid',
    'verbreit',
    'verdacht',
    'verdächtig',
    'veröffentlicht',
    'wasserzeichen',
    'wie man',
  ],
  not: [/kein\w*/, 'nicht', 'ohne'],
  presuppose: ['bemerkt', 'gemerkt', 'was halten sie von', 'was hältst du von', 'wie finden sie', 'wie findest du', 'wie gefällt', 'wussten sie', 'wusstest du'],
  sees: ['imaginiert', 'sieht', 'stellt sich'],
  subject: ['rubrik', 'schlagwort', 'schwerpunkt', 'thema', 'themen'],
  this: [/diese\w*/, /unse\w*/],
  via: ['durch', 'mit', 'von'],
  we: ['ich', /mein(?:e[mnrs]?)?/, /unser\p{L}*/u, 'wir'],
  which: ['das', 'die', 'welche', 'welches'],
  written: ['geschr', 'redigiert', 'verfasst', 'zusammengefasst', 'übersetzt'],
};
