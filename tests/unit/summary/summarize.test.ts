import { describe, expect, it } from 'vitest';
import { paragraphSentences, summarize } from '../../../src/summary/summarize';
import { summarizeText } from '../../../src/summary/text';

const story = [
  'The city council approved a new budget for public transport on Monday, raising bus funding by a fifth.',
  'The budget adds twelve bus lines and extends night service across the city from next spring.',
  '"We waited years for this," said one commuter outside the council building.',
  'Critics said the transport budget relies on a fare increase that the council has not yet approved.',
  'The mayor said the bus lines would be tendered before the summer.',
  'Council members debated for six hours before the vote.',
  'Two members abstained.',
  'The new night service will run on weekends first and on weekdays later in the year.',
  'Officials expect ridership to grow by ten percent within two years of the expansion.',
  'The last major transport budget was approved in 2015.',
];

describe('summarize', () => {
  it('returns as many sentences as the setting asks, in document order, with paragraph indices', () => {
    for (const n of [3, 5, 7]) {
      const out = summarize(story, { sentences: n, lang: 'en', title: 'Council approves transport budget' });
      expect(out).toHaveLength(n);
      const idx = out.map((s) => s.paragraph);
      expect([...idx].sort((a, b) => a - b)).toEqual(idx);
      for (const s of out) expect(story[s.paragraph]).toContain(s.text);
    }
  });

  it('shows an article no longer than the summary whole', () => {
    const short = ['First sentence here. Second one follows.', 'Third sentence ends it.'];
    expect(summarize(short, { sentences: 3 }).map((s) => s.text)).toEqual(['First sentence here.', 'Second one follows.', 'Third sentence ends it.']);
    expect(summarize([], { sentences: 3 })).toEqual([]);
    expect(summarize(['Only one.'], { sentences: 5 })).toEqual([{ text: 'Only one.', paragraph: 0 }]);
  });

  it('never makes a bullet of a label while there are sentences (a toolbar above the story)', () => {
    const out = summarize(['Docs', 'txt', 'pdf', ...story], { sentences: 3, lang: 'en' }).map((s) => s.text);
    expect(out).not.toContain('Docs');
    expect(out).not.toContain('txt');
    expect(out[0]).toBe(story[0]);
    // With nothing else on the page, the labels are what there is.
    expect(summarize(['Docs', 'txt', 'pdf', 'Nits'], { sentences: 3 }).map((s) => s.text)).toEqual(['Docs', 'txt', 'pdf']);
  });

  it('makes no bullet of a heading or table cell without a sentence end, but does of a standfirst set as a heading', () => {
    const heading = 'A battle over bus funding in the city council';
    const paras = [heading, ...story];
    expect(summarize(paras, { sentences: 3, lang: 'en' }).map((s) => s.text)).toContain(heading);
    const picked = summarize(paras, { sentences: 3, lang: 'en', labels: new Set([0]) }).map((s) => s.text);
    expect(picked).not.toContain(heading);
    expect(picked).toHaveLength(3);
    const standfirst = 'Twelve new bus lines are coming, and night service with them.';
    expect(summarize([standfirst, ...story], { sentences: 3, lang: 'en', labels: new Set([0]) }).map((s) => s.text)).toContain(standfirst);
  });

  it('never repeats a paragraph the page prints twice, and takes a label only when sentences run out', () => {
    const paras = ['Docs', story[0]!, 'txt', story[0]!, story[1]!];
    const out = summarize(paras, { sentences: 3, lang: 'en' }).map((s) => s.text);
    expect(out).toEqual(['Docs', story[0], story[1]]);
    // Redundant sentences of the story come before labels.
    const near = 'The city council approved the new budget for public transport on Monday, raising bus funding.';
    expect(summarize(['Docs', 'txt', story[0]!, near], { sentences: 2, lang: 'en' }).map((s) => s.text)).toEqual([story[0], near]);
  });

  it('makes no bullet of a headline in title case set as a plain line, whatever the page calls it', () => {
    const kicker = 'Council Approves Twelve New Bus Lines for the City';
    const out = summarize([kicker, ...story], { sentences: 3, lang: 'en' }).map((s) => s.text);
    expect(out).not.toContain(kicker);
    expect(out).toHaveLength(3);
    // A German sentence capitalises its nouns, not its verbs: a line without a full stop stays a candidate.
    const german = 'Der Stadtrat genehmigt zwölf neue Buslinien für die Stadt';
    expect(summarize([german, ...story], { sentences: 3, lang: 'en' }).map((s) => s.text)).toContain(german);
  });

  it('does not repeat the headline as a bullet (a selection that starts with it)', () => {
    const title = 'Council approves transport budget';
    const out = summarize(['Council Approves Transport Budget', ...story], { sentences: 3, lang: 'en', title }).map((s) => s.text);
    expect(out).not.toContain('Council Approves Transport Budget');
    expect(out[0]).toBe(story[0]);
  });

  it('starts from the lead and skips fragments and opening quotes', () => {
    const out = summarize(story, { sentences: 3, lang: 'en' }).map((s) => s.text);
    expect(out[0]).toBe(story[0]);
    expect(out).not.toContain('Two members abstained.');
    expect(out).not.toContain(story[2]);
  });

  it('prefers a reported fact to a question', () => {
    const paras = [
      'Flooding closed the main road into the valley on Tuesday after days of heavy rain.',
      'Will the valley ever be safe from floods again?',
      'Engineers said the bridge over the river would be inspected before it reopens.',
      'Schools in three villages stayed shut as a precaution.',
      'More rain is forecast for the weekend.',
    ];
    const out = summarize(paras, { sentences: 3, lang: 'en' }).map((s) => s.paragraph);
    expect(out).toEqual([0, 2, 3]);
  });

  it('drops a near-duplicate of a chosen sentence (a caption repeating the lead)', () => {
    const paras = [
      'Flooding closed the main road into the valley on Tuesday after days of heavy rain.',
      'Flooding closed the main road into the valley on Tuesday after heavy rain, officials said.',
      'Engineers said the bridge would be inspected before it reopens.',
      'Schools in three villages stayed shut as a precaution.',
      'More rain is forecast for the weekend.',
    ];
    const out = summarize(paras, { sentences: 3, lang: 'en' }).map((s) => s.paragraph);
    expect(out).toContain(0);
    expect(out).not.toContain(1);
  });

  it('passes over a caption with no full stop', () => {
    const paras = [
      'Flooded road in the valley on Tuesday',
      'Flooding closed the main road into the valley on Tuesday after days of heavy rain.',
      'Engineers said the bridge would be inspected before it reopens.',
      'Schools in three villages stayed shut as a precaution.',
      'More rain is forecast for the weekend.',
    ];
    const out = summarize(paras, { sentences: 3, lang: 'en' }).map((s) => s.paragraph);
    expect(out).not.toContain(0);
    expect(out).toContain(1);
  });

  it('is deterministic', () => {
    const a = summarize(story, { sentences: 5, lang: 'en', title: 'Budget' });
    const b = summarize([...story], { sentences: 5, lang: 'en', title: 'Budget' });
    expect(b).toEqual(a);
  });

  // Its time is measured by `npm run bench` (a timed assertion here would flake on a busy machine).
  it('summarizes a 50,000-word article: seven of its own sentences, in the article\'s order', () => {
    const words = story.join(' ').split(' ').length;
    const huge = Array.from({ length: Math.ceil(50_000 / words) }, (_, i) => story.map((s) => s.replace('.', ` ${i}.`)).join(' '));
    expect(huge.join(' ').split(' ').length).toBeGreaterThanOrEqual(50_000);
    const out = summarize(huge, { sentences: 7, lang: 'en' });
    expect(out).toHaveLength(7);
    for (const s of out) expect(huge[s.paragraph]).toContain(s.text);
    const at = out.map((s) => [s.paragraph, huge[s.paragraph]!.indexOf(s.text)] as const);
    expect([...at].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(at);
  });

  it('works for languages with and without a stop-word list', () => {
    const de = ['Der Stadtrat hat am Montag einen neuen Haushalt beschlossen.', 'Der Haushalt sieht zwölf neue Buslinien vor.', 'Kritiker bemängeln die Finanzierung.', 'Die Bürgermeisterin zeigte sich zufrieden.'];
    expect(summarize(de, { sentences: 3, lang: 'de' })).toHaveLength(3);
    const ja = ['市議会は月曜日に新しい予算を承認した。バス路線が十二本増える。', '批判もある。市長は満足している。'];
    const out = summarize(ja, { sentences: 3, lang: 'ja' });
    expect(out).toHaveLength(3);
    expect(out[0]!.text).toBe('市議会は月曜日に新しい予算を承認した。');
  });

  it('summarizeText splits plain text into paragraphs first', () => {
    const out = summarizeText(story.join('\n\n'), { sentences: 3, lang: 'en' });
    expect(out).toHaveLength(3);
    expect(out[0]!.paragraph).toBe(0);
  });
});

describe('paragraphSentences: a wire dateline before the story is left out of the bullets', () => {
  const first = (p: string, i = 0) => paragraphSentences(p, i, 'en')[0];
  it('leaves out agency and city datelines', () => {
    expect(first('MOSCOW (AP) — An unmanned Russian cargo ship broke up over Siberia on Thursday. It carried food.')).toBe('An unmanned Russian cargo ship broke up over Siberia on Thursday.');
    expect(first('(CNN)They may not be extraterrestrials, but we may be close to finding alien life, a NASA scientist says.')).toBe('They may not be extraterrestrials, but we may be close to finding alien life, a NASA scientist says.');
    expect(first('Kathmandu, Nepal (CNN)Rescuers pulled a man from the wreckage after 82 hours.')).toBe('Rescuers pulled a man from the wreckage after 82 hours.');
    expect(first('WASHINGTON (Reuters) - The Senate passed the bill late on Tuesday.')).toBe('The Senate passed the bill late on Tuesday.');
    expect(first('SEOUL, South Korea — A plan to impeach the president gathered support on Friday.', 1)).toBe('A plan to impeach the president gathered support on Friday.');
    expect(first('NEW YORK — “We are open again,” the mayor said on Monday.')).toBe('“We are open again,” the mayor said on Monday.');
    expect(first('New Delhi [India], April 28 (ANI): The government approved the new highway on Monday.')).toBe('The government approved the new highway on Monday.');
    expect(first('New Delhi, April 28 (PTI) The government approved the new highway on Monday.')).toBe('The government approved the new highway on Monday.');
    expect(first('NEW DELHI: The government approved the new highway on Monday.')).toBe('The government approved the new highway on Monday.');
    expect(first('Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.')).toBe('Life-threatening peanut allergies have been on the rise in the past decade.');
    expect(first('23 February 2015 — Peanut allergies have been on the rise in the past decade.')).toBe('Peanut allergies have been on the rise in the past decade.');
  });
  it('keeps a sentence that only looks like one, and datelines deep in the story', () => {
    expect(first('NATO — the alliance founded in 1949 — met in Brussels on Monday.')).toBe('NATO — the alliance founded in 1949 — met in Brussels on Monday.');
    expect(first('The AP (the news agency) said the ship broke up.')).toBe('The AP (the news agency) said the ship broke up.');
    expect(first('Note: the figures exclude Delhi.')).toBe('Note: the figures exclude Delhi.');
    expect(first('On Feb. 23, 2015 — a Monday — the trial opened in Boston.')).toBe('On Feb. 23, 2015 — a Monday — the trial opened in Boston.');
    expect(first('MOSCOW (AP) — A second cargo ship was launched on Friday.', 5)).toBe('MOSCOW (AP) — A second cargo ship was launched on Friday.');
  });
  it('gives bullets without it, still tied to their paragraph', () => {
    const out = summarize(['LONDON — After nearly 20 years of hostile relations, the government plans to lift trade sanctions, officials said late Thursday.', ...story], { sentences: 3, lang: 'en' });
    expect(out[0]).toEqual({ text: 'After nearly 20 years of hostile relations, the government plans to lift trade sanctions, officials said late Thursday.', paragraph: 0 });
  });
});
