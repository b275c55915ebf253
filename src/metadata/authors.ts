/**
 * Authors, the printed byline, and credit lines. People and desks ("Devdiscourse News Desk") are
 * authors; agencies, photo credits and "additional reporting" lines are `credit` (issue #3).
 */
import type { MetaFacts } from '../facts/meta';
import { regex } from '../phrases';
import { deref, nameOf, type JsonLd, type Node } from './jsonld';
import { AGENCIES, AGENCY_WORDS, AUTHOR_LABELS, BY, CREDIT_OPENINGS } from './phrases/authors';
import { squash } from './util';
import { isWeekday, LABEL } from './words';

/** A byline part that is an agency (phrases/authors.ts), not a person. */
const AGENCY = /*#__PURE__*/ regex('i', '^(?:', AGENCIES, '|', AGENCY_WORDS, ')$');
/** The words before the name: "By", "Written by", "Autor:". */
const PREFIX = /*#__PURE__*/ regex('i', '^(?:(?:written|posted)\\s+by|', BY, '|', AUTHOR_LABELS, ')\\s*[:\\s]\\s*');
/** A line that opens with "By …" (or "Posted by …"): the words before the name. */
const BY_LINE = /*#__PURE__*/ regex('i', '^(?:(?:posted|written)\\s+by|', BY, ')\\s+');
const CREDIT = /*#__PURE__*/ regex('i', '^\\(?\\s*(?:', CREDIT_OPENINGS, ')\\b');

/** Degrees and credentials written after a name. */
const DEGREE = /^(?:MA|MS|MSc|MD|DO|PhD|Ph\.D\.|RN|BSN|MPH|MBA|JD|DDS|PharmD|BSc|BA|LCSW|CPT)(?:$|[\s,])/;

/** Lowercase words inside names. */
const PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|das|dos|du|la|le|bin|binti|al|el|ibn|ter|ten|zu|y|e)$/;

