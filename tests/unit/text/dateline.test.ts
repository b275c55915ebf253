import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/text/clean';
import { isDatelineOnly } from '../../../src/text/furniture';

describe('datelines in any script', () => {
  it.each(['TNW中文站2016年10月14日07:17', 'TNW中文站 10月14日报道', 'Reuters 28-04-2025', '1:39 PM ET', '2024.09.01. 15:20', '발행 2024.09.01'])('"%s" is a dateline', (t) => {
    expect(isDatelineOnly(t)).toBe(true);
  });

  it.each(["What You'll Need:", 'Open-source software', 'The council met on 12-05-2025 to vote on the harbour plan and its costs.', 'Aotearoa (Māori)'])(
    '"%s" is not',
    (t) => {
      expect(isDatelineOnly(t)).toBe(false);
    },
  );

  it('drops a dateline and a share prompt at the top of a Chinese article, keeps the story', () => {
    const story = '谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识的计算机。';
    const blocks = ['TNW中文站2016年10月14日07:17', '转播到腾讯微博', story].map((text) => ({ text, tag: 'P', linkDensity: 0 }));
    expect(cleanBlocks(blocks).map((b) => b.text)).toEqual([story]);
  });
});

describe('edge lines: datelines and contribution credits at the ends of an article', () => {
  const story = (n: number) => ({ text: `Paragraph ${n} of the story tells what happened and why it matters to readers today.`, tag: 'P', linkDensity: 0 });
  const line = (text: string, linkDensity = 0) => ({ text, tag: 'P', linkDensity });

  it('drops a closing dateline and a contribution credit, even with related links after them', () => {
    const blocks = [story(1), story(2), story(3), line('CNNMoney (New York) First published February 1, 2016: 1:28 AM ET'), line('Heba Habib contributed to this report.'), line('Another story about Tunisia', 1)];
    expect(cleanBlocks(blocks).map((b) => b.text)).toEqual([story(1).text, story(2).text, story(3).text]);
  });

  it('keeps such words in the middle of the story', () => {
    const mid = line('The report was first published on May 3, 2015, and updated twice since.');
    const blocks = [story(1), story(2), story(3), mid, story(4), story(5), story(6)];
    expect(cleanBlocks(blocks).map((b) => b.text)).toContain(mid.text);
  });
});

describe('the tail after the story', () => {
  const story = (n: number) => ({ text: `Paragraph ${n} of the story tells what happened and why it matters to readers today.`, tag: 'P', linkDensity: 0 });
  const p = (text: string, tag = 'P') => ({ text, tag, linkDensity: 0 });

  it('drops a bar menu and a couple of trailing labels', () => {
    const blocks = [story(1), story(2), p('Under the Streets, A Battle Against Winter. Order Reprints | Today’s Paper | Subscribe'), p('Featured'), p('Promoted By Zergnet')];
    expect(cleanBlocks(blocks).map((b) => b.text)).toEqual([story(1).text, story(2).text]);
  });

  it('keeps list items, table cells and sources at the end', () => {
    const blocks = [story(1), story(2), p('Sources'), p('https://nodejs.org/api/inspector.html'), p('2 cups flour', 'LI'), p('1 egg', 'LI')];
    expect(cleanBlocks(blocks).map((b) => b.text)).toEqual([story(1).text, story(2).text, 'Sources', 'https://nodejs.org/api/inspector.html', '2 cups flour', '1 egg']);
  });
});

describe('labels at the top', () => {
  const story = { text: 'The council approved the harbour plan on Tuesday after a long debate about its cost.', tag: 'P', linkDensity: 0 };
  it.each(['Save', 'Docs', 'Found This Helpful', 'Biz & IT —', '1 / 5', '22 Dec, 2016', '(All photos: Atlas staff)', 'Posted by Andrew Hayden, Software Engineer on Google Play'])(
    '"%s" before the story goes',
    (label) => {
      expect(cleanBlocks([{ text: label, tag: 'P', linkDensity: 0 }, story]).map((b) => b.text)).toEqual([story.text]);
    },
  );
  it.each(['一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣', 'Why Neon Matters'])('"%s" stays (a sentence, or a heading)', (text) => {
    const tag = text.startsWith('Why') ? 'H2' : 'P';
    expect(cleanBlocks([{ text, tag, linkDensity: 0 }, story]).map((b) => b.text)).toEqual([text, story.text]);
  });
});
