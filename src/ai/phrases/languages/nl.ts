/**
 * Dutch wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['kunstmatige intelligentie'],
};

export const wordings: Wordings = {
  about: ['alt-tekst', 'beschrijving', 'samenvatting'],
  above: ['hierboven'],
  all: ['alle', 'sommige'],
  asked: [/\b(?:ik|we|wij) vroegen?\b/, /\bvroegen we\b/],
  contrast: ['echter', 'maar'],
  document: ['artikel', 'bericht', 'galerij', /p[áa]gina/, 'tekst', 'verhaal'],
  following: ['hieronder', 'volgend'],
  gallery: ['fotoserie', 'galerij'],
  here: [/\bhier (?:gebruikt|getoond|te zien)|\b(?:ziet u|zie je|zien jullie) hier\b/],
  how: ['zo'],
  image: ['beeld', 'foto', 'illustr', 'plaatje', 'tekening'],
  labels: ['ai-info'],
  lead: ['headerafbeelding', 'hoofdafbeelding', 'hoofdfoto', 'omslagfoto', 'openingsfoto'],
  made: [
    'bedacht',
    'bewerkt',
    'creëerde',
    /g[ée]n[ée]reerd/,
    /gebruikt om/,
    'gecreëerd',
    'gemaakt',
    'maakte',
    'ontworpen',
    'vervaardigd',
  ],
  news: [
    /\bnep\b/,
    /\bvolgens\b/,
    /\bzei\b/,
    'desinform',
    'excuses',
    'gedeeld',
    'misleid',
    'vals',
    'verdacht',
    'vermoedelijk',
    'verspreid',
  ],
  not: ['geen', 'niet', 'zonder'],
  presuppose: ['gemerkt', 'hoe vind je', 'hoe vindt u', 'opgemerkt', 'wat vind je', 'wat vindt u', 'wist je', 'wist u'],
  sees: ['stelt zich', 'verbeeldt', 'ziet'],
  subject: ['dossier', 'onderwerp', 'thema'],
  this: ['deze', 'dit'],
  via: ['door', 'met'],
  we: ['ik', 'mijn', 'ons', 'onze', 'we', 'wij'],
  which: ['dat', 'die'],
  written: ['geschr', 'vertaal'],
};
