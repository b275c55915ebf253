/**
 * Time zones. Abbreviations map to IANA zones, never to offsets: the offset for a given wall-clock
 * time comes from the platform's tz data (Intl), so daylight saving is right (issue #3). Ambiguous
 * abbreviations list their candidates, most common first; page context and the date pick among them.
 */
import { regex } from '../phrases';

// abbr[ abbr…]:zone[ zone…], the default reading first. A zone marked `+` is the reading only in
// its summer time (British Summer Time, Irish Standard Time), `-` only in its winter time.
export const ABBR =
  'ET EST EDT HNE HAE:America/New_York|CT CDT HNC HAC:America/Chicago|CST:America/Chicago Asia/Shanghai|MT MST MDT HNR HAR:America/Denver|' +
  'PT PST PDT HNP HAP:America/Los_Angeles|HNA HAA:America/Halifax|BST:Europe/London+ Asia/Dhaka|IST:Asia/Kolkata Europe/Dublin+ Asia/Jerusalem-|' +
  'IDT:Asia/Jerusalem|CET CEST MEZ MESZ:Europe/Berlin|EET EEST:Europe/Athens|MSK МСК:Europe/Moscow|PKT:Asia/Karachi|' +
  'WIB:Asia/Jakarta|SGT:Asia/Singapore|HKT:Asia/Hong_Kong|JST:Asia/Tokyo|KST:Asia/Seoul|AEST AEDT:Australia/Sydney|' +
  'NZST NZDT:Pacific/Auckland|SAST:Africa/Johannesburg';
let abbrs: Map<string, string[]> | undefined;

/** The zones that compete for an abbreviation: country code and language, and (same order, one
 *  group each) words in the page's text that point to the country. */
const COUNTRY = [
  'Asia/Kolkata in hi',
  'Europe/Dublin ie ga',
  'Asia/Jerusalem il he',
  'America/Chicago us',
  'Asia/Shanghai cn zh',
  'Europe/London uk',
  'Asia/Dhaka bd bn',
];
const WORDS = /*#__PURE__*/ regex(
  'g',
  '(India|Delhi|Mumbai|₹|crore|lakh)|(Ireland|Irish|Dublin|Taoiseach)|(Israel|Jerusalem|Tel Aviv|shekel)|' +
    '(U\\.S\\.|United States|Chicago|Texas)|(China|Chinese|Beijing|中国)|(Britain|British|London|England|\\bUK\\b)|' +
    '(Bangladesh|Dhaka)',
);

/** What the page says about where it is from. `text` is read lazily: only ambiguous zones need it. */
export interface ZoneContext {
  lang: string;
  tld: string;
  text: () => string;
}

/** `GMT+2`, `UTC+05:30`, `+0530`, `-04`, `Z`, `GMT` → minutes east of UTC; null for anything else. */
export function fixedOffset(label: string): number | null {
  const m = /^(?:GMT|UTC|UT|Z)?\s*(?:([+\-−])\s*(\d\d?):?(\d\d)?)?$/i.exec(label.trim());
  // No zone is more than 14 hours from UTC, and an hour has 60 minutes: "+50", "+0575" are no offsets.
  if (!m || +(m[2] ?? 0) > 14 || +(m[3] ?? 0) > 59) return null;
  return (m[1] === '+' ? 1 : -1) * (+(m[2] ?? 0) * 60 + +(m[3] ?? 0)) || 0;
}

const fmts = new Map<string, Intl.DateTimeFormat | null>();

/** Offset (minutes east of UTC) of IANA zone `tz` at the instant `ms`; null for an unknown zone. */
export function offsetAt(tz: string, ms: number): number | null {
  if (!fmts.has(tz)) {
    let f = null;
    try {
      f = new Intl.DateTimeFormat('en', { timeZone: tz, timeZoneName: 'longOffset' });
    } catch {
      /* unknown zone */
    }
    fmts.set(tz, f);
  }
  // "1/1/2025, GMT+05:30" (or plain "GMT" at zero offset).
  const f = fmts.get(tz);
  return f ? fixedOffset(f.format(ms).split(' ').pop()!) : null;
}

