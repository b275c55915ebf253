/**
 * Time zones. Abbreviations map to IANA zones, never to offsets: the offset for a given wall-clock
 * time comes from the platform's tz data (Intl), so daylight saving is right (issue #3). Ambiguous
 * abbreviations list their candidates, most common first; page context and the date pick among them.
 */

// abbr[ abbr…]:zone[ zone…], the default reading first. A zone marked `+` is the reading only in
// its summer time (British Summer Time, Irish Standard Time), `-` only in its winter time.
const ABBR =
  'ET EST EDT:America/New_York|CT CDT:America/Chicago|CST:America/Chicago Asia/Shanghai|MT MST MDT:America/Denver|' +
  'PT PST PDT:America/Los_Angeles|AST ADT:America/Halifax|BST:Europe/London+ Asia/Dhaka|' +
  'IST:Asia/Kolkata Europe/Dublin+ Asia/Jerusalem-|IDT:Asia/Jerusalem|CET CEST MEZ MESZ:Europe/Berlin|EET EEST:Europe/Athens|' +
  'MSK МСК:Europe/Moscow|PKT:Asia/Karachi|ICT:Asia/Bangkok|WIB:Asia/Jakarta|SGT:Asia/Singapore|MYT:Asia/Kuala_Lumpur|' +
  'PHT:Asia/Manila|HKT:Asia/Hong_Kong|JST:Asia/Tokyo|KST:Asia/Seoul|AEST AEDT:Australia/Sydney|AWST:Australia/Perth|' +
  'NZST NZDT:Pacific/Auckland|SAST:Africa/Johannesburg|WAT:Africa/Lagos|EAT:Africa/Nairobi';
let abbrs: Map<string, string[]> | undefined;

/** Country code and language of each zone that competes for an abbreviation, and words that point to it. */
const COUNTRY: Record<string, [string, RegExp]> = {
  'Asia/Kolkata': ['in hi', /\bIndia|Delhi|Mumbai|Bengaluru|Kolkata|Chennai|\+91|₹|\bcrore|\blakh/gi],
  'Europe/Dublin': ['ie ga', /\bIreland|\bIrish|Dublin|Cork\b|\bTaoiseach/gi],
  'Asia/Jerusalem': ['il he', /\bIsrael|Jerusalem|Tel Aviv|\bshekel/gi],
  'America/Chicago': ['us', /\bChicago|Texas|\bU\.S\.|United States|Illinois|Dallas|Houston/gi],
  'Asia/Shanghai': ['cn zh', /\bChina|Chinese|Beijing|Shanghai|中国|北京/gi],
  'Europe/London': ['uk', /\bBritain|British|London|England|\bUK\b|Scotland|Wales/gi],
  'Asia/Dhaka': ['bd bn', /\bBangladesh|Dhaka|\btaka\b/gi],
};

/** What the page says about where it is from. `text` is read lazily: only ambiguous zones need it. */
export interface ZoneContext {
  lang: string;
  tld: string;
  text: () => string;
}

/** `GMT+2`, `UTC+05:30`, `+0530`, `-04`, `Z`, `GMT` → minutes east of UTC; null for anything else. */
export function fixedOffset(label: string): number | null {
  const m = /^(?:GMT|UTC|UT|Z)?\s*(?:([+\-−])\s*(\d\d?):?(\d\d)?)?$/i.exec(label.trim());
  return m ? (m[1] === '+' ? 1 : -1) * (+(m[2] ?? 0) * 60 + +(m[3] ?? 0)) || 0 : null;
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
  const zones = abbrs.get(label.toUpperCase());
  if (!zones) return null;
  let tz = zones[0]!;
  if (zones[1]) {
    const region = (ctx.lang.split('-')[1] ?? '').toLowerCase().replace('gb', 'uk');
    let best = -1;
    for (const z of zones) {
      const name = z.replace(/[+-]$/, '');
      const [codes = '', words = /$^/] = COUNTRY[name] ?? [];
      const cc = codes.slice(0, 2);
      let s = (cc && (cc === ctx.tld || cc === region) ? 20 : 0) + (codes[3] && codes.slice(3) === ctx.lang.slice(0, 2) ? 20 : 0) + (ctx.text().match(words)?.length ?? 0);
      // A reading that the date contradicts (BST in January, Irish IST in winter) is the weaker one.
      if (!/[+-]$/.test(z) || summer(name, wallMs) === z.endsWith('+')) s += 15;
      if (s > best) [tz, best] = [name, s];
    }
  }
  const o = wallOffset(tz, wallMs);
  return o === null ? null : { off: o, tz };
}

/** Country TLDs whose sites sit in a single zone, with the language they publish in (`Europe/`
 *  unless named). A zone-less visible time is local only when both the domain and the language agree. */
const LOCAL =
  'de de Berlin|at de Vienna|ch de Zurich|fr fr Paris|it it Rome|nl nl Amsterdam|be nl Brussels|cz cs Prague|pl pl Warsaw|' +
  'uk en London|ie en Dublin|se sv Stockholm|dk da Copenhagen|no nb Oslo|fi fi Helsinki|gr el Athens|' +
  'jp ja Asia/Tokyo|kr ko Asia/Seoul|in en Asia/Kolkata|il he Asia/Jerusalem';

export function localZone(ctx: ZoneContext): string | null {
  const e = LOCAL.split('|').find((e) => e.startsWith(ctx.tld + ' ' + ctx.lang.slice(0, 2) + ' '));
  const z = e?.split(' ')[2];
  return z ? (z.includes('/') ? z : 'Europe/' + z) : null;
}
