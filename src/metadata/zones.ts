/**
 * Time zones. Abbreviations map to IANA zones, never to offsets: the offset for a given wall-clock
 * time comes from the platform's tz data (Intl), so daylight saving is right (issue #3). Ambiguous
 * abbreviations list their candidates, most common first; page context picks among them.
 */

// abbr:zone[ zone…] — first zone is the default reading.
const ABBR = new Map(
  ('ET EST EDT:America/New_York|CT CDT:America/Chicago|CST:America/Chicago Asia/Shanghai|MT MST MDT:America/Denver|' +
    'PT PST PDT:America/Los_Angeles|AKST AKDT:America/Anchorage|HST:Pacific/Honolulu|AST ADT:America/Halifax|' +
    'BST:Europe/London Asia/Dhaka|IST:Asia/Kolkata Europe/Dublin Asia/Jerusalem|IDT:Asia/Jerusalem|WET WEST:Europe/Lisbon|' +
    'CET CEST MEZ MESZ:Europe/Berlin|EET EEST:Europe/Athens|MSK МСК:Europe/Moscow|TRT:Europe/Istanbul|GST:Asia/Dubai|' +
    'PKT:Asia/Karachi|NPT:Asia/Kathmandu|ICT:Asia/Bangkok|WIB:Asia/Jakarta|SGT:Asia/Singapore|MYT:Asia/Kuala_Lumpur|' +
    'PHT:Asia/Manila|HKT:Asia/Hong_Kong|JST:Asia/Tokyo|KST:Asia/Seoul|AEST AEDT:Australia/Sydney|ACST ACDT:Australia/Adelaide|' +
    'AWST:Australia/Perth|NZST NZDT:Pacific/Auckland|SAST:Africa/Johannesburg|WAT:Africa/Lagos|CAT:Africa/Maputo|' +
    'EAT:Africa/Nairobi|BRT:America/Sao_Paulo|ART:America/Argentina/Buenos_Aires')
    .split('|')
    .flatMap((e) => {
      const [abbrs, zones] = e.split(':') as [string, string];
      return abbrs.split(' ').map((a) => [a, zones.split(' ')] as const);
    }),
);

/** Country of each zone that competes for an abbreviation, and words that point to that country. */
const COUNTRY: Record<string, [string, RegExp]> = {
  'Asia/Kolkata': ['in', /\bIndia|Delhi|Mumbai|Bengaluru|Kolkata|Chennai|\+91|₹|\bcrore|\blakh/gi],
  'Europe/Dublin': ['ie', /\bIreland|\bIrish|Dublin|Cork\b|\bTaoiseach/gi],
  'Asia/Jerusalem': ['il', /\bIsrael|Jerusalem|Tel Aviv|\bshekel/gi],
  'America/Chicago': ['us', /\bChicago|Texas|\bU\.S\.|United States|Illinois|Dallas|Houston/gi],
  'Asia/Shanghai': ['cn', /\bChina|Chinese|Beijing|Shanghai|中国|北京/gi],
  'Europe/London': ['uk', /\bBritain|British|London|England|\bUK\b|Scotland|Wales/gi],
  'Asia/Dhaka': ['bd', /\bBangladesh|Dhaka|\btaka\b/gi],
};

/** What the page says about where it is from. `text` is read lazily: only ambiguous zones need it. */
export interface ZoneContext {
  lang: string;
  tld: string;
  text: () => string;
}

const fmts = new Map<string, Intl.DateTimeFormat>();

/** Offset (minutes east of UTC) of IANA zone `tz` at the instant `ms`; null for an unknown zone. */
export function offsetAt(tz: string, ms: number): number | null {
  let f = fmts.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    } catch {
      return null;
    }
    fmts.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(ms)) p[type] = +value;
  const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!);
  return Math.round((local - Math.floor(ms / 60000) * 60000) / 60000);
}

/** Offset of `tz` for a wall-clock time (given as if it were UTC): two passes settle DST edges. */
export function wallOffset(tz: string, wallMs: number): number | null {
  const o1 = offsetAt(tz, wallMs);
  return o1 === null ? null : offsetAt(tz, wallMs - o1 * 60000);
}

export interface ZoneRef {
  label: string;
  /** Fixed offset in minutes, for GMT/UTC/±hh:mm labels. */
  offset?: number;
  tz?: string;
}

/** `GMT+2`, `UTC+05:30`, `+0530`, `Z` → fixed offset; `IST`, `CEST` → IANA zone chosen by context. */
export function resolveZone(label: string, ctx: ZoneContext): ZoneRef | null {
  const m = /^(?:GMT|UTC|UT|Z)?\s*(?:([+\-−])\s*(\d{1,2})(?::?(\d\d))?)?$/i.exec(label);
  if (m) return { label, offset: m[1] ? (m[1] === '+' ? 1 : -1) * (+m[2]! * 60 + +(m[3] ?? 0)) : 0 };
  const zones = ABBR.get(label.toUpperCase());
  if (!zones) return null;
  return { label, tz: zones.length > 1 ? pickZone(zones, ctx) : zones[0]! };
}

function pickZone(zones: readonly string[], ctx: ZoneContext): string {
  const region = ctx.lang.split('-')[1] ?? '';
  let best = zones[0]!;
  let bestScore = 0;
  const text = ctx.text();
  for (const z of zones) {
    const [cc, words] = COUNTRY[z] ?? ['', /$^/];
    let s = (text.match(words)?.length ?? 0) + (cc === ctx.tld || cc === region.toLowerCase() || (cc === 'uk' && region === 'GB') ? 20 : 0);
    // Language alone: Hebrew → Israel, Chinese → China, Bengali → Bangladesh, Irish → Ireland.
    if ({ he: 'il', zh: 'cn', bn: 'bd', ga: 'ie', hi: 'in' }[ctx.lang.slice(0, 2)] === cc) s += 20;
    if (s > bestScore) [best, bestScore] = [z, s];
  }
  return best;
}

/** Country TLDs whose sites sit in a single zone, with the language they publish in. A zone-less
 *  visible time is taken as local only when both the domain and the page language agree. */
const LOCAL: Record<string, string> = {
  de: 'de Europe/Berlin', at: 'de Europe/Vienna', ch: 'de Europe/Zurich', fr: 'fr Europe/Paris', it: 'it Europe/Rome',
  nl: 'nl Europe/Amsterdam', be: 'nl Europe/Brussels', jp: 'ja Asia/Tokyo', kr: 'ko Asia/Seoul', cz: 'cs Europe/Prague',
  pl: 'pl Europe/Warsaw', uk: 'en Europe/London', ie: 'en Europe/Dublin', in: 'en Asia/Kolkata', se: 'sv Europe/Stockholm',
  dk: 'da Europe/Copenhagen', no: 'nb Europe/Oslo', fi: 'fi Europe/Helsinki', gr: 'el Europe/Athens', il: 'he Asia/Jerusalem',
};

export function localZone(ctx: ZoneContext): string | null {
  const [lang, tz] = (LOCAL[ctx.tld] ?? '').split(' ');
  return lang && ctx.lang.slice(0, 2) === lang ? tz! : null;
}