/** Offset of `tz` for a wall-clock time (given as if it were UTC): two passes settle DST edges. */
export function wallOffset(tz: string, wallMs: number): number | null {
  const o = offsetAt(tz, wallMs);
  return o === null ? null : offsetAt(tz, wallMs - o * 60000);
}

/** Whether `tz` keeps summer time at `wallMs`: its offset then is above the lower of January's and July's. */
function summer(tz: string, wallMs: number): boolean {
  const y = new Date(wallMs).getUTCFullYear();
  return wallOffset(tz, wallMs)! > Math.min(offsetAt(tz, Date.UTC(y, 0))!, offsetAt(tz, Date.UTC(y, 6))!);
}

/** The zone a label names at a wall-clock time: fixed offsets directly, abbreviations by context. */
export function resolveZone(label: string, wallMs: number, ctx: ZoneContext): { off: number; tz?: string } | null {
  const off = fixedOffset(label);
  if (off !== null) return { off };
  abbrs ??= new Map(ABBR.split('|').flatMap((e) => e.split(':')[0]!.split(' ').map((a) => [a, e.split(':')[1]!.split(' ')])));
  // (A zone in words, "Pacific Time", "Eastern Standard Time", reads as its short name: PT, ET.)
  const zones = abbrs.get(/\sTime$/.test(label) ? `${label[0]}T` : label.toUpperCase());
  if (!zones) return null;
  let tz = zones[0]!;
  if (zones[1]) {
    const region = (ctx.lang.split('-')[1] ?? '').toLowerCase().replace('gb', 'uk');
    const counts = COUNTRY.map(() => 0);
    for (const m of ctx.text().matchAll(WORDS)) counts[m.findIndex((g, i) => i && g) - 1]!++;
    let best = -1;
    for (const z of zones) {
      const name = z.replace(/[+-]$/, '');
      const i = COUNTRY.findIndex((c) => c.startsWith(name + ' '));
      const [, cc, lang] = (COUNTRY[i] ?? '').split(' ');
      let s = (cc && (cc === ctx.tld || cc === region) ? 20 : 0) + (lang && lang === ctx.lang.slice(0, 2) ? 20 : 0) + (counts[i] ?? 0);
      // A reading that the date contradicts (BST in January, Irish IST in winter) is the weaker one.
      if (!/[+-]$/.test(z) || summer(name, wallMs) === z.endsWith('+')) s += 15;
      if (s > best) [tz, best] = [name, s];
    }
  }
  const o = wallOffset(tz, wallMs);
  return o === null ? null : { off: o, tz };
}

/** Country TLDs whose sites sit in a single zone (BY_COUNTRY's), with the language they publish in
 *  when it is not the TLD itself. A zone-less visible time is local only when both agree. */
const LOCAL = 'de at:de ch:de fr it nl be:nl cz:cs pl uk:en ie:en se:sv dk:da no:nb fi gr:el jp:ja kr:ko in:en il:he';

export function localZone(ctx: ZoneContext): string | null {
  const e = LOCAL.split(' ').find((e) => e === ctx.tld || e.startsWith(ctx.tld + ':'));
  return e && (e.split(':')[1] ?? e) === ctx.lang.slice(0, 2) ? zoneOfCountry(e.split(':')[0]!) : null;
}

/** The zone a language is mostly read in (language, or language-region, then the zone, `Europe/`
 *  unless named). Only a guess: dates/index.ts uses it when the page's shown day confirms it. */
