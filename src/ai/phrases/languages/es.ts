/**
 * Spanish wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  ai: [/intell?ig[eê]n[cz](?:(?!intell?ig[eê]n[cz])\S)* artifici/],
};

export const wordings: Wordings = {
  about: ['descrip', 'resumen', 'texto alternativo'],
  above: ['arriba'],
  all: ['algunas', 'todas'],
  asked: [/\b(?:le )?(?:pedimos|preguntamos|solicitamos)\b/, /\ble hicimos\b/],
  contrast: ['pero', 'sin embargo'],
  document: [/art[íi]culo/, 'galer', 'nota', /p[áa]gina/, 'publicaci', 'texto'],
  following: ['abajo', 'siguiente'],
  gallery: ['galeria', 'galería'],
  here: [/\b(?:mostrad|usad|utilizad|ve|vemos|ven|ves)\S{0,2} aquí/],
  image: ['dibujo', 'foto', 'ilustr', /im[aá]g(?!in)/, 'montaje', 'recreaci', 'representaci'],
  labels: ['info de ia', 'información de ia', 'información sobre ia'],
  lead: ['de portada', 'foto principal', 'imagen destacada', 'imagen principal'],
  made: [
    'confeccion',
    /cr[ei]a[dt]/,
    'creó',
    'dibujó',
    'diseñad',
    'diseñó',
    'editad',
    'elabor',
    /g[ée]n[ée]rad[ao]/,
    /hech[ao]/,
    'imaginad',
    'modificad',
    'produ',
    'realiz',
    'retocad',
    /u(?:sad|tilizad)[ao] (?:(?:la )?(?:ia|inteligencia artificial)(?: generativa)? )?para (?:crear|editar|generar|modificar|producir)/,
  ],
  news: [
    /\bobserva/,
    /\bsegún\b/,
    'admit',
    'bulo',
    'captura',
    /circ[uo]l/,
    'compart',
    'confirm',
    /d[eéi][sz][ie]nf/,
    /d[ée]te[ck]t/,
    'disculp',
    'engañ',
    'etiquet',
    'fals',
    'manip',
    'polémica',
    'reconoc',
    'redes sociales',
    'sospech',
    'supuest',
  ],
  not: [/ningun\w*/, 'no', 'sin'],
  presuppose: ['notaste', 'qué les parece', 'qué opina', 'qué opinan', 'qué opinas', 'qué te parece', 'sabían', 'sabías', 'se dio cuenta', 'te diste cuenta'],
  subject: ['sección', 'tema', 'temas'],
  this: [/est[ae]/],
  via: ['con', 'por'],
  we: [/[a-zñ]{3,}(?:amos|imos)/, 'hemos', 'nosotros', /nuestr[ao]s?/, 'se nos'],
  which: ['que'],
  written: ['ensamblad', 'escrit', 'redactad', 'resumid', 'traducid'],
};
