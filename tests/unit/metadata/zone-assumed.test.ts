/**
 * Times the page writes without a zone (issue #14): one page has one clock, so a zone-less update
 * beside a publication stated with an offset is in that offset; what is still zone-less is read in
 * the zone of the site's country (its domain, or its language's region), and noted as assumed. A
 * page that says nothing of where it is stays zone-less.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (html: string, url: string) =>
  extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

const story = `<p>Las autoridades informaron que el servicio se restablecerá de forma gradual durante la tarde, después de varias horas de cortes en la zona.</p>`;

describe('the zone of the page’s other time', () => {
  it('a zone-less update beside a <time> with an offset takes that offset, not the country’s capital', () => {
    const t = read(
      `<!doctype html><html lang="ru"><head><title>Мост закрыт на ремонт</title></head><body><article><h1>Мост закрыт на ремонт</h1>
<p class="dates"><time datetime="2025-12-05T15:47:00+07:00">5 декабря 2025, 15:47</time>, обновлено 5 декабря 2025, 16:30</p>
<p>Коммунальный мост в центре города закрыли на ремонт до весны, сообщили в мэрии. Общественный транспорт пустят в объезд.</p></article></body></html>`,
      'https://www.omsk-vesti.example.ru/city/most-zakryt',
    );
    expect(t.published?.iso).toBe('2025-12-05T15:47:00+07:00');
    expect(t.modified?.iso).toBe('2025-12-05T16:30:00+07:00');
    expect(t.modified?.note).toBeUndefined();
  });

  it('an update that only looked earlier than the publication, being zone-less, is kept', () => {
    const t = read(
      `<!doctype html><html lang="pt-BR"><head><title>Metrô amplia horário</title></head><body><article><h1>Metrô amplia horário</h1>
<p><time datetime="2025-03-14T09:12:00-03:00">14/03/2025 09h12</time> Atualizado em 14/03/2025 11h40</p>
<p>O metrô vai funcionar até a meia-noite nas sextas-feiras a partir do mês que vem, anunciou a companhia nesta sexta-feira.</p></article></body></html>`,
      'https://www.exemplo-noticias.com.br/cidade/metro-amplia-horario',
    );
    expect(t.modified?.iso).toBe('2025-03-14T11:40:00-03:00');
  });
});

describe('the zone of the site’s country', () => {
  const page = (lang: string, url: string) =>
    read(
      `<!doctype html><html lang="${lang}"><head><title>Cortes de luz en el centro</title></head><body><article><h1>Cortes de luz en el centro</h1>
<p class="fecha">Publicado el 8 de julio de 2025, 10:15 hrs</p><p class="act">Actualizado el 8 de julio de 2025, 12:30 hrs</p>${story}</article></body></html>`,
      url,
    );

  it('by its domain (.mx: Mexico City), noted as assumed', () => {
    const t = page('es', 'https://www.diario-ejemplo.com.mx/local/cortes-de-luz');
    expect(t.published?.iso).toBe('2025-07-08T10:15:00-06:00');
    expect(t.published?.timeZone).toBe('America/Mexico_City');
    expect(t.published?.note).toBe('zone assumed');
    expect(t.modified?.iso).toBe('2025-07-08T12:30:00-06:00');
  });

  it('by its language’s region (es-AR on a .com)', () => {
    expect(page('es-AR', 'https://www.diario-ejemplo.com/local/cortes-de-luz').published?.iso).toBe('2025-07-08T10:15:00-03:00');
  });

  it('with summer time where the country keeps it (.be in September)', () => {
    const t = read(
      `<!doctype html><html lang="fr-BE"><head><title>La gare fermée</title></head><body><article><h1>La gare fermée</h1>
<p>Publié le 22-09-25 à 14h31 - Mis à jour le 22-09-25 à 16h02</p>
<p>La gare a été évacuée lundi après la découverte d'un bagage abandonné sur un quai, a indiqué la police locale.</p></article></body></html>`,
      'https://www.journal-exemple.be/regions/gare-fermee',
    );
    expect(t.published?.iso).toBe('2025-09-22T14:31:00+02:00');
    expect(t.modified?.iso).toBe('2025-09-22T16:02:00+02:00');
  });

  it('not for a page that says nothing of where it is (English on a .com)', () => {
    const t = read(
      `<!doctype html><html lang="en"><head><title>Power cuts downtown</title></head><body><article><h1>Power cuts downtown</h1>
<p class="date">Published July 8, 2025, 10:15</p><p>Officials said power would be restored gradually through the afternoon after hours of outages in the area.</p></article></body></html>`,
      'https://www.example-news.com/local/power-cuts',
    );
    expect(t.published?.iso).toBe('2025-07-08T10:15:00');
    expect(t.published?.hasOffset).toBe(false);
  });
});

describe('a meta time marked UTC that the page shows in its own zone', () => {
  const page = (meta: string) =>
    read(
      `<!doctype html><html lang="en"><head><title>Ranchers sell cattle early</title><meta property="article:published_time" content="${meta}"></head><body><article>
<h1>Ranchers sell cattle early</h1><div class="byline">By Jane Roe</div><div class="date-line"><span>Published 10:22 AM CDT, September 4, 2025</span></div>
<p>Ranchers across the plains are selling cattle months ahead of schedule as a late-summer drought dries up pastures.</p></article></body></html>`,
      'https://www.plains-post.example.com/ag/ranchers-sell-cattle',
    );

  it('the same wall clock as the visible line: local time labelled Z, read in the zone the line names', () => {
    expect(page('2025-09-04T10:22:00Z').published?.iso).toBe('2025-09-04T10:22:00-05:00');
  });

  it('a real UTC instant (the visible line is the same moment in CDT) is kept', () => {
    expect(Date.parse(page('2025-09-04T15:22:00Z').published!.iso)).toBe(Date.parse('2025-09-04T10:22:00-05:00'));
  });
});
