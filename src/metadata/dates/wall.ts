import type { TimeDetail } from '../../analysis';
import { resolveZone, type ZoneContext } from '../zones';

/** A date as the page stated it: calendar fields, optional clock, optional offset or zone. */
export interface Wall {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  /** Minutes east of UTC, when known. */
  off?: number;
  zone?: string;
  tz?: string;
  /** The text gave no year ("March 18 at 3:57 PM"): the most recent past one was assumed. */
  yearless?: boolean;
  /** What had to be assumed (e.g. day/month order). */
  note?: string;
  /** Counted back from now ("vor 3 Std.", "hace 2 horas"): right to its unit at best, and only when
   *  the page was made just now. */
  rel?: boolean;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** UTC milliseconds when the offset is known; the wall clock read as UTC otherwise. */
export const ms = (w: Wall): number => Date.UTC(w.y, w.mo - 1, w.d, w.h ?? 0, w.mi ?? 0, w.s ?? 0) - (w.off ?? 0) * 60000;

export function valid(w: Wall): boolean {
  const t = new Date(ms({ ...w, h: 0, off: 0 }));
  return w.y > 1990 && w.y < 2100 && t.getUTCMonth() === w.mo - 1 && t.getUTCDate() === w.d && (w.h ?? 0) < 24 && (w.mi ?? 0) < 60;
}

/** Attach a zone label (abbreviation, GMT+2, +0530): fixed offsets directly, named zones through Intl. */
export function applyZone(w: Wall, label: string | undefined, ctx: ZoneContext): Wall {
  const z = label && w.h !== undefined ? resolveZone(label, ms({ ...w, off: 0 }), ctx) : null;
  return z ? { ...w, off: z.off, zone: /^[+\-−\d]/.test(label!) ? undefined : label, tz: z.tz } : w;
}

export function toDetail(w: Wall, signal: string): TimeDetail {
  const day = `${w.y}-${p2(w.mo)}-${p2(w.d)}`;
  const hasTime = w.h !== undefined;
  const hasOffset = hasTime && w.off !== undefined;
  const o = Math.abs(w.off ?? 0);
  const d: TimeDetail = {
    iso: hasTime ? `${day}T${p2(w.h!)}:${p2(w.mi ?? 0)}:${p2(w.s ?? 0)}${hasOffset ? `${w.off! < 0 ? '-' : '+'}${p2(Math.floor(o / 60))}:${p2(o % 60)}` : ''}` : day,
    signal,
    zone: hasOffset ? (w.zone ?? w.tz ?? null) : null,
    timeZone: hasOffset ? (w.tz ?? null) : null,
    precision: !hasTime ? 'day' : w.s !== undefined ? 'second' : 'minute',
    hasOffset,
  };
  if (w.note) d.note = w.note;
  return d;
}

/** Shift an instant into a fixed offset, as a Wall (for relative times and epoch values). */
export function fromInstant(t: number, off: number, tz?: string, withTime = true): Wall {
  const d = new Date(t + off * 60000);
  const w: Wall = { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
  return withTime ? { ...w, h: d.getUTCHours(), mi: d.getUTCMinutes(), off, tz } : w;
}
