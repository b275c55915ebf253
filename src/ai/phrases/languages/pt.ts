/**
 * Portuguese wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  ai: [/intell?ig[eê]n[cz](?:(?!intell?ig[eê]n[cz])\S)* artifici/],
};

export const wordings: Wordings = {
  about: ['descriç', 'legenda', 'resumo', 'texto alternativo'],
  above: ['acima'],
  all: ['algumas', 'todas'],
  asked: [/\b(?:pedi|pedimos|perguntamos|solicitamos)\b/],
  contrast: ['contudo', 'mas', 'no entanto', 'porém'],
  document: ['artigo', 'galer', /mat[ée]ria/, 'nota', /p[áa]gina/, 'publicaç', 'texto'],
  following: ['abaixo', 'seguinte'],
  gallery: ['galeria'],
  here: [/\b(?:mostrad|usad|utilizad|veem|vemos|vê|vêem)\S{0,2} aqui\b/],
  how: ['assim', 'eis como', 'é assim que'],
  image: ['foto', 'ilustr', /im[aá]g(?!in)/, 'montagem', 'recriaç', 'representaç'],
  labels: ['info de ia', 'informações de ia'],
  lead: ['de capa', 'de destaque', 'foto principal', 'imagem principal'],
  made: [
    /cr[ei]a[dt]/,
    'criou',
    'desenhou',
    'editad',
    'elabor',
    /feit[ao]/,
    'gerad',
    'gerou',
    'imaginad',
    'modificad',
    'produ',
    'realiz',
    /u(?:sad|tilizad)[ao] para (?:criar|editar|gerar|modificar|produzir)/,
  ],
  news: [
    /\bobserva/,
    /\bolha/,
    /\bsegundo\b/,
    'admit',
    'boato',
    'captura',
    /circ[uo]l/,
    'compartilh',
    'confirm',
    /d[eéi][sz][ie]nf/,
    'desculp',
    'engano',
    'fals',
    'manip',
    'polêmica',
    'presunt',
    'reconhec',
    'redes sociais',
    'rotul',
    'suspeit',
  ],
  not: ['nao', /nenhum\w*/, 'não', 'sem'],
  presuppose: ['o que acha', 'o que achaste', 'o que achou', 'o que você acha', 'percebeu', 'reparou', 'sabia que', 'você sabia'],
  sees: ['enxerga', 'imagina', 'vê'],
  subject: ['assunto', 'editoria', 'tema'],
  this: [/dest[ae]/, /est[ae]/, /nest[ae]/],
  via: ['com', 'por'],
  we: ['eu', /minh[ao]s?/, /noss[ao]s?/, 'nós'],
  which: ['que'],
  written: ['escrit', 'redigid', 'traduzid'],
};