/** "Heba Habib contributed to this report." */
const CONTRIBUTED = /^[\p{L} .,'’&-]{3,120}\b(?:also )?contributed(?: reporting)?(?: to (?:this|the) (?:report|story|article))?\.?$/iu;

/** A desk or newsroom signing a dateline: "Devdiscourse News Desk | Updated: 28-04-2025 09:57 IST". */
const DESK = /\b(?:desk|bureau|newsroom|redaktion|rédaction|redacción|redazione|redação|redactie)\b/i;

/** The desk at the head of a dateline, when the line is one ("<desk> | <date> | …"); else null. */
export function deskOf(line: string): string | null {
  const [head = '', ...rest] = squash(line).split(/\s[|·•]\s/);
  return rest.some((r) => /\d/.test(r)) && DESK.test(head) && !/\d/.test(head) && head.split(' ').length <= 6 ? head : null;
}

/** "By Jane Doe and John Roe, Reuters | Updated 3 May" → names and the agencies found. */
export function splitByline(raw: string): { names: string[]; agencies: string[] } {
  // A homepage in the line ("Bradley M. Kuhn (http://ebb.org/bkuhn/)") is not part of a name. (Here and
  // below, `(?<!\s)` tries a run of spaces from its first only: from each, a long run costs quadratic time.)
  let line = squash(squash(raw).replace(/(?:\(\s*|(?<!\s)\s+)?https?:\/\/[^\s)]*\s*\)?/g, ' ')).split(/\s[|·•—–]\s|\s-\s/)[0]!.replace(PREFIX, '');
  // "… Updated 3 May", "… Veröffentlicht am …": the rest is a dateline.
  const label = [...line.matchAll(LABEL)].find((m) => !/\p{L}/u.test(line[m.index - 1] ?? ''));
  // (and "Last Updated …": the word before the label belongs to it).
  if (label) line = line.slice(0, label.index).replace(/\b(?:last|first|originally|zuletzt|zuerst|dernière|première|última|ultima|laatst)\s*$/i, '');
  // "Rob Ewaschuk Edited by Betsy Beyer": the editor is not an author.
  line = line.replace(/(?<!\s)\s+(?:edited|reviewed|fact-checked|illustrated|photographed) by\b.*/i, '');
  // A date glued to the name ("By Joshua Sokol May 20, 2019") ends the byline. (The line is squashed, one
  // line: `.*` takes the rest, where `.*$` would read it again from every match that a line break stops.)
  const dated = line.length;
  line = line.replace(/(?<![\s,])[\s,]+(?:\p{L}+\.?\s+)?\d.*/u, '');
  const names: string[] = [];
  const agencies: string[] = [];
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in brackets are authors (from
  // the first non-space; a last space when there is nothing else, as `\s+([^()]+)` read it).
  line = line.replace(/(?<!\s)\s*\(\s*(?:with|avec|mit|con|com|met|z|с)\s+([^()\s][^()]*|\s)\)/iu, ', $1');
  let parts = line.split(/(?:(?<!\s)\s+(?!\s)(?<= )(?:and|und|et|y|e|en|и) |(?:(?<!\s)\s+(?!\s))?[,;&/])\s*/);
  // A name with an ampersand that only looks like a list: "Mac & i", "Brown & co". Splitting leaves
  // a fragment no name is (one letter, or a lowercase word), so the line is one name.
  if (line.includes('&') && parts.some((p) => /^\p{Ll}|^\p{L}$/u.test(p.trim()))) parts = [line];
  for (let [i, part] of parts.entries()) {
    const words = part.replace(PREFIX, '').replace(/^\(|\)$|\.$/g, '').trim().split(' ');
    // So does a weekday before that date ("Joe Wee Monday, February 29, 2016").
    if (i === parts.length - 1 && line.length < dated && isWeekday(words[words.length - 1]!)) words.pop();
    part = words.join(' ');
    if (AGENCY.test(part)) agencies.push(part);
    // Not a person: a button ("Follow Author"), or a degree or desk after the name ("…, MA WebMD Health News", "…, PhD").
    else if (/^(?:follow|view|contact|more from)\b|^(?:author|authors|autor|auteur|profile)$/i.test(part)) continue;
    else if (i > 0 && DEGREE.test(part)) continue;
    // A co-author's words are capitalised but for particles ("Ursula von der Leyen"): "Software
    // Engineer on Google Play" after the comma is the first name's role. (The first part may be a
    // handle: "kovarex", "Mac & i"; but lowercase words are no name: "By the way, …".)
    else if (
      part &&
      !/\d|https?:|@|^(in|on)\b/i.test(part) &&
      words.length <= 6 &&
      part.length < 60 &&
      (i === 0 || !words.some((w) => /^\p{Ll}\p{L}/u.test(w) && !PARTICLE.test(w))) &&
      !(words.length > 1 && /^\p{Ll}/u.test(words[0]!) && !PARTICLE.test(words[0]!))
    )
      names.push(part);
  }
  return { names, agencies };
}

export function findAuthors(
  facts: MetaFacts,
  meta: Map<string, string>,
  ld: JsonLd,
  main: Node | null,
  readabilityByline: string | null,
): { authors: string[]; byline: string | null; credit: string | null } {
  const metaAuthor = ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'article:author', 'byl'].map((k) => meta.get(k)).find((v) => v && !/^https?:/.test(v));
  // Readability's byline comes from the article's own region, so it goes before a page-wide search.
  let lines = readabilityByline ? [squash(readabilityByline)] : [];
  // Then a plain "By …" line under the headline or opening the article ("Posted by Andrew Hayden,
  // Software Engineer", which on a blog names the writer better than the posting account), then
  // marked elements, most specific kind first.
  if (!lines.some((l) => splitByline(l).names.length)) {
    // A name follows, capitalised ("Par exemple, …" and "By the way, …" open sentences), unless the line
    // says "Posted by" outright (a handle: "Posted by kovarex").
    const plain = [...facts.afterHeadline, ...facts.shortLines.slice(0, 3)].filter((t) => {
      const by = BY_LINE.exec(t)?.[0];
      return by !== undefined && (/^(?:posted|written)/i.test(by) || /^\p{Lu}/u.test(t.slice(by.length)));
    });
    lines = [...lines, ...[...plain, ...facts.bylines].slice(0, 4)];
  }
  // A desk that signs the dateline under the headline, when nothing else names an author.
  if (!lines.some((l) => splitByline(l).names.length)) {
    const desk = [...facts.afterHeadline, ...facts.dateLines.map((d) => d.text)].map(deskOf).find(Boolean);
    if (desk) lines.push(desk);
  }
  const split = lines.map(splitByline);
  const i = split.findIndex((b) => b.names.length);
  const fromText = split[i] ?? { names: [], agencies: split.flatMap((b) => b.agencies) };
  let authors = main ? [...new Set([deref(ld, main.author)].flat().flatMap((a) => splitByline(nameOf(ld, a) ?? '').names))] : [];
  if (!authors.length && metaAuthor) authors = splitByline(metaAuthor).names;
  if (!authors.length) authors = fromText.names;
  // Short lines in the article that credit agencies, photographers or additional reporting.
  const credits = facts.shortLines.filter((t) => CREDIT.test(t) || CONTRIBUTED.test(t)).slice(0, 3);
  const credit = [...new Set([...fromText.agencies, ...credits])].join(' · ') || null;
  return { authors, byline: lines[i] ?? lines[0] ?? (authors.join(', ') || null), credit };
}