const BY_LANGUAGE =
  'de:Berlin fr:Paris it:Rome es:Madrid nl:Amsterdam pl:Warsaw cs:Prague sv:Stockholm da:Copenhagen nb:Oslo ' +
  'fi:Helsinki el:Athens ru:Moscow tr:Istanbul uk:Kyiv hu:Budapest ro:Bucharest pt:Lisbon pt-br:America/Sao_Paulo ' +
  'ja:Asia/Tokyo ko:Asia/Seoul zh:Asia/Shanghai zh-tw:Asia/Taipei he:Asia/Jerusalem hi:Asia/Kolkata th:Asia/Bangkok vi:Asia/Ho_Chi_Minh ' +
  'en-us:America/New_York ' +
  'en-gb:London en-ie:Dublin en-au:Australia/Sydney en-in:Asia/Kolkata en-ca:America/Toronto en-nz:Pacific/Auckland';

export function languageZone(lang: string): string | null {
  const l = lang.toLowerCase();
  const e = BY_LANGUAGE.split(' ').find((e) => e.startsWith(l + ':')) ?? BY_LANGUAGE.split(' ').find((e) => e.startsWith(l.slice(0, 2) + ':'));
  const z = e?.split(':')[1];
  return z ? (z.includes('/') ? z : 'Europe/' + z) : null;
}

/** The zone a country's news sites write their times in (its capital's, for a country of several
 *  zones: Russian sites write Moscow time, Brazilian ones Brasília's), by country code (`Europe/`
 *  unless named). The last guess for a time the page gives no zone for (dates/index.ts). */
const BY_COUNTRY =
  'ae:Asia/Dubai ar:America/Argentina/Buenos_Aires at:Vienna au:Australia/Sydney bd:Asia/Dhaka be:Brussels bg:Sofia bh:Asia/Bahrain ' +
  'br:America/Sao_Paulo by:Minsk ca:America/Toronto ch:Zurich cl:America/Santiago cn:Asia/Shanghai co:America/Bogota ' +
  'cz:Prague de:Berlin dk:Copenhagen dz:Africa/Algiers eg:Africa/Cairo es:Madrid fi:Helsinki fr:Paris gr:Athens ' +
  'hk:Asia/Hong_Kong hr:Zagreb hu:Budapest id:Asia/Jakarta ie:Dublin il:Asia/Jerusalem in:Asia/Kolkata iq:Asia/Baghdad ' +
  'ir:Asia/Tehran it:Rome jo:Asia/Amman jp:Asia/Tokyo ke:Africa/Nairobi kr:Asia/Seoul kw:Asia/Kuwait lb:Asia/Beirut lu:Luxembourg ' +
  'ma:Africa/Casablanca mx:America/Mexico_City my:Asia/Kuala_Lumpur ng:Africa/Lagos nl:Amsterdam no:Oslo ' +
  'nz:Pacific/Auckland om:Asia/Muscat pe:America/Lima ph:Asia/Manila pk:Asia/Karachi pl:Warsaw pt:Lisbon qa:Asia/Qatar ' +
  'ro:Bucharest rs:Belgrade ru:Moscow sa:Asia/Riyadh se:Stockholm sg:Asia/Singapore si:Ljubljana sk:Bratislava ' +
  'th:Asia/Bangkok tn:Africa/Tunis tr:Istanbul tw:Asia/Taipei ua:Kyiv uk:London us:America/New_York uy:America/Montevideo ' +
  've:America/Caracas vn:Asia/Ho_Chi_Minh za:Africa/Johannesburg';

/** The zone of the site's country: its country-code domain, else the region of its language
 *  (`es-MX`); null for a generic domain without a region. */
export function countryZone(ctx: ZoneContext): string | null {
  const region = (ctx.lang.split('-')[1] ?? '').toLowerCase().replace('gb', 'uk');
  return zoneOfCountry(ctx.tld.toLowerCase()) ?? zoneOfCountry(region);
}

/** BY_COUNTRY's zone for a two-letter country code, else null. */
function zoneOfCountry(cc: string): string | null {
  const z = cc.length === 2 ? BY_COUNTRY.split(' ').find((e) => e.startsWith(cc + ':'))?.slice(3) : undefined;
  return z ? (z.includes('/') ? z : 'Europe/' + z) : null;
}

