/**
 * Published and modified times: every signal becomes a ranked candidate, the best one wins, and a
 * weaker signal may only add precision (a clock, an offset) to the same day. Ranks follow how often
 * each signal is right on news pages (JSON-LD and article:* meta first, then microdata and <time>,
 * then labelled visible text; a date in the URL is a weak day-level fallback), as htmldate does.
 */
import type { TimeDetail } from '../../analysis';
import type { MetaFacts } from '../../facts/meta';
import type { Node } from '../jsonld';
import { isDatedByline, isDatelineOnly } from '../../text/furniture';
import { firstLabel, isWeekday, labelOf, labelWord, type Label } from '../words';
import { parseMachine } from './machine';
import { clockAt, findDates, type Found, type TextContext } from './text';
import { countryZone, languageZone, offsetAt, oneClockZone, usDatelineZone, wallOffset } from '../zones';
import { applyZone, fromInstant, ms, toDetail, valid, type Wall } from './wall';
import { regex } from '../../phrases';
import { FIRST_PUBLISHED, VERB_LAST_BEFORE } from '../phrases/dates';

interface Cand {
  w: Wall;
  signal: string;
  kind: 'pub' | 'mod';
  rank: number;
  /** Read from the words the page shows (a <time> element's text when it has no datetime), not a machine value. */
  shown?: boolean;
}

// Meta keys, best first (ranks fall by one per position), compared without og:/dc./dcterms./rnews:
// prefixes and punctuation: "og:article:published_time", "DC.date.issued", "sailthru.date"…
// (A ranking, not a phrase table: the order is the point. Split by a pure call: a bundle that only
// reaches this module through the message guards drops it.)
const META = /*#__PURE__*/ [
  'articlepublishedtime articlepublished publishedtime datepublished parselypubdate sailthrudate publishdate pubdate ' +
    'publicationdate publisheddate citationpublicationdate citationdate citationonlinedate dateissued issued created ' +
    'datecreated date originalpublicationdate displaydate',
  'articlemodifiedtime updatedtime articlemodified datemodified modifiedtime modified lastmod lastmodified revised',
].map((l) => l.split(' '));

export interface TimeInputs {
  facts: MetaFacts;
  meta: Map<string, string>;
  main: Node | null;
  url: string;
  ctx: TextContext;
}

