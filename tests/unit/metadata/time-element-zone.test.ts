/**
 * Issue #14, the written dev set's de-09 kind: a `<time datetime>` without a zone that shows the same
 * clock in its text is a clock the page shows, so it takes the page's zone as a visible zone-less time
 * does (its country's, the one its language is read in), noted as assumed; and a long standfirst inside
 * the headline's own `<header>` ("<p class=vorspann>") does not end the search for the date line below
 * it, whose "Aktualisiert: …" is the update time.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const story = `<p>${'The council met on Thursday evening and voted on the plan after a long debate about its cost and its timetable. '.repeat(3)}</p>`;
const read = (lang: string, url: string, body: string) =>
  extractMetadata(parseDocument(`<!doctype html><html lang="${lang}"><head><title>Headline</title></head><body><main><article>${body}</article></main></body></html>`), {
    url,
    now: new Date('2026-12-01T00:00:00Z'),
    readability: null,
  }).times;
/** A <time> the walk around the headline does not reach (after the story's first paragraph). */
const apart = (lang: string, url: string, time: string) => read(lang, url, `<h1>Headline</h1>${story}<div class="foot">${time}</div>${story}`);

describe('a zone-less <time datetime> that shows its clock', () => {
  it('takes the zone of the site’s country, winter and summer (.de)', () => {
    const winter = apart('de', 'https://www.news.example.de/a/1', '<time datetime="2025-11-07T14:32">07.11.2025, 14:32 Uhr</time>').published;
    expect(winter?.iso).toBe('2025-11-07T14:32:00+01:00');
    expect(winter?.note).toBe('zone assumed');
    expect(apart('de', 'https://www.news.example.de/a/1', '<time datetime="2025-07-07T14:32">7. Juli 2025, 14:32 Uhr</time>').published?.iso).toBe('2025-07-07T14:32:00+02:00');
  });
  it('takes the zone a language is read in (Japanese)', () => {
    expect(apart('ja', 'https://www.news.example.com/a/1', '<time datetime="2025-11-07T14:32">2025年11月7日 14時32分</time>').published?.iso).toBe('2025-11-07T14:32:00+09:00');
  });
  it('stays zone-less when its text shows another clock or no clock (a machine value as often UTC)', () => {
    expect(apart('de', 'https://www.news.example.de/a/1', '<time datetime="2025-11-07T14:32">07.11.2025, 15:32 Uhr</time>').published?.iso).toBe('2025-11-07T14:32:00');
    expect(apart('de', 'https://www.news.example.de/a/1', '<time datetime="2025-11-07T14:32">07.11.2025</time>').published?.iso).toBe('2025-11-07T14:32:00');
  });
});

describe('a standfirst in the headline’s header', () => {
  const page = (lang: string, url: string, lead: string, line: string) =>
    read(lang, url, `<header class="kopf"><h1>Headline</h1><p class="vorspann">${lead}</p><div class="autor">Von Jana Köhler</div><div class="zeiten">${line}</div></header>${story}`);
  it('German: the update line under a long standfirst', () => {
    const t = page(
      'de',
      'https://www.news.example.de/politik/a-1',
      'Nach einer Nachtsitzung im Kanzleramt steht der Entwurf. Die Schuldenbremse soll eingehalten werden – mit Tricks, sagt die Opposition.',
      '<time datetime="2025-11-07T14:32">07.11.2025, 14:32 Uhr</time> · <span>Aktualisiert: 07.11.2025, 18:05 Uhr</span>',
    );
    expect(t.published?.iso).toBe('2025-11-07T14:32:00+01:00');
    expect(t.modified?.iso).toBe('2025-11-07T18:05:00+01:00');
  });
  it('French: the same layout, "Mis à jour le", beside a <time> with its offset', () => {
    const t = page(
      'fr',
      'https://www.news.example.fr/politique/a-1',
      'Après une nuit de négociations à Matignon, le projet est prêt. Le déficit doit être tenu, mais l’opposition parle déjà de tours de passe-passe.',
      'Publié le <time datetime="2025-11-07T14:32:00+01:00">7 novembre 2025 à 14h32</time> · Mis à jour le 7 novembre 2025 à 18h05',
    );
    expect(t.published?.iso).toBe('2025-11-07T14:32:00+01:00');
    expect(t.modified?.iso).toBe('2025-11-07T18:05:00+01:00');
  });
});
