/**
 * Bullets a reader can read (issue #17): a quotation is never cut in half, promos, captions and
 * breadcrumbs come last, and CJK bullets start at a sentence, with their opening mark.
 */
import { describe, expect, it } from 'vitest';
import { quoteUnits } from '../../../src/summary/quotes';
import { splitSentences } from '../../../src/summary/segment';
import { summarize } from '../../../src/summary/summarize';

const units = (p: string, lang = 'en') => quoteUnits(p, splitSentences(p, lang));

describe('quoteUnits', () => {
  it('joins the sentences of one quotation, spacing as written', () => {
    const p = '“We go out at dawn.  By the time a radio warning reaches them, it is often too late,” said Rajan Pillai. The buoys cost $400 each.';
    expect(units(p)).toEqual([
      { text: '“We go out at dawn.  By the time a radio warning reaches them, it is often too late,” said Rajan Pillai.', open: false },
      { text: 'The buoys cost $400 each.', open: false },
    ]);
  });

  it('marks the sentences of a quotation too long to join, or one the paragraph does not close', () => {
    expect(units('She added: “They never stood a chance. It was too late. Nobody could help. We tried.” The hospital declined to comment.')).toEqual([
      { text: 'She added: “They never stood a chance.', open: true },
      { text: 'It was too late.', open: true },
      { text: 'Nobody could help.', open: true },
      { text: 'We tried.”', open: true },
      { text: 'The hospital declined to comment.', open: false },
    ]);
    // A quotation the page continues in the next paragraph.
    expect(units('"Belvoir is a wonderful place to live. These residents have been welcomed with open arms.').every((u) => u.open)).toBe(true);
    // A paragraph that starts inside a quotation opened in the one before.
    expect(units('It is often too late," he said. The buoys cost $400.')).toEqual([
      { text: 'It is often too late," he said.', open: true },
      { text: 'The buoys cost $400.', open: false },
    ]);
  });

  it('reads each language’s marks, and apostrophes and inches as neither', () => {
    expect(units('„Wir möchten das. Es ist wichtig.“ Das sagte er.', 'de').map((u) => u.open)).toEqual([false, false]);
    expect(units('Il a dit : « Non. Jamais. » Puis il est parti.', 'fr')).toHaveLength(2);
    expect(units("Mr Obama’s plan was ‘a disaster’, critics said. It’s over.").map((u) => u.open)).toEqual([false, false]);
    expect(units('He is 5\'11" tall. "I am happy," he said.').map((u) => u.open)).toEqual([false, false]);
    expect(units('知事は述べた。「都民の命を守る。最優先だ」と語った。次の文。', 'ja')).toEqual([
      { text: '知事は述べた。', open: false },
      { text: '「都民の命を守る。最優先だ」と語った。', open: false },
      { text: '次の文。', open: false },
    ]);
  });
});

describe('splitSentences', () => {
  it('gives an opening mark ICU left at the end of the sentence before to the sentence it opens', () => {
    expect(splitSentences('イヌはそれを見て、思いました。（あいつの肉の方が、大きそうだ） イヌは、くやしくてたまりません。', 'ja')).toEqual([
      'イヌはそれを見て、思いました。',
      '（あいつの肉の方が、大きそうだ） イヌは、くやしくてたまりません。',
    ]);
    expect(splitSentences('He said "stop." She left.', 'en')).toEqual(['He said "stop."', 'She left.']);
  });
});

describe('summarize', () => {
  const story = [
    'The port authority said on Tuesday that it would spend $1.2 billion to rebuild the south end container terminal.',
    '“This is about keeping Halifax in the game. We are not going to let the ships go to Montreal. Not now. Not ever,” said Allan Gray, the chief executive.',
    'Scroll down for video of the new cranes arriving in the harbour.',
    'The plan calls for three new cranes and a rail link that could cut truck traffic by 40 per cent.',
    'Home > News > Nova Scotia > Halifax',
    'Critics said the expansion would bring noise to a residential neighbourhood.',
    'Construction is expected to begin in March 2027 and to employ about 1,200 workers at its peak.',
    'Revivez le direct de la réunion du conseil avec vos questions.',
  ];
  it('never gives half a quotation, a promo or a breadcrumb while a sentence of the story is left', () => {
    const picked = summarize(story, { sentences: 4, lang: 'en', title: 'Halifax port to spend $1.2 billion' }).map((s) => s.text);
    expect(picked).toHaveLength(4);
    for (const bad of ['Not now.', 'We are not going', 'Scroll down', 'Home > News', 'Revivez le direct']) expect(picked.some((t) => t.startsWith(bad))).toBe(false);
    expect(picked).toContain('The plan calls for three new cranes and a rail link that could cut truck traffic by 40 per cent.');
  });
});