export function findTimes(inp: TimeInputs): { published: TimeDetail | null; modified: TimeDetail | null } {
  const { facts, meta, main, ctx } = inp;
  const cands: Cand[] = [];
  const add = (w: Wall | null | undefined, signal: string, kind: 'pub' | 'mod', rank: number): void => {
    if (w && ms(w) < ctx.now.getTime() + 864e5) cands.push({ w, signal, kind, rank });
  };
  const machine = (v: unknown): Wall | null => (typeof v === 'string' && v ? parseMachine(v, ctx) : null);

  if (main) {
    add(machine(main.datePublished) ?? machine(main.dateCreated), 'json-ld:datePublished', 'pub', 100);
    add(machine(main.dateModified), 'json-ld:dateModified', 'mod', 100);
  }
  for (const [k, v] of meta) {
    const key = k.replace(/^(og:|dc\.|dcterms\.|rnews:)|[^a-z]/g, '');
    META.forEach((keys, i) => keys.includes(key) && add(machine(v), `meta:${k}`, i ? 'mod' : 'pub', 90 - keys.indexOf(key)));
  }
  const parsely = meta.get('parsely-page');
  if (parsely) {
    try {
      add(machine((JSON.parse(parsely) as Node).pub_date), 'meta:parsely-page', 'pub', 85);
    } catch {
      /* not JSON: ignore */
    }
  }

  // Bail out early (issue #3 speed goal): a machine-readable published instant is not improved on
  // by visible text, which only adds precision to the same day.
  const machineDone = cands.some((c) => c.kind === 'pub' && c.w.off !== undefined);
  if (!machineDone) for (const [prop, v] of facts.itemprops) add(machine(v), `itemprop:${prop}`, prop === 'dateModified' ? 'mod' : 'pub', 80);

  let first = true;
  for (const t of facts.times) {
    const m = machine(t.datetime);
    const w = m ?? findDates(t.text, ctx)[0]?.wall;
    if (!w) continue;
    const label = labelOf(t.around);
    add(w, 'time[datetime]', label ?? 'pub', label ? 70 : first ? 60 : 50);
    // A zone-less datetime whose element shows the same clock ("2025-11-07T14:32", "07.11.2025, 14:32
    // Uhr") is the clock the page shows: it takes the page's zone as a visible time does (issue #14).
    const text = m && m.off === undefined && m.h !== undefined ? findDates(t.text, ctx)[0]?.wall : undefined;
    const same = !!text && sameDay(text, m!) && text.h === m!.h && text.mi === m!.mi;
    if ((!m || same) && cands.at(-1)?.w === w) cands.at(-1)!.shown = true;
    first = false;
  }

  // A day in the URL: /2016/05/08/, /2016-05-08-, /20160508. Not /2016/05/ alone (that is a month,
  // and its "05" must not become month 0, day 5).
  // Also day first, as Latin American and European sites write it: /22-07-2025/.
  add(dayInAddress(inp.url), 'url', 'pub', 10);
  // The share image's address may carry the day it was uploaded for the story ("…/2020/11/22/…",
  // "…/20201122-…"): the weakest evidence, for a page that says nothing else.
  const image = meta.get('og:image') ?? meta.get('twitter:image');
  if (image) add(dayInAddress(image, true), 'meta:og:image', 'pub', 5);

  // A wiki's footer line for the page's last edit ("This page was last edited on 29 January 2020, at
  // 13:22", "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert."): the update time,
  // and the day a page that shows no other date is dated by, as its readers date it.
  if (facts.lastEdited) {
    const f = findDates(facts.lastEdited, ctx)[0];
    const sig = `text:${labelWord(facts.lastEdited) ?? 'last edited'}`;
    add(f?.wall, sig, 'mod', 40);
    add(f?.wall, sig, 'pub', 7);
  }
  // A press release's dateline opens its first paragraph ("(18.01.2018) Deutschlands Landwirte …",
  // "BERLIN, 5. März 2024 – …", "Paris, le 12 février 2023 –", "WASHINGTON, Jan. 5, 2024 /PRNewswire/ --"): a full date before any
  // word of the story (a place at most), then a bracket, dash or slash. Above the URL's day, below
  // every line around the headline.
  const lead = facts.leadStart && findDates(facts.leadStart, ctx)[0];
  if (lead && isDateline(facts.leadStart!, lead)) add(lead.wall, 'text:date', 'pub', 12);

  // Short texts around the headline; those in a table of facts (an infobox) count only when labelled.
  // Read even when a machine instant settles publication: their days say in which zone its instant
  // is the page's day, and their "Updated" line may be the only update time.
  const segments = [...new Set(facts.dateLines.filter((l) => !l.facts || labelOf(l.text)).map((l) => l.text))];
  // Lines found page-wide by their year alone count only when labelled, or when they are nothing but a
  // date ("12.01.2017", "Apr 7, 2009", "Donnerstag, 16. Februar 2012 um 09:25") or a dated byline ("von
  // Jane Roe 31.10.2023"): the weakest evidence, below the URL's day, which they may give a clock.
  if (!machineDone) {
    facts.dateLines
      .filter((l) => l.facts && !labelOf(l.text) && l.text.length <= 60 && (isDateOnly(l.text, ctx) || isDatedByline(l.text)))
      .slice(0, 3)
      .forEach((l, i) => add(findDates(l.text, ctx)[0]?.wall, 'text:date', 'pub', 9 - i / 100));
  }
  // No headline to look around (a blog without <h1>): a dateline that opens the article itself,
  // "Tuesday 15 October 2019 by Bradley M. Kuhn", dates the story.
  if (!machineDone && !segments.length) segments.push(...facts.shortLines.slice(0, 3).filter((t) => isDatelineOnly(t) || isDatedByline(t)));
  if (!ctx.order) {
    // Any numeric date on the page with a number above 12 settles day/month order for the rest.
    for (const s of segments) {
      const m = /(?<![\d.])(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}/.exec(s);
      if (m) ctx.order = +m[1]! > 12 ? 'dmy' : +m[2]! > 12 ? 'mdy' : ctx.order;
    }
  }
  if (!ctx.order) ctx.order = orderFrom(segments, cands);
  // The days the page shows for its publication (unlabelled or labelled so), kept apart from the candidates.
  const shown: Wall[] = [];
  // The days it labels as an update ("last updated 4 April 17"), wherever else they show again.
  const updates: Wall[] = [];
  // The first publication a label names as such ("First published on …"), and the dates shown unlabelled.
  let firstPub: Wall | null = null;
  const unlabelled: { w: Wall; si: number }[] = [];
  segments.forEach((s, si) => {
    let prev = 0;
    const found = findDates(s, ctx);
    let lastLabel: Label = null;
    // (Where the last date's participle ended: "gepostet" in "… gepostet und zuletzt am …" is not the next date's.)
    let used = 0;
    found.forEach((f, fi) => {
      let before = s.slice(Math.max(prev, used, f.index - 40), f.index);
      prev = f.end;
      // Japanese and Chinese pages may put the label right after the date ("2024年3月5日 10:00 公開 ／
      // 2024年3月5日 18:05 更新"): that one is the date's, unless the next date follows it at once, as a
      // label before its date does ("입력 2025.04.28 09:57 수정 2025.04.28 11:02").
      const after = /^\s*[(（]?([\p{sc=Han}\p{sc=Hangul}]{2,4})[)）]?/u.exec(s.slice(f.end, f.end + 10));
      if (after && labelOf(after[1]!) && !/^[\s:：]*\d/.test(s.slice(f.end + after[0].length, f.end + after[0].length + 4))) {
        before = after[1]!;
        prev += after[0].length;
      }
      let label: Label = labelOf(before);
      let word = labelWord(before);
      // German and Dutch put the participle last: "wurde am 14. März 2025 um 07:45 Uhr von X gepostet und
      // zuletzt am 14. März 2025 um 11:20 Uhr aktualisiert." A date after "am"/"op" with no label
      // before it takes the first one after it, before the next date.
      if (!label && VERB_LAST.test(before.trimEnd())) {
        const after = firstLabel(s.slice(f.end, found[fi + 1]?.index ?? s.length));
        if (after) [label, word, used] = [after.label, after.word, f.end + after.end];
      }
      lastLabel = label;
      // A date inside a sentence of the story ("Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab
      // 19 Uhr … statt.", "as soon as Nov. 4, officials said.") names an event, not the page: not read.
      const sentence = !label && s.length > 60 && /[.!?]["”»]?$/.test(s) && wordsRunUpTo(s.slice(Math.max(0, f.index - 300), f.index));
      // A time counted back from now ("vor 3 Std.", "hace 2 horas") is no date the page shows: it
      // only stands in, below every machine time, for one the page does not give (issue #14).
      const rel = !!f.wall.rel;
      if (label !== 'mod' && si < 6 && !sentence && !rel) shown.push(f.wall);
      if (label === 'mod' && !rel) updates.push(f.wall);
      if (label === 'pub' && !firstPub && FIRST.test(before)) firstPub = f.wall;
      if (!label && !sentence && si < 6 && !rel) unlabelled.push({ w: f.wall, si });
      // An instant in the page's metadata settles publication; an "Updated" line may still be its
      // only update time (the metadata's own update, ranked higher, wins where there is one).
      if (machineDone && label !== 'mod') return;
      // The signal names the label the page printed ("text:Updated"), else "text:date": never a cut
      // of the page's text (twelve code units could split a surrogate pair, or a name: "text:ICK REEVELL").
      const sig = `text:${word ?? 'date'}`;
      if (!sentence) add(f.wall, sig, label ?? 'pub', (rel ? 45 : label ? 66 : 56) - si / 100);
      // A page that only says "Updated"/"Stand" still dates the story: a last-resort published day.
      if (label === 'mod') add(f.wall, sig, 'pub', 8);
    });
    // An update said as a clock alone after the publication's date and time ("10 maart 2025, 08.15 uur ·
    // Update 10.03 uur", "Publié à 5 h 30 le 9 mai 2025 | Mis à jour à 8 h 12"): that day, a later clock.
    const last = found.at(-1);
    if (last && lastLabel !== 'mod' && last.wall.h !== undefined) {
      const update = clockUpdate(s.slice(last.end, last.end + 60), last.wall, ctx);
      if (update) {
        updates.push(update.w);
        add(update.w, `text:${update.word}`, 'mod', 66 - si / 100);
      }
    }
  });

  // An editor's note that opens with its update's label, day and clock, at the story's end or in it
  // ("Update, March 4, 2025, 11:30 am ET: This story has been updated with …", "Mis à jour le 5 mars
  // 2025 à 9 h 10 : …"): the latest is the story's update, below the lines around the headline.
  const notes = facts.shortLines.map((l) => noteUpdate(l, ctx)).filter((w): w is Wall => !!w);
  const note = notes.sort((a, b) => ms(b) - ms(a))[0];
  if (note) {
    updates.push(note);
    add(note, 'text:Update', 'mod', 64);
  }

  // "Sat 27 Dec 2025 19.31 AEDT" over "First published on Sat 27 Dec 2025 10.02 AEDT": a page that labels
  // its first publication shows its last update unlabelled (the Guardian's habit), a later clock.
  const firstShown = firstPub as Wall | null;
  if (firstShown && firstShown.h !== undefined) {
    for (const { w, si } of unlabelled) {
      if (w.h === undefined || ms(w) <= ms(firstShown)) continue;
      for (let k = cands.length - 1; k >= 0; k--) if (cands[k]!.w === w && cands[k]!.kind === 'pub') cands.splice(k, 1);
      if (shown.includes(w)) shown.splice(shown.indexOf(w), 1);
      updates.push(w);
      add(w, 'text:date', 'mod', 66 - si / 100);
    }
  }

  // A page whose lines show no date may show it in <time> elements alone ("25.01.2022"): their text
  // is the date the page shows, when they all show one day (several days are a list of stories).
  if (!shown.length) {
    const days = facts.times.filter((t) => labelOf(t.around) !== 'mod').flatMap((t) => findDates(t.text, ctx).slice(0, 1).map((f) => f.wall)).filter((w) => !w.rel);
    if (days.length && days.every((w) => !w.yearless && sameDay(w, days[0]!))) shown.push(days[0]!);
  }

  // A day written without its year ("March 18 at 3:57 PM") takes the year of the same day named in
  // full elsewhere (the URL's /2015/03/18/): an old story read today is not from this year.
  for (const c of cands) {
    const full = c.w.yearless && cands.find((o) => !o.w.yearless && o.w.mo === c.w.mo && o.w.d === c.w.d);
    if (full) c.w = { ...c.w, y: full.w.y, yearless: undefined };
  }

  // (The page's zone where it writes its visible times without one: its country's.)
  const pageZone = ctx.local ?? countryZone(ctx);
  // Two machine times of one kind, both marked UTC, to the second the same clock but as far apart as
  // the page's zone is from UTC (JSON-LD "2020-04-25T07:25:06Z", meta "2020-04-24T21:25:06+00:00" on
  // an Australian site): the later is the page's wall clock labelled Z, the earlier the instant.
  // Both read as the instant, in the page's zone (issue #14).
  for (const c of pageZone ? cands : []) {
    if (c.w.off !== 0 || c.w.s === undefined || (!machineSignal(c) && !c.signal.startsWith('json-ld'))) continue;
    const twin = cands.find((o) => o.kind === c.kind && o.w.off === 0 && o.w.s === c.w.s && o.w.mi === c.w.mi && ms(c.w) - ms(o.w) === (offsetAt(pageZone!, ms(o.w)) ?? 0) * 60000 && ms(c.w) !== ms(o.w));
    if (twin) c.w = { ...fromInstant(ms(twin.w), offsetAt(pageZone!, ms(twin.w))!, pageZone!), s: c.w.s };
  }
  const modLines = cands.filter((c) => c.kind === 'mod' && c.signal.startsWith('text')).map((c) => c.w);
  // (An update's instant is not said in the country's zone by itself: the publication's zone, once
  // settled, is the page's clock, below.)
  let modified = inPageZone(visibleZone(best(cands, 'mod'), modLines, pageZone, cands), cands, [], ctx, false);
  let published = inPageZone(visibleZone(best(cands, 'pub'), shown, pageZone, cands), cands, shown, ctx);
  // The instants the page shows in words: its lines' and its <time> elements' texts ("Dec. 13, 2016,
  // 12:31 PM UTC / Updated …"), but not the update's.
  const clocks = shown.filter((w) => w.off !== undefined && w.h !== undefined);
  for (const t of facts.times) {
    let prev = 0;
    for (const f of findDates(t.text, ctx)) {
      if (f.wall.off !== undefined && f.wall.h !== undefined && !f.wall.rel && labelOf(t.text.slice(prev, f.index)) !== 'mod') clocks.push(f.wall);
      prev = f.end;
    }
  }
  // (A day the page labels as its update, shown again bare — in a <time> of that line — is still the update's.)
  const shownPub = shown.filter((w) => !updates.some((u) => sameDay(u, w)));
  const chosen = agreed(toMinute(published, cands, clocks, modified), cands, shownPub, modified);
  if (chosen !== published) published = inPageZone(chosen, cands, shown, ctx);
  // A page that shows no publication date, only its update's ("Updated 2010 GMT (0410 HKT) March 14,
  // 2021" under a story its data dates 8 March): the date it presents is the one a reader cites
  // (issue #14), so the update dates it; its data's publication day is not shown anywhere.
  const upd = updates.find((u) => !u.yearless);
  // (Not when a <time> of that line shows the day again bare: the metadata's labelled pages, androidcentral's
  // kind, keep their data's publication then.)
  if (!shown.length && upd && published && modified && !sameDay(published.w, upd) && sameDay(modified.w, upd)) published = { ...modified, kind: 'pub' };
  // The update of a page whose publication was set in its zone, in the same zone (one page, one clock).
  if (modified?.w.off === 0 && modified.w.h !== undefined && published?.w.off) {
    const t = ms(modified.w);
    const off = published.w.tz ? offsetAt(published.w.tz, t) : published.w.off;
    if (off !== null) modified = { ...modified, w: { ...fromInstant(t, off, published.w.tz), s: modified.w.s, zone: published.w.tz ? undefined : published.w.zone } };
  }
  // A zone-less machine time gets the page's offset when the page itself pairs the two: the same
  // publication moment written with an offset (JSON-LD "…12:55:00Z") and without one (meta
  // "2018-12-21 12:55:00") tells that its zone-less machine times are in that offset.
  if (published?.w.off !== undefined && modified && modified.w.off === undefined && machineSignal(modified)) {
    const p = published.w;
    const twin = cands.some((c) => c.w.off === undefined && machineSignal(c) && sameDay(c.w, p) && c.w.h === p.h && c.w.mi === p.mi && c.w.h !== undefined);
    if (twin) modified = { ...modified, w: { ...modified.w, off: p.off } };
  }
  // A zone-less clock on a page that names its zone elsewhere ("Updated 3:33 AM ET" beside "Published
  // March 5, 2024 at 1:10 AM"): one page, one zone (a named one, so that summer time is right).
  const named = cands.find((c) => c.w.tz && c.w.zone && c.w.h !== undefined)?.w.tz;
  const zoned = (c: Cand | null): Cand | null => {
    if (!c || !named || c.w.h === undefined || c.w.off !== undefined) return c;
    const off = wallOffset(named, ms(c.w));
    return off === null ? c : { ...c, w: { ...c.w, off, tz: named } };
  };
  published = zoned(published);
  modified = zoned(modified);
  // One page, one clock (issue #14): a zone-less "Updated 9.15am" beside a publication stated with an
  // offset (<time datetime="…+11:00">, a meta time) is in that zone, and the other way round.
  modified = sameClock(modified, published);
  published = sameClock(published, modified);
  // A visible time still zone-less: the zone of the site's country (its domain, its language's region), else the one
  // its language is read in when all its readers keep one clock (German, Japanese, Chinese…). An
  // assumption, and the note says so. Last, an English page of no country that writes its dates the
  // American way, month first with a 12-hour clock ("December 16, 2016, 4:19 PM", "Dec 1st 2016
  // 1:01PM"; British pages write "16 December 2016, 16:19"), is read in US Eastern time, where most
  // American newsrooms keep their clocks, unless the story's dateline places it in another zone
  // ("OJAI, Calif. —", "DENVER (AP) —").
  const americanClock = ctx.lang.startsWith('en') && ctx.order !== 'dmy' && segments.some(american);
  const guess = countryZone(ctx) ?? oneClockZone(ctx.lang) ?? (americanClock ? (usDatelineZone(facts.leadStart ?? '') ?? 'America/New_York') : null);
  published = assumeZone(published, guess);
  modified = assumeZone(modified, guess);
  // The address was minted when the story was first published: a full day in it ("/2017/7/12/") more
  // than a year before the date read from the page's data and lines dates the story (a site's
  // migration restamped its datePublished; a feed of today's stories fills the page).
  const url = cands.find((c) => c.signal === 'url');
  if (url && published && published !== url && ms(published.w) - ms(url.w) > 365 * 864e5) published = url;
  // Sanity (issue #3): an update cannot precede publication.
  if (published && modified && ms(modified.w) < ms(published.w) - 60000) modified = null;
  return { published: published && toDetail(published.w, published.signal), modified: modified && toDetail(modified.w, modified.signal) };
}

/**
 * A machine time marked UTC whose wall clock the page shows in another zone ("10:22Z" in the meta
 * tag, "Published 10:22 AM CDT" on the page; "14:30Z", "21 out 2025 - 14h30" on a Brazilian site): the
 * CMS wrote local time and labelled it Z. When the sources disagree, the visible text wins (issue #14):
 * the time is read in the zone the text names, else in the page's own (its country's).
 * Not when the page's own <time> element writes that clock as UTC in its datetime: every machine
 * source then says UTC, and the element's text ("December 9, 2016 2:50PM ET") is a template's fixed
 * zone word, which people who label these pages do not trust over the element's datetime.
 */
function visibleZone(top: Cand | null, walls: Wall[], pageZone: string | null, cands: Cand[]): Cand | null {
  if (!top || top.w.off !== 0 || top.w.h === undefined || !/^(meta|itemprop|time|json-ld)/.test(top.signal)) return top;
  const atClock = (w: Wall) => sameDay(w, top.w) && w.h === top.w.h && w.mi === top.w.mi;
  if (cands.some((c) => c.signal === 'time[datetime]' && c.w.off === 0 && atClock(c.w))) return top;
  for (const w of walls) {
    if (!sameDay(w, top.w) || w.h !== top.w.h || w.mi !== top.w.mi) continue;
    const tz = w.off === undefined ? pageZone : w.tz;
    const off = w.off ?? (tz ? wallOffset(tz, ms(w)) : null);
    if (off) return { ...top, w: { ...top.w, off, tz: tz ?? undefined, zone: w.zone } };
  }
  return top;
}

/** A zone-less clock the page shows in the zone of the page's other time, when that one has a real
 *  offset (not a bare UTC). Only a visible time: a zone-less machine value is as often UTC (zone-twin). */
function sameClock(c: Cand | null, other: Cand | null): Cand | null {
  const o = other?.w;
  if (!c || !visible(c) || c.w.h === undefined || c.w.off !== undefined || !o || o.h === undefined || o.off === undefined || (!o.off && !o.tz)) return c;
  const off = o.tz ? wallOffset(o.tz, ms(c.w)) : o.off;
  return off === null ? c : { ...c, w: { ...c.w, off, tz: o.tz, zone: o.tz ? o.zone : undefined } };
}

/** A zone-less clock the page shows, read in the zone `tz`, noted as assumed (not a machine value). */
function assumeZone(c: Cand | null, tz: string | null): Cand | null {
  if (!c || !tz || !visible(c) || c.w.h === undefined || c.w.off !== undefined) return c;
  const off = wallOffset(tz, ms(c.w));
  return off === null ? c : { ...c, w: { ...c.w, off, tz, note: c.w.note ?? 'zone assumed' } };
}

/** A time the page shows in words: a line's, or a <time> element's text (it has no datetime). */
const visible = (c: Cand): boolean => c.signal.startsWith('text') || !!c.shown;

const machineSignal = (c: Cand): boolean => /^(meta|itemprop|time)/.test(c.signal);

/**
 * Machine times of one day that disagree on the clock (meta "18:06:00", meta "12:31:48.000Z"): the one
 * an instant the page shows in words agrees with to the minute wins, when the top one agrees with none.
 */
function toMinute(top: Cand | null, cands: Cand[], clocks: Wall[], modified: Cand | null): Cand | null {
  const near = (a: Wall, b: Wall): boolean => Math.abs(ms(a) - ms(b)) < 60000;
  const instant = (w: Wall): boolean => w.off !== undefined && w.h !== undefined;
  if (!top || !instant(top.w) || !clocks.length || clocks.some((w) => near(w, top.w))) return top;
  const agree = cands.filter((c) => c.kind === 'pub' && !c.signal.startsWith('text') && c.rank >= 50 && instant(c.w) && clocks.some((w) => near(w, c.w)) && !(modified && near(modified.w, c.w)));
  return agree.sort((a, b) => b.rank - a.rank)[0] ?? top;
}

/**
 * When the page's machine-readable dates disagree, the one the page shows wins (issue #14): the first
 * full date shown near the headline picks, among the candidates, the best one of its day (JSON-LD
 * "2023-11-03" under a line "6. November 2023, 15:25 Uhr" that the meta tag and the <time> repeat).
 * A top candidate with no clock (a bare "date" meta) gives way to the shown date itself.
 */
function agreed(top: Cand | null, cands: Cand[], shown: Wall[], modified: Cand | null): Cand | null {
  const first = shown.find((w) => !w.yearless);
  if (!top || !first || sameDay(top.w, first)) return top;
  const same = (c: Cand): boolean => c.kind === 'pub' && c.rank >= 50 && sameDay(c.w, first);
  const instant = (w: Wall): boolean => w.off !== undefined && w.h !== undefined;
  // (Not the update's own instant, written again in an unlabelled <time>.)
  const update = (c: Cand): boolean => !!modified && modified.w.h !== undefined && sameDay(c.w, modified.w) && c.w.h === modified.w.h && c.w.mi === modified.w.mi;
  const machine = cands.filter((c) => same(c) && (machineSignal(c) || c.signal.startsWith('json-ld')) && !update(c));
  // (A page that shows its update's day says little against its publication's: two sources must then
  // agree, or one to the minute.)
  const exact = machine.some((c) => instant(c.w) && shown.some((w) => instant(w) && Math.abs(ms(w) - ms(c.w)) < 60000));
  if (machine.length >= (modified && sameDay(modified.w, first) && !exact ? 2 : 1)) return best(cands.filter((c) => c.kind === 'pub' && sameDay(c.w, first)), 'pub');
  // The page shows its update's day and never its publication's ("03.04.2019" under the headline,
  // JSON-LD datePublished 2017, dateModified 2019-04-03): the date it presents is THE date a reader
  // would cite, so the update's own time dates it (issue #14).
  if (modified && sameDay(modified.w, first)) return shown.some((w) => sameDay(w, top.w)) ? top : { ...modified, kind: 'pub' };
  // A day without a year, or a bare "date" meta tag without a clock, gives way to the date shown.
  const weak = top.w.yearless || (/^meta:(?:dc\.|dcterms\.)?date$/.test(top.signal) && top.w.h === undefined);
  return weak && cands.some(same) ? best(cands.filter(same), 'pub') : top;
}

/**
 * A UTC instant ("…T01:49:09Z") said in the page's own zone, whose day is the page's day (issue #14:
 * a story of 8 November evening in California is not from 9 November). The zone is, in turn: the
 * offset by which a zone-less clock of the same kind on the page ("2023-11-08 17:49:09", in a
 * <time> or a line) differs from the instant, to the minute; the zone of the page's country and
 * language (zones.ts `localZone`); the zone its language is mostly read in, only when that gives the
 * day the page shows. Otherwise the instant stays in UTC. The instant itself never changes.
 */
function inPageZone(top: Cand | null, cands: Cand[], shown: Wall[], ctx: TextContext, byCountry = true): Cand | null {
  if (!top || top.w.off !== 0 || top.w.h === undefined) return top;
  const t = ms(top.w);
  const at = (off: number, tz?: string): Cand => ({ ...top, w: { ...fromInstant(t, off, tz), s: top.w.s } });
  // (A twin at the same clock says the page writes its zone-less clocks in UTC.)
  let utcTwin = false;
  for (const c of cands) {
    if (c.kind !== top.kind || c.w.off !== undefined || c.w.h === undefined || c.w.mi !== top.w.mi) continue;
    if (c.w.s !== undefined && top.w.s !== undefined && c.w.s !== top.w.s) continue;
    const off = (ms(c.w) - t) / 60000;
    if (off && Math.abs(off) <= 14 * 60 && off % 15 === 0) return at(off, ctx.local && offsetAt(ctx.local, t) === off ? ctx.local : undefined);
    utcTwin ||= !off;
  }
  // (The site's country by its domain or its language's region, "ici.radio-canada.ca", "en-AU",
  // before the language alone: French in Canada is not read in Paris.)
  const country = ctx.local || !byCountry || utcTwin ? null : countryZone(ctx);
  const local = ctx.local ?? country ?? languageZone(ctx.lang);
  const off = local === null ? null : offsetAt(local, t);
  if (!off) return top;
  const there = at(off, local!);
  // A zone guessed from the language alone must give a day the page shows, and another than UTC's;
  // the zone of the page's country, a day the page does not contradict (a blog that shows UTC days).
  const shows = (w: Wall): boolean => shown.some((v) => sameDay(v, w));
  if (ctx.local || country) return shows(top.w) && !shows(there.w) ? top : there;
  return shows(there.w) && !shows(top.w) ? there : top;
}

/**
 * Day/month order of an ambiguous numeric date ("05/04/2025") from what else the page says: the same
 * day in its metadata or URL in one reading only, else a zone that only one order's countries write
 * ("3:33 AM ET": the US; "AEST", "BST": day first).
 */
function orderFrom(segments: string[], cands: Cand[]): 'dmy' | 'mdy' | null {
  const has = (y: number, mo: number, d: number): boolean => cands.some((c) => !c.signal.startsWith('text') && c.w.y === y && c.w.mo === mo && c.w.d === d);
  for (const s of segments) {
    for (const m of s.matchAll(/(?<![\d.])(\d\d?)[/-](\d\d?)[/-](\d{4}|\d\d)(?![\d.])/g)) {
      const [a, b, y] = [+m[1]!, +m[2]!, +m[3]! + (m[3]!.length === 2 ? 2000 : 0)];
      if (a === b || a > 12 || b > 12) continue;
      if (has(y, b, a) !== has(y, a, b)) return has(y, b, a) ? 'dmy' : 'mdy';
    }
  }
  const zones = segments.join(' ');
  return /\b(?:ET|EST|EDT|CDT|MDT|PT|PST|PDT)\b/.test(zones) ? 'mdy' : /\b(?:AEST|AEDT|NZST|NZDT|BST|SAST)\b/.test(zones) ? 'dmy' : null;
}

/** A date written month first with a 12-hour clock after it, as American pages write it: "December
 *  16, 2016, 4:19 PM", "Dec 1st 2016 1:01PM", "Nov. 3, 2023 at 9:05 a.m.". */
const american = (s: string): boolean =>
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d\d?(?:st|nd|rd|th)?,?\s(?:19|20)\d\d,?\s(?:at\s)?\d\d?:\d\d\s?[ap]\.?m\b/i.test(s);

/** The update an editor's note opens with: its label first, then at once a day and a clock (a few
 *  words at most between them: "Updated on", "Update, "), before the note's words. */
function noteUpdate(line: string, ctx: TextContext): Wall | null {
  const label = firstLabel(line);
  if (!label || label.label !== 'mod' || label.index > 0) return null;
  const f = findDates(line.slice(0, 80), ctx)[0];
  if (!f || f.wall.h === undefined || f.wall.rel || f.wall.yearless || f.index - label.end > 6) return null;
  return f.wall;
}

/** Whether the date `f` opens `text` as a dateline: nothing before it but an opening bracket or a
 *  place and a comma, and at most a short word ("BERLIN, ", "Frankfurt am Main, ", "Paris, le "), a year in it, and a bracket, dash, slash or
 *  colon after it (not "5 May 2020 marked the end of …", nor "On 5 May 2020, the council …"). */
function isDateline(text: string, f: Found): boolean {
  const before = text.slice(0, f.index);
  return (
    /^\s*(?:[([]\s*|\p{Lu}[\p{L}.' -]{0,30},\s*(?:\p{Ll}{1,3}\s+)?)?$/u.test(before) &&
    /(?:19|20)\d\d|[./-]\d\d(?!\d)/.test(text.slice(f.index, f.end)) &&
    /^\s*[)\]–—/:(|-]/.test(text.slice(f.end))
  );
}

/** A line that says a date and nothing else but a weekday, a clock's words and separators. */
function isDateOnly(text: string, ctx: TextContext): boolean {
  let rest = text;
  for (const f of findDates(text, ctx).reverse()) rest = rest.slice(0, f.index) + ' ' + rest.slice(f.end);
  return rest !== text && rest.split(/[\s|·•,:;()–-]+/).every((w) => !w || isWeekday(w) || /^(?:um|at|à|a las|alle|às|uhr|h)$/i.test(w));
}

/** A full day in an address: /2016/05/08/, /2016-05-08-, /20160508, /22-07-2025/, /2012-06/04/,
 *  /2020/0604/; in an image's
 *  file name (`file`) also glued to its words or digits ("20201122_1430.jpg"). Not /2016/05/ alone
 *  (a month: its "05" must not become month 0, day 5). */
function dayInAddress(url: string, file = false): Wall | null {
  const path = url.replace(/[?#].*/, '');
  const ymd = (file ? /(?<!\d)((?:19|20)\d\d)(?:([/_-])(\d\d?)\2(\d\d?)|(\d\d)(\d\d))(?!\d)/ : /\/((?:19|20)\d\d)(?:([/-])(\d\d?)\2(\d\d?)|(\d\d)(\d\d))(?:[/-]|\.html?|$)/).exec(path);
  const dmy = /\/(\d\d)-(\d\d)-((?:19|20)\d\d)(?:[/-]|\.html?|$)/.exec(path);
  // Chinese portals split the day off the month: Xinhua's /2012-06/04/, People's Daily's /2020/0604/.
  const cn = file ? null : (/\/((?:19|20)\d\d)-(\d\d)\/(\d\d)\//.exec(path) ?? /\/((?:19|20)\d\d)\/(\d\d)(\d\d)\//.exec(path));
  const split: [number, number, number] | null = cn && [+cn[1]!, +cn[2]!, +cn[3]!];
  const [y, mo, d]: [number, number, number] = ymd ? [+ymd[1]!, +(ymd[3] ?? ymd[5])!, +(ymd[4] ?? ymd[6])!] : dmy ? [+dmy[3]!, +dmy[2]!, +dmy[1]!] : (split ?? [0, 0, 0]);
  const w = { y, mo, d };
  return y && mo >= 1 && mo <= 12 && d >= 1 && valid(w) ? w : null;
}

/** "First published on", "Erstmals veröffentlicht am": the label of a first publication, after another. */
const FIRST = /*#__PURE__*/ regex('iu', '(?<!\\p{L})(?:', FIRST_PUBLISHED, ')');

/** "… am" / "… op" closing the text before a date: a sentence whose participle follows the date. */
const VERB_LAST = /*#__PURE__*/ regex('iu', '(?<!\\p{L})(?:', VERB_LAST_BEFORE, ')$');

/** A labelled clock with no date of its own opening `tail`, the text after the date `day` ("· Update
 *  10.03 uur"): the update at that clock on the same day, in the day's zone, when it is not earlier. */
function clockUpdate(tail: string, day: Wall, ctx: TextContext): { w: Wall; word: string } | null {
  const l = firstLabel(tail);
  if (!l || l.label !== 'mod' || !/^[\s|·•,;–—/-]*$/.test(tail.slice(0, l.index))) return null;
  const c = clockAt(tail.slice(l.end));
  if (!c || (c.h ?? 0) * 60 + (c.mi ?? 0) < day.h! * 60 + (day.mi ?? 0)) return null;
  let w: Wall = { y: day.y, mo: day.mo, d: day.d, h: c.h, mi: c.mi, s: c.s };
  if (c.zone) w = applyZone(w, c.zone, ctx);
  else if (day.tz) w = { ...w, off: wallOffset(day.tz, ms(w)) ?? undefined, tz: day.tz, zone: day.zone };
  else if (day.off !== undefined) w = { ...w, off: day.off, zone: day.zone };
  return { w, word: l.word };
}

const sameDay = (a: Wall, b: Wall): boolean => a.y === b.y && a.mo === b.mo && a.d === b.d;

/** The top-ranked candidate, with a clock and offset borrowed from a weaker one naming the same moment. */
function best(all: Cand[], kind: 'pub' | 'mod'): Cand | null {
  const list = all.filter((c) => c.kind === kind).sort((a, b) => b.rank - a.rank);
  let top = list[0];
  if (!top) return null;
  // A time marked UTC whose wall clock another machine source writes with a real offset (meta
  // "2019-04-19T20:00:00Z", <time datetime="2019-04-19T20:00:00+09:00">): a CMS wrote local time and
  // labelled it Z; the same clock in two zones is no coincidence, the stated offset is the page's.
  if (top.w.off === 0) {
    const w: Wall = top.w;
    const local = list.find((c) => c.w.off && /^(meta|itemprop|time|json-ld)/.test(c.signal) && sameDay(w, c.w) && c.w.h === w.h && c.w.mi === w.mi && w.h !== undefined);
    if (local) top = { ...top, w: { ...w, off: local.w.off, zone: local.w.zone, tz: local.w.tz } };
  }
  for (const c of list) {
    const w: Wall = top.w;
    if (w.h === undefined && c.w.h !== undefined && sameDay(w, c.w)) top = { ...c, rank: top.rank };
    else if (w.off === undefined && c.w.off !== undefined && sameDay(w, c.w) && w.h === c.w.h && w.mi === c.w.mi) top = { ...top, w: { ...w, off: c.w.off, zone: c.w.zone, tz: c.w.tz } };
  }
  return top;
}

/** Whether a text ends in a run of words, as a sentence leads up to a date in it: three words after
 *  one that ends in two letters ("findet am Mi." before "5. Februar"). By splitting, not by one
 *  pattern: a pattern for it backtracks polynomially on long runs of letters (recheck). */
function wordsRunUpTo(text: string): boolean {
  const words = text.trimEnd().split(/\s+/);
  return words.length >= 4 && /\p{L}\p{L}$/u.test(words[words.length - 4]!);
}
