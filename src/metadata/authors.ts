/**
 * Authors, the printed byline, and credit lines. People and desks ("Devdiscourse News Desk") are
 * authors; agencies, photo credits and "additional reporting" lines are `credit` (issue #3).
 */
import { isDecoy, squash, walk } from './dom';
import { deref, nameOf, type JsonLd, type Node } from './jsonld';
import { isWeekday, LABEL } from './words';

const AGENCY = /^(reuters|ap|afp|dpa|ansa|efe|epa|pti|ani|ians|associated press|bloomberg|agenc(y|ies|ia)|agences?|agenturen|xinhua|kyodo|yonhap|tass|ria novosti|sid|kna|epd|apa|sda|ats|belga|anp|čtk|ctk|tt|ntb|staff|redaktion)$/i;
const PREFIX = /^(?:written\s+by|by|von|par|por|di|door|от|автор|text|texto|autor(?:in)?|author|redactie|redacción)\s*[:\s]\s*/i;
const CREDIT = /^\(?\s*(?:with inputs from|additional reporting|reporting by|editing by|edited by|writing by|compiled by|photos?|image|fotos?|bild|credit|quelle|source|mit material|avec (?:l')?afp|con información|com informações|met medewerking)\b/i;

/** "By Jane Doe and John Roe, Reuters | Updated 3 May" → names and the agencies found. */
export function splitByline(raw: string): { names: string[]; agencies: string[] } {
  let line = squash(raw).split(/\s[|·•—–]\s|\s-\s/)[0]!.replace(PREFIX, '');
  // "… Updated 3 May", "… Veröffentlicht am …": the rest is a dateline.
  const label = [...line.matchAll(LABEL)].find((m) => !/\p{L}/u.test(line[m.index - 1] ?? ''));
  if (label) line = line.slice(0, label.index);
  // A date glued to the name ("By Joshua Sokol May 20, 2019") ends the byline.
  const dated = line.length;
  line = line.replace(/[\s,]+(?:\p{L}+\.?\s+)?\d.*$/u, '');
  const names: string[] = [];
  const agencies: string[] = [];
  const parts = line.split(/\s*(?:[,;&/]| and | und | et | y | e | en | и )\s*/);
  for (let [i, part] of parts.entries()) {
    const words = part.replace(PREFIX, '').replace(/^\(|\)$|\.$/g, '').trim().split(' ');
    // So does a weekday before that date ("Joe Wee Monday, February 29, 2016").
    if (i === parts.length - 1 && line.length < dated && isWeekday(words[words.length - 1]!)) words.pop();
    part = words.join(' ');
    if (AGENCY.test(part)) agencies.push(part);
    else if (part && !/\d|https?:|@|^(in|on)\b/i.test(part) && words.length <= 6 && part.length < 60) names.push(part);
  }
  return { names, agencies };
}

/** Byline texts: a plain "By …" line under the headline, then marked elements, most specific
 *  kind first (rel=author, itemprop=author, class byline, class author). */
function domBylines(marked: Element[][], h1: Element | null): string[] {
  const out: string[] = [];
  for (let e = h1?.nextElementSibling, i = 0; e && i < 3; e = e.nextElementSibling, i++) {
    const t = squash(e.textContent);
    if (t.length < 200 && /^(by|von|par|por|di|door|от)\s/i.test(t)) out.push(t);
  }
  for (const el of marked.flat()) {
    const t = squash((el.querySelector('[itemprop=name]') ?? el).textContent);
    if (t && t.length < 120 && /\p{L}/u.test(t) && !isDecoy(el)) out.push(t);
    if (out.length > 3) break;
  }
  return out;
}

/** Short lines in the article that credit agencies, photographers or additional reporting. */
function credits(root: Element | null): string[] {
  const out: string[] = [];
  walk(root, (el) => {
    if (out.length > 2 || !/^(p|em|i|small|figcaption|span)$/.test(el.localName)) return;
    const raw = el.textContent ?? '';
    const t = raw.length < 400 ? squash(raw) : '';
    if (t.length < 160 && CREDIT.test(t) && !out.includes(t)) out.push(t);
  });
  return out;
}

export function findAuthors(
  bylines: () => Element[][],
  meta: Map<string, string>,
  ld: JsonLd,
  main: Node | null,
  readabilityByline: string | null,
  article: Element | null,
  h1: Element | null,
): { authors: string[]; byline: string | null; credit: string | null } {
  const metaAuthor = ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'article:author', 'byl'].map((k) => meta.get(k)).find((v) => v && !/^https?:/.test(v));
  // Readability's byline comes from the article's own region, so it goes before a page-wide search.
  let lines = readabilityByline ? [squash(readabilityByline)] : [];
  if (!lines.some((l) => splitByline(l).names.length)) lines = [...lines, ...domBylines(bylines(), h1)];
  const split = lines.map(splitByline);
  const i = split.findIndex((b) => b.names.length);
  const fromText = split[i] ?? { names: [], agencies: split.flatMap((b) => b.agencies) };
  let authors = main ? [...new Set([deref(ld, main.author)].flat().flatMap((a) => splitByline(nameOf(ld, a) ?? '').names))] : [];
  if (!authors.length && metaAuthor) authors = splitByline(metaAuthor).names;
  if (!authors.length) authors = fromText.names;
  const credit = [...new Set([...fromText.agencies, ...credits(article)])].join(' · ') || null;
  return { authors, byline: lines[i] ?? lines[0] ?? (authors.join(', ') || null), credit };
}
