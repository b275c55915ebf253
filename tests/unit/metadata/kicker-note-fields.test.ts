/**
 * The last misses of the fresh rounds, by kind (issue #14): a kicker set apart inside the <h1>, an
 * "Updated" label in its own element before the <time>, an editor's update note that opens with its
 * day and clock, a writer's label among a date line's fields, and a bare name on its own line above
 * the date line.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';

const NOW = new Date('2026-12-01T00:00:00Z');
const BODY =
  '<p>The council met on Tuesday evening and voted to extend the programme for another year, after a long debate about its cost to the town and its residents.</p>' +
  '<p>Opponents said the money would be better spent on roads, while supporters pointed to the number of families the scheme had already helped since it began.</p>' +
  '<p>The decision will be reviewed next spring, when the first full figures on the programme are expected to be published by the council’s finance office.</p>';

const page = (lang: string, head: string, header: string, body = BODY, end = '') =>
  parseDocument(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>
<header><a href="/" class="logo">The Courier</a></header>
<main><article>${header}${body}${end}</article></main></body></html>`);

const analyze = (doc: Document, url: string) => analyzeDocument(doc, { url, now: NOW });

describe('a kicker set apart inside the headline', () => {
  it('two spans, the Dachzeile first: the headline alone, though the titles repeat the kicker', () => {
    const doc = page(
      'de',
      '<title>Streit um Agrarsubventionen: Bauern blockieren Brüssel - DER KURIER</title><meta property="og:title" content="Streit um Agrarsubventionen: Bauern blockieren Brüssel">',
      '<h1><span class="leading-tight">Streit um Agrarsubventionen</span>\n<span class="align-middle">Bauern blockieren Brüssel</span></h1>',
    );
    expect(analyze(doc, 'https://www.kurier.example.de/politik/bauern-bruessel-a-123').title).toBe('Bauern blockieren Brüssel');
  });

  it('a surtitre that ends in a period, before loose text', () => {
    const doc = page(
      'fr',
      '<title>ENTRETIEN. « Les médecins manquent partout », selon le président de l’ordre</title>',
      '<h1><span class="su-surtitre">ENTRETIEN.</span> « Les médecins manquent partout », selon le président de l’ordre</h1>',
    );
    expect(analyze(doc, 'https://www.courrier.example.fr/sante/entretien-123.html').title).toBe('« Les médecins manquent partout », selon le président de l’ordre');
  });

  it('a kicker that the og:title gives alone is the headline the page names', () => {
    const doc = page(
      'de',
      '<title>Anna Berger</title><meta property="og:title" content="Wasserstoff als Schlüsseltechnologie.">',
      '<h1><strong>Wasserstoff als Schlüsseltechnologie.</strong><br> Anna Berger zu Besuch bei einem Autozulieferer.</h1>',
    );
    expect(analyze(doc, 'https://www.kurier.example.at/wasserstoff').title).toBe('Wasserstoff als Schlüsseltechnologie.');
  });

  it('a word set in a span for emphasis, text after it: the whole headline', () => {
    const doc = page(
      'en',
      '<title>Council votes to extend the housing programme for a year</title>',
      '<h1><span class="highlight">Council</span> votes to extend the housing programme for a year</h1>',
    );
    expect(analyze(doc, 'https://www.courier.example.com/news/council-housing-123').title).toBe('Council votes to extend the housing programme for a year');
  });
});

describe('update times', () => {
  it('"Updated" in a span of its own before the <time>: that time is the update, to the minute', () => {
    const doc = page(
      'en',
      '<title>Council extends housing programme</title>',
      '<h1>Council extends housing programme</h1><ul class="list-inline"><li><time datetime="2025-09-09T18:42:00-05:00" class="tnt-date">Sep 9, 2025</time></li>' +
        '<li><span class="text-muted">Updated</span> <time datetime="2025-09-10T07:15:00-05:00" class="tnt-date">Sep 10, 2025</time></li></ul>',
    );
    const t = analyze(doc, 'https://www.courier.example.com/news/council-housing-123').times;
    expect(t.published?.iso).toBe('2025-09-09T18:42:00-05:00');
    expect(t.modified?.iso).toBe('2025-09-10T07:15:00-05:00');
  });

  it('an editor\'s note at the story\'s end that opens with its update\'s day and clock', () => {
    const doc = page(
      'en',
      '<title>Council extends housing programme</title>',
      '<h1>Council extends housing programme</h1><p class="byline">By Jane Roe</p><p class="date">March 3, 2025, 9:05 am ET</p>',
      BODY,
      '<p class="end-note">Update, March 4, 2025, 11:30 am ET: This story has been updated with the council’s final figures.</p>',
    );
    const t = analyze(doc, 'https://www.courier.example.com/news/council-housing-123').times;
    expect(t.published?.iso).toBe('2025-03-03T09:05:00-05:00');
    expect(t.modified?.iso).toBe('2025-03-04T11:30:00-05:00');
  });

  it('a sentence that starts with "Updated" and names a date later on is no update note', () => {
    const doc = page(
      'en',
      '<title>Council extends housing programme</title>',
      '<h1>Council extends housing programme</h1><p class="byline">By Jane Roe</p><p class="date">March 3, 2025, 9:05 am ET</p>',
      BODY,
      '<p>Updated guidance from the state agency, issued March 4, 2025, at 11:30 am, changes little.</p>',
    );
    expect(analyze(doc, 'https://www.courier.example.com/news/council-housing-123').times.modified).toBeNull();
  });
});

describe('bylines among other lines', () => {
  it('"作者：" among the date line\'s fields, after the publication label', () => {
    const doc = page(
      'zh-CN',
      '<title>江城地铁五号线下月开通</title>',
      '<h1>江城地铁五号线下月开通</h1><div class="info">发布时间：2026-07-03 15:05　来源：江城日报　作者：王立新</div>',
      '<p>记者从江城地铁集团获悉，地铁五号线一期工程已完成全部验收工作，预计下月底正式开通运营，全线共设车站二十二座，全长约三十四公里。</p>' +
        '<p>五号线开通后，将连接城市东西两大片区，沿线居民出行时间有望缩短一半以上，同时与现有三条线路实现换乘，进一步完善城市轨道交通网络。</p>',
    );
    expect(analyze(doc, 'https://www.jcrb.example.cn/news/2026-07/03/content_123.html').authors).toEqual(['王立新']);
  });

  it('a bare name on its own line under the headline, the date line next', () => {
    const doc = page(
      'es',
      '<title>La ola de calor adelanta el horario escolar</title>',
      '<h1>La ola de calor adelanta el horario escolar</h1><p class="firma">Carmen Villalobos</p><p class="fechas">12/06/2026 07:05 · Actualizado 12/06/2026 09:20</p>',
      '<p>La Junta permitirá a los colegios terminar las clases a las 13.00 horas a partir del lunes, ante las temperaturas de hasta 44 grados previstas para la próxima semana.</p>' +
        '<p>La medida, que será voluntaria para los centros, se aplicará hasta el final del curso. Las familias que lo necesiten podrán mantener el servicio de comedor.</p>',
    );
    expect(analyze(doc, 'https://www.faro.example.es/andalucia/ola-calor-horario-escolar.html').authors).toEqual(['Carmen Villalobos']);
  });

  it('a link of two capitalised words at the story\'s end is no byline, though a date line follows the headline', () => {
    const doc = page(
      'de',
      '<title>Marode Straßen: Erhalt statt Neubau</title>',
      '<h1>Marode Straßen: Erhalt statt Neubau</h1><p class="date">21. Januar 2022 | Mobilität</p>',
      '<p>Der Verband fordert, dass der Erhalt bestehender Straßen und Brücken Vorrang vor dem Neubau erhält, und verweist auf den Zustand vieler Bauwerke und Strecken im ganzen Land.</p>' +
        '<p>Tausende Brücken müssten in den kommenden Jahren saniert werden, heißt es in der Mitteilung, die am Freitag in Berlin veröffentlicht und an alle Fraktionen verschickt wurde.</p>',
      '<p><a href="/presse/">Zur Übersicht</a></p>',
    );
    expect(analyze(doc, 'https://www.verband.example.de/presse/marode-strassen').authors).toEqual([]);
  });

  it('a line of two capitalised words under the headline with no date line after it is no byline', () => {
    const doc = page(
      'es',
      '<title>La ola de calor adelanta el horario escolar</title>',
      '<h1>La ola de calor adelanta el horario escolar</h1><p class="antetitulo">Carmen Villalobos</p><p>Los colegios andaluces terminarán antes las clases por el calor extremo de esta semana.</p>',
    );
    expect(analyze(doc, 'https://www.faro.example.es/andalucia/ola-calor-horario-escolar.html').authors).toEqual([]);
  });
});
