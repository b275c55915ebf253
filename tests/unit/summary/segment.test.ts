import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAY_BREAK, splitSentences, tokenBeforeDot } from '../../../src/summary/segment';

describe('splitSentences', () => {
  it('keeps English titles, months, numbers and decimals inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones at 3.5 p.m. on Jan. 5. He is No. 1 in the world. Mrs. May arrived.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones at 3.5 p.m. on Jan. 5.',
      'He is No. 1 in the world.',
      'Mrs. May arrived.',
    ]);
  });

  it('joins initials and dotted acronyms before a name, but ends at a new sentence', () => {
    expect(splitSentences('Then J. R. R. Tolkien wrote. The U.S. Army said no. He lives in the U.S. He is happy.', 'en')).toEqual([
      'Then J. R. R. Tolkien wrote.',
      'The U.S. Army said no.',
      'He lives in the U.S.',
      'He is happy.',
    ]);
  });

  it('keeps quotes and brackets with the sentence they close', () => {
    expect(splitSentences('He said "stop." She left (finally.) Next one! Really?', 'en')).toEqual([
      'He said "stop."',
      'She left (finally.)',
      'Next one!',
      'Really?',
    ]);
    expect(splitSentences('Il a dit : « Non. » Puis M. Dupont est parti.', 'fr')).toEqual(['Il a dit : « Non. »', 'Puis M. Dupont est parti.']);
  });

  it('handles German abbreviations and ordinals', () => {
    expect(splitSentences('Er kam z. B. am 3. Mai nach Berlin. Das ist Nr. 5 der Liste. Im Jahr 2015. Die Firma wuchs.', 'de')).toEqual([
      'Er kam z. B. am 3. Mai nach Berlin.',
      'Das ist Nr. 5 der Liste.',
      'Im Jahr 2015.',
      'Die Firma wuchs.',
    ]);
  });

  it('goes on after "!" or "?" when the next word is in lower case', () => {
    expect(splitSentences("A new study investigates when the 'a-ha!' moment takes place in the brain. It is fast.", 'en')).toEqual([
      "A new study investigates when the 'a-ha!' moment takes place in the brain.",
      'It is fast.',
    ]);
    expect(splitSentences("'Why?' she asked. Nobody answered.", 'en')).toEqual(["'Why?' she asked.", 'Nobody answered.']);
    expect(splitSentences('Shares of Yahoo! rose. Nobody knew why.', 'en')).toEqual(['Shares of Yahoo! rose.', 'Nobody knew why.']);
  });

  it('splits Spanish with inverted marks and titles', () => {
    expect(splitSentences('¿Qué pasó? La Sra. García habló con el Dr. Pérez. Todo salió bien.', 'es')).toEqual([
      '¿Qué pasó?',
      'La Sra. García habló con el Dr. Pérez.',
      'Todo salió bien.',
    ]);
  });

  it('splits on CJK punctuation without spaces', () => {
    expect(splitSentences('北京是中国的首都。它很大！你去过吗？是的。', 'zh')).toEqual(['北京是中国的首都。', '它很大！', '你去过吗？', '是的。']);
  });

  it('treats a line without punctuation (a list item) as one sentence', () => {
    expect(splitSentences('Rising prices for food and energy', 'en')).toEqual(['Rising prices for food and energy']);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });

  it('splits scraped text with no space after the full stop, but not abbreviations or contractions', () => {
    expect(splitSentences('Jones denied it, a court has heard.Shocking details emerged. True, I hadn\'t. Now I have. Mr.Smith left.', 'en')).toEqual([
      'Jones denied it, a court has heard.',
      'Shocking details emerged.',
      "True, I hadn't.",
      'Now I have.',
      'Mr.Smith left.',
    ]);
  });

  it('in scraped plain text, splits a caption without a full stop from the sentence it runs into, but not names or quotes', () => {
    expect(
      splitSentences('Divorcees retire on a smaller income than a colleague The cost of divorce can wreck retirement, research says.', 'en', true),
    ).toEqual(['Divorcees retire on a smaller income than a colleague', 'The cost of divorce can wreck retirement, research says.']);
    expect(splitSentences('He shot his girlfriend after she asked for his winnings A man who won $500 was arrested.', 'en', true)).toEqual([
      'He shot his girlfriend after she asked for his winnings',
      'A man who won $500 was arrested.',
    ]);
    for (const one of [
      'A secret document seen by The Mail on Sunday says so.',
      'She beat the world No 1 in the final.',
      'At the time I was unaware of it, and I think he knew.',
      'They met Prime Minister David Cameron in Plymouth.',
      'The loophole came to light after officers raided restaurant The Royal China Club in London.',
      'He toured Vietnam with The Flash Pack, a small tour company.',
    ])
      expect(splitSentences(one, 'en', true)).toEqual([one]);
    expect(splitSentences('Können Sie das bitte wiederholen?', 'de', true)).toEqual(['Können Sie das bitte wiederholen?']);
  });

  it('leaves text from the page’s DOM alone, where captions are elements of their own', () => {
    const one = 'The bridge was closed after the storm It reopens in June, officials said.';
    expect(splitSentences(one, 'en', true)).toHaveLength(2); // what the plain-text rule would do
    expect(splitSentences(one, 'en')).toEqual([one]);
  });

  it('works without a language', () => {
    expect(splitSentences('One thing happened. Another followed.', null)).toEqual(['One thing happened.', 'Another followed.']);
  });
});