/** Languages whose readers all keep one clock (German: Germany, Austria, Switzerland; Chinese: +08:00
 *  from Beijing to Taipei and Singapore; Japanese, Korean, Hebrew, Thai, Vietnamese…): the zone a language is mostly read in
 *  is then a safe last guess. Not French, Spanish, Portuguese, Arabic, English or Russian. */
const ONE_CLOCK = new Set('cs da de el fi he hu it ja ko nb nl pl sk sv th vi zh'.split(' '));

/** languageZone, for a language of one clock only. */
export function oneClockZone(lang: string): string | null {
  return ONE_CLOCK.has(lang.slice(0, 2).toLowerCase()) ? languageZone(lang.slice(0, 2)) : null;
}

/** US states (AP's abbreviations and full names; then, after the slash, dateline cities that stand
 *  alone) outside Eastern time, by zone. (Washington alone is the capital's dateline: Eastern.) */
const US_ZONES =
  'Calif,California,Wash,Ore,Oregon,Nev,Nevada/LOS ANGELES,SAN FRANCISCO,SAN DIEGO,SAN JOSE,SEATTLE,LAS VEGAS,SACRAMENTO,PORTLAND:America/Los_Angeles|' +
  'Colo,Colorado,Utah,Mont,Montana,Wyo,Wyoming,Idaho,N.M,New Mexico/DENVER,SALT LAKE CITY,ALBUQUERQUE:America/Denver|Ariz,Arizona/PHOENIX,TUCSON:America/Phoenix|' +
  'Texas,Ill,Illinois,Minn,Minnesota,Wis,Wisconsin,Mo,Missouri,Iowa,La,Louisiana,Okla,Oklahoma,Kan,Kansas,Neb,Nebraska,Ark,Arkansas,Miss,Mississippi,' +
  'Ala,Alabama,Tenn,N.D,S.D/CHICAGO,DALLAS,HOUSTON,SAN ANTONIO,AUSTIN,MINNEAPOLIS,MILWAUKEE,NEW ORLEANS,ST. LOUIS,KANSAS CITY,OKLAHOMA CITY,NASHVILLE:America/Chicago|' +
  'Alaska/ANCHORAGE:America/Anchorage|Hawaii/HONOLULU:Pacific/Honolulu';
let usStates: Map<string, string> | undefined;
let usCities: Map<string, string> | undefined;

/** The zone of a US story's dateline when it is not Eastern time: "OJAI, Calif. —", "Seattle, Wash. —",
 *  "DENVER (AP) —", "SALT LAKE CITY —" (a place, then a state; a dash ends it); null otherwise. */
export function usDatelineZone(lead: string): string | null {
  const dash = lead.slice(0, 60).search(/[—–]|\s--?\s/);
  if (dash < 0) return null;
  // (Without its agency's bracket: "DENVER (AP)". Cut by index, not by a pattern: a run of "(" would make one quadratic.)
  let head = lead.slice(0, dash);
  const open = head.indexOf('(');
  if (open >= 0) head = head.slice(0, open) + head.slice(head.indexOf(')', open) + 1 || head.length);
  const [place, state, more] = head.split(',').map((p) => p.trim().replace(/\.$/, ''));
  if (!place || more !== undefined || !/^\p{Lu}/u.test(place)) return null;
  if (!usStates || !usCities) {
    [usStates, usCities] = [new Map(), new Map()];
    for (const e of US_ZONES.split('|')) {
      const [names, zone] = e.split(':') as [string, string];
      const [states, cities] = names.split('/') as [string, string];
      for (const n of states.split(',')) usStates.set(n, zone);
      for (const n of cities.split(',')) usCities.set(n, zone);
    }
  }
  // (A city alone is written in capitals, as a dateline is: "Chicago — " opening a sentence is not one.)
  return (state ? usStates.get(state) : place === place.toUpperCase() ? usCities.get(place) : undefined) ?? null;
}
