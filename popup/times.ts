import type { Analysis, TimeDetail } from '../src/analysis';

export interface TimeLine {
  which: 'published' | 'updated';
  text: string;
  tooltip: string;
}

interface Ctx {
  now: Date;
  locale: string;
  timeZone: string;
}

function fmt(detail: TimeDetail, ctx: Ctx): { text: string; tooltip: string } {
  const d = new Date(detail.iso);
  const dayOnly = detail.precision === 'day';
  const opts: Intl.DateTimeFormatOptions = dayOnly
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: detail.timeZone ?? ctx.timeZone };
  const text = new Intl.DateTimeFormat(ctx.locale, opts).format(d) + (detail.zone && !dayOnly ? ` ${detail.zone}` : '');
  const tooltip = detail.hasOffset
    ? `Your time: ${new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: ctx.timeZone }).format(d)} · from ${detail.signal}`
    : `from ${detail.signal}`;
  return { text, tooltip };
}

export function formatTimeLines(a: Analysis, ctx: Ctx): TimeLine[] {
  const out: TimeLine[] = [];
  const { published, modified } = a.times;
  if (published) {
    const f = fmt(published, ctx);
    out.push({ which: 'published', text: `Published ${f.text}`, tooltip: f.tooltip });
  }
  if (modified && modified.iso !== published?.iso) {
    const f = fmt(modified, ctx);
    out.push({ which: 'updated', text: `Updated ${f.text}`, tooltip: f.tooltip });
  }
  return out;
}