describe('MAY_BREAK (texts that skip ICU)', () => {
  // splitSentences hands a text without any of these characters back whole, without asking ICU: this
  // holds only while ICU never ends a sentence at any other character, in any locale's rules.
  // (Letters, digits and marks are never where a sentence ends, nor unassigned code points: the
  // punctuation, symbols, spaces, controls and format characters of planes 0, 1 and 14 are tried.)
  const OTHER = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]/u;
  it('holds every character at which ICU can end a sentence, in the root rules and in Greek', () => {
    const missed: string[] = [];
    let tried = 0;
    for (const lang of ['en', 'el']) {
      const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
      for (let c = 0; c < 0xe0080; c = c === 0x1ffff ? 0xe0000 : c + 1) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCodePoint(c);
        if (!OTHER.test(ch) || MAY_BREAK.test(ch)) continue;
        tried++;
        for (const text of [`word${ch} Next`, `${ch} Next`]) if ([...seg.segment(text)].length !== 1) missed.push(`${lang} U+${c.toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(10_000);
  }, 30_000);

  it('a paragraph without a terminator is one sentence; one with a semicolon in Greek is split as ICU splits it', () => {
    expect(splitSentences('Ten things to know about the new bridge, in pictures', 'en')).toEqual(['Ten things to know about the new bridge, in pictures']);
    expect(splitSentences('  ', 'en')).toEqual([]);
    expect(splitSentences('Τι έγινε; Κανείς δεν ξέρει', 'el')).toEqual(['Τι έγινε;', 'Κανείς δεν ξέρει']);
  });
});

describe('tokenBeforeDot', () => {
  const PATTERN = /(?:^|[\s("'“‘«[-])([\p{L}\p{N}][\p{L}\p{N}.]*)\.\s*$/u;
  it('finds the word before the final dot', () => {
    expect(tokenBeforeDot('He met Mr. ')).toBe('Mr');
    expect(tokenBeforeDot('in the U.S.')).toBe('U.S');
    expect(tokenBeforeDot('(Jan.\n')).toBe('Jan');
    expect(tokenBeforeDot('x,Jan.')).toBeUndefined();
    expect(tokenBeforeDot('He left!')).toBeUndefined();
  });
  it('captures what the end-anchored pattern captures, on any text', () => {
    const piece = fc.constantFrom('a', 'Z', 'é', '3', '٣', '.', ' ', '\n', '\u00a0', '(', '"', '“', '«', '[', '-', ',', ')', '𝐀', '𝟏', '\ud835', '\udc00', '😀', '\u0301', 'Mr', 'U.S', '..');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        expect(tokenBeforeDot(s)).toBe(PATTERN.exec(s)?.[1]);
      }),
      { numRuns: 20_000 },
    );
  });
});
