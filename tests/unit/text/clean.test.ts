import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { runReadability } from '../../../src/text/collect';
import { cleanArticle } from '../../../tools/core/halves';
import { readFixture } from '../../../tools/fixtures/loader';

const STORY1 =
  'In a surprising revelation, officials confirmed on Monday that the new bridge over the river will open to traffic in June, two years later than first planned.';
const STORY2 =
  'The delay was caused by a shortage of steel and a dispute with the main contractor, which has since been settled out of court, the transport ministry said.';

function article(inner: string): Element {
  return parseDocument(`<html><body><div id="root">${inner}</div></body></html>`).querySelector('#root')!;
}

function clean(inner: string, opts = {}): string[] {
  return cleanArticle(article(inner), opts);
}

/** Story lines set as paragraphs between STORY1 and STORY2 all stay, in order. */
function expectKeptBetween(...lines: string[]): void {
  const story = [STORY1, ...lines, STORY2];
  expect(clean(story.map((l) => `<p>${l}</p>`).join(''))).toEqual(story);
}

describe('cleanArticle: furniture', () => {
  const cases: [string, string][] = [
    ['figure caption', '<figure><img src="a.jpg"><figcaption>The bridge at dusk.</figcaption></figure>'],
    ['caption class', '<div class="caption">The bridge at dusk. Photo: Jane Doe</div>'],
    ['share bar by class', '<div class="article-share-bar"><a href="/f">Facebook</a> <a href="/t">Twitter</a> <a href="/m">Email</a></div>'],
    ['newsletter box by class', '<div class="newsletter-signup"><p>Cities are changing fast.</p><p>The best way to follow issues you care about.</p></div>'],
    ['video player by class', '<div class="dnd-widget-wrapper type-video"><div class="vjs-control-bar"><p>Play Video</p><p>Current Time 0:00</p></div><p>Video shows the bridge at night</p></div>'],
    ['caption with an agency credit', "<p>Gunmen in military uniforms stormed Tunisia's national museum, killing at least 19 people. (Reuters)</p>"],
    ['call-to-action box by class', '<div class="cta-fandom-contributor"><p>Would you like to be part of the team?</p><p>Join our contributor program.</p></div>'],
    ['table of contents by class', '<div class="toc toc-container"><p>Contents</p><ul><li>History of the bridge</li><li>The delay</li></ul></div>'],
    ['byline word left alone', '<p>By <span class="byline-name">Tara Parker-Pope</span></p>'],
    ['embedded tweet', '<blockquote class="twitter-tweet"><p>The bridge is finally open! Drove across it this morning.</p>— Jane Roe (@janeroe) <a href="https://twitter.com/x">June 3, 2024</a></blockquote>'],
    ['author box by class', '<div class="author-bio"><p>Jane Roe writes about transport and cities.</p><p>She lives in Leeds.</p></div>'],
    ['paywall notice by class', '<div class="paywall-prompt"><p>You have read all your free articles this month.</p><p>Already a member? Log in.</p></div>'],
    ['photo credit', '<p>Photo: Reuters/John Smith</p>'],
    ['photo credit (German)', '<p>Foto: dpa</p>'],
    ['AI-image disclaimer', '<p>This image is AI-generated and does not depict any real-life event or location.</p>'],
    ['AI-image disclaimer (German)', '<p>Symbolbild: KI-generiert</p>'],
    ['dateline', '<p>Devdiscourse News Desk | Updated: 28-04-2025 09:57 IST | Created: 28-04-2025 09:57 IST</p>'],
    ['byline', '<p>By Jane Doe and John Smith</p>'],
    ['agency credit', '<p>(With inputs from agencies.)</p>'],
    ['reporting credit', '<p>(Reporting by Jane Doe; Editing by John Smith)</p>'],
    ['newsletter prompt', '<p>Sign up for our free morning newsletter</p>'],
    ['inbox prompt', '<p><em>[What you need to know to start the day:</em> <a href="/nl">Get New York Today in your inbox.</a><em>]</em></p>'],
    ['bracketed promo', '<p>[Listen to the full interview on our podcast.]</p>'],
    ['AP photo caption', '<p>In this photo dated Tuesday, Nov. 29, 2016 the Soyuz-FG rocket booster is installed on a launch pad in Baikonur, Kazakhstan. (Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)</p>'],
    ['Chinese photo caption', '<p>图为马素湘在澳大利亚悉尼游玩时的近影。</p>'],
    ['Chinese caption label', '<p>图注：奥尔德林的圣餐杯回到了地球上</p>'],
    ['caption with a slashed credit', "<p>Israeli Prime Minister Benjamin Netanyahu visits the Western Wall in Jerusalem on March 18 following his party's victory. (Thomas Coex/AFP/Getty Images)</p>"],
    ['caption ending in its credit', '<p>Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: Raspberry Pi Foundation</p>'],
    ['call to pay', '<p>Support our journalism. Become a member today.</p>'],
    ['photographer and agency credit', '<p>Thomas Coex/AFP via Getty Images</p>'],
    ['plural photo credit', '<p>Image Credits: Bryce Durbin / TechCrunch</p>'],
    ['BBC image copyright', '<p>Image copyright Getty Images</p>'],
    ['BBC image caption', '<p>Image caption The bridge was closed to traffic for most of the year</p>'],
    ['BBC player stand-in', '<p>Media playback is unsupported on your device</p>'],
    ['position photo credit', '<p>Top photo by Joan Bardeletti</p>'],
    ['follow prompt', '<p>Follow Backchannel: Twitter |Facebook</p>'],
    ['check-it-out promo', '<p>Tech Enabled: CNET chronicles tech’s role in providing new kinds of accessibility. Check it out here.</p>'],
    ['player label', '<p>Now playing: Watch this: Google Assistant gets better</p>'],
    ['gallery label', '<p>Gallery: Xbox One X | 14 Photos</p>'],
    ['Chinese editor line', '<p>[责任编辑:肖春芳]</p>'],
    ['shouted dated byline', '<p>2/26/2015 7:11 AM PST BY TMZ STAFF</p>'],
    ['file-photo caption', '<p>In this Nov. 29, 2016 file photo, workers walk past the new bridge. (AP Photo/Jane Doe)</p>'],
    ['share prompt', '<p>Share this article on Facebook and X</p>'],
    ['click prompt', '<p>Click here to read the full report.</p>'],
    ['advertisement label', '<p>Advertisement</p>'],
    ['advertisement label (continues below)', '<p>Story continues below advertisement</p>'],
    ['advertisement label (German)', '<p>Anzeige</p>'],
    ['audio badge', '<p>Listen to this article</p>'],
    ['reading-time badge', '<p>5 min read</p>'],
    ['reading-time badge (German)', '<p>Lesezeit: 3 Min.</p>'],
    ['relative dateline', '<p>Updated 3 hours ago</p>'],
    ['copyright notice', '<p>Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>'],
    ['share button', '<p>Click to share on Twitter (Opens in new window)</p>'],
    ['also-read teaser', '<p>Also read: <a href="/x">Bridge costs soar</a></p>'],
    ['shouted teaser', '<p>DON’T MISS: <a href="/x">The bridge that cost a billion</a></p>'],
    ['video teaser', '<p>WATCH: <a href="/v">Drone footage of the new bridge</a></p>'],
    ['related-story teaser', '<p><strong>Related story:</strong> <a href="/x">Steel prices rise again</a></p>'],
    ['read teaser', '<p>READ: <a href="/x">Why the bridge cost a billion</a></p>'],
    ['video teaser with a colon', '<p>Video: <a href="/v">The bridge from the air</a></p>'],
    ['French teaser', '<p>Lire aussi : <a href="/x">Le pont coûtera plus cher</a></p>'],
    ['related block', '<h3>Related</h3><ul><li><a href="/1">Bridge costs soar</a></li><li><a href="/2">Steel prices rise again</a></li></ul>'],
    ['sponsor line of a widget', '<p>Powered by SmartAsset.com</p>'],
    ['learn-more teaser', '<p>Learn More: <a href="/x">Seven Tips for Repurposing Video Content</a></p>'],
    ['topical related block', '<p>More games news:</p><ul><li><a href="/1">Review: ‘Madden NFL 17’ runs hard, plays it safe</a></li><li><a href="/2">Sony’s PlayStation 4 Pro shows promise</a></li></ul>'],
    ['request to report errors', '<p>Spotted an error? <a href="/contact">Let us know</a>.</p>'],
    ['request to report errors (German)', '<p>Fehler gefunden? Schreiben Sie uns an leserbriefe@example.de.</p>'],
    ['request to report errors (Czech)', '<p>Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět prostřednictvím kontaktního formuláře. Děkujeme!</p>'],
    ['Chinese related block', '<h3>相关阅读</h3><ul><li><a href="/1">大桥六月通车</a></li><li><a href="/2">钢材价格再次上涨</a></li></ul>'],
    ['Japanese teaser', '<p>関連記事：<a href="/x">新しい橋が6月に開通</a></p>'],
    ['Chinese rights notice', '<p>【本文中文相关权益归本站独家所有。未经授权，不得转载、摘编等。】</p>'],
    ['Chinese copyright line', '<p>Copyright © 2016 光明网 版权所有</p>'],
    ['most-read box inside the article', '<div class="article-most-read"><p>Bridge costs soar as steel prices rise again</p><p>Mayor defends the delay</p></div>'],
    ['article footer in the middle', '<div class="article-footer"><p>Filed in Transport</p><p>Print this page</p></div>'],
    ['trending block', '<h3>TRENDING</h3><ol><li><a href="/1">Deadly Clash in Niger</a> Senegal</li><li><a href="/2">Blaze Erupts in Mumbai</a> India</li></ol>'],
  ];
  for (const [name, html] of cases) {
    it(`removes ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`, () => {
      expect(clean(`<p>${STORY1}</p>${html}<p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
    });
  }

  it('removes texts the caller knows are furniture, and repeats of the headline and byline', () => {
    const out = clean(`<h1>Bridge opens in June</h1><p>Jane Doe, Transport Correspondent</p><p>${STORY1}</p><p>Image: created with Midjourney for this story</p><p>${STORY2}</p>`, {
      title: 'Bridge opens in June',
      byline: 'Jane Doe, Transport Correspondent',
      exclude: ['Image: created with Midjourney for this story'],
    });
    expect(out).toEqual([STORY1, STORY2]);
  });
});

describe('cleanArticle: story text is kept', () => {
  it('keeps headings, lists and quotes of the story', () => {
    const html = `<p>${STORY1}</p><h2>What changes for drivers</h2><ul><li>Two new lanes</li><li>A toll of two euros</li></ul><blockquote>We are relieved that the work is finally done.</blockquote><p>${STORY2}</p>`;
    expect(clean(html)).toEqual([STORY1, 'What changes for drivers', 'Two new lanes', 'A toll of two euros', 'We are relieved that the work is finally done.', STORY2]);
  });

  it('keeps long paragraphs that mention furniture words', () => {
    const p = 'The ministry said anyone who wants updates can subscribe to its newsletter, but critics noted that the newsletter has not been sent since March and that the photo credits on its website still name the old contractor.';
    expect(clean(`<p>${STORY1}</p><p>${p}</p>`)).toEqual([STORY1, p]);
  });

  it('removes a kicker and the second half of the headline before the story', () => {
    expect(clean(`<h4>Biz & IT —</h4><p>${STORY1}</p><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
    const opts = { title: 'The Open Journalism Project: Better Student Journalism' };
    expect(clean(`<h4>Better Student Journalism</h4><p>${STORY1}</p><p>${STORY2}</p>`, opts)).toEqual([STORY1, STORY2]);
    // Inside the story, a heading that happens to end the title stays.
    const more = 'Student editors said the project would publish its first guides on mapping and security before the end of the spring term.';
    const first = 'The project began in a student newsroom in 2011, when a handful of editors decided to write down what they had learned.';
    expect(clean(`<p>${first}</p><p>${STORY1}</p><p>${STORY2}</p><h3>Better Student Journalism</h3><p>${more}</p>`, opts)).toEqual([first, STORY1, STORY2, 'Better Student Journalism', more]);
  });

  it('removes a breadcrumb trail before the story, and keeps a comparison with ">" inside it', () => {
    expect(clean(`<p>福娘童話集 > きょうのイソップ童話 > 欲張りなイヌ</p><p>${STORY1}</p><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
    const quote = '«Non», a-t-il dit, «jamais».';
    expect(clean(`<p>${quote}</p><p>${STORY1}</p><p>${STORY2}</p>`)).toEqual([quote, STORY1, STORY2]);
    const math = 'Prices rose where demand > supply, and fell where supply > demand, the report found.';
    expect(clean(`<p>${STORY1}</p><p>${math}</p>`)).toEqual([STORY1, math]);
  });

  it('removes a dated byline and a toolbar of labels before the story', () => {
    expect(clean(`<p>Tuesday 15 October 2019 by Bradley M. Kuhn</p><p>${STORY1}</p><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
    const toolbar = ['Docs', 'txt', 'pdf', 'Tracker', 'Email', 'Diff1', '00', '01'].map((l) => `<a href="/${l}">${l}</a> `).join('');
    expect(clean(`<div>${toolbar}</div><p>${STORY1}</p><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
  });

  it('cuts a labelled tail: print-edition note, author box, comments', () => {
    const print = '<p>A version of this article appears in print on</p><p>, on Page</p><p>A</p><p>22</p><p>of the New York edition</p><p>with the headline:</p>';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p>${print}`)).toEqual([STORY1, STORY2]);
    const author = '<p>This article originally appeared on The Atlantic.</p><h4>About the Author</h4><h5><a href="/a">Sarah Archer</a></h5><p>Sarah Archer is the author of The Midcentury Kitchen.</p>';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p>${author}`)).toEqual([STORY1, STORY2]);
    const comments = '<p>John Doe wrote on February 9, 2021 at 10:16 pm:</p><p>Thank you for fixing this bug! I had moved most of my work to another browser.</p>';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p>${comments}`)).toEqual([STORY1, STORY2]);
  });

  it('cuts a blog’s comment section from its heading on', () => {
    const heading = '2 comments on “These Weeks in Firefox: Issue 85”';
    const comment = 'Great update, thanks! The new search engine settings are much easier to find.';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><h3>${heading}</h3><p>${comment}</p>`)).toEqual([STORY1, STORY2]);
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><h3>One thought on "Bridge delays"</h3><p>${comment}</p>`)).toEqual([STORY1, STORY2]);
    for (const h of ['Comments (12)', 'Leave a Reply', 'Join the conversation', 'Kommentare'])
      expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><h3>${h}</h3><p>${comment}</p>`)).toEqual([STORY1, STORY2]);
    const said = 'Comments from residents were mostly positive, the council said.';
    expectKeptBetween(said);
  });

  it('cuts an author box at the end that opens with an author’s name, and what follows it', () => {
    const bio = 'Steven Mufson covers the White House. Since joining The Post, he has covered economics, China, foreign policy and energy.';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><p>${bio}</p>`, { authors: ['Steven Mufson'] })).toEqual([STORY1, STORY2]);
    const two = '<p>Stella Kim is an NBC News freelance producer based in Seoul.</p><p>Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.</p><p>Abigail Williams</p><p>and</p>';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p>${two}`, { authors: ['Stella Kim', 'Jennifer Jett'] })).toEqual([STORY1, STORY2]);
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><p>Andrés Malamud es periodista y vive en Lisboa.</p>`, { authors: ['Andrés Malamud'] })).toEqual([STORY1, STORY2]);
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><p>LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR</p>`, { authors: ['Laurie Oakes'] })).toEqual([STORY1, STORY2]);
  });

  it('keeps a closing line about someone who is not the author or about the agency that is, and an author named early in the story', () => {
    const other = 'Steven Mufson is the mayor’s spokesman and has defended the delay since March.';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><p>${other}</p>`, { authors: ['Jane Roe'] })).toEqual([STORY1, STORY2, other]);
    const agency = 'Reuters was unable to reach the contractor for comment on Monday.';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><p>${agency}</p>`, { authors: ['Reuters'] })).toEqual([STORY1, STORY2, agency]);
    const early = 'Jane Roe is one of the engineers who first warned about the steel.';
    const later = Array.from({ length: 8 }, (_, i) => `<p>${STORY2.replace('delay', `delay (${i + 1})`)}</p>`).join('');
    expect(clean(`<p>${STORY1}</p><p>${early}</p>${later}`, { authors: ['Jane Roe'] })).toContain(early);
  });

  it('cuts a post’s footer from its one dated sign-off line on, and keeps a live blog’s dated entries', () => {
    const signOff = 'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.';
    const footer = '<p>Both previously and presently, I have been employed by various organizations that also have views on these matters.</p><p>ebb is a service mark of Bradley M. Kuhn.</p>';
    const story = `<p>${STORY1}</p><p>${STORY2}</p><p>${STORY1.replace('June', 'July')}</p>`;
    expect(clean(`${story}<p>${signOff}</p>${footer}`)).toEqual([STORY1, STORY2, STORY1.replace('June', 'July')]);
    const entry = (h: string, s: string) => `<p>Posted on Tuesday 15 October 2019 at ${h} by Jane Roe.</p><p>${s}</p>`;
    const first = STORY2.replace('steel', 'concrete');
    const last = STORY1.replace('Monday', 'Tuesday');
    const live = `${story}${entry('09:11', first)}${entry('10:30', last)}`;
    expect(clean(live).filter((t) => !t.startsWith('Posted'))).toEqual([STORY1, STORY2, STORY1.replace('June', 'July'), first, last]);
  });

  it('drops the author’s and the newsroom’s contact lines at the end, and keeps a story line with an address', () => {
    const tail = '<p>Jane Doe can be reached at jdoe@example.com or on Signal.</p><p>Got a tip? Email tips@example.com.</p>';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p>${tail}`)).toEqual([STORY1, STORY2]);
    const story = 'The ministry said complaints could be sent to bridge@transport.example until the end of June.';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p><p>${story}</p>`)).toEqual([STORY1, STORY2, story]);
  });

  it('drops a post’s tag line and like button at its end', () => {
    const tail = '<p>Tags: bridges, steel, city council, transport ministry, budget</p><p>Like this:</p><p>Like Loading...</p>';
    expect(clean(`<p>${STORY1}</p><p>${STORY2}</p>${tail}`)).toEqual([STORY1, STORY2]);
  });

  it('keeps story lines that open with a teaser label’s word', () => {
    const more = 'More than 5,000 people walked across the bridge on its first day.';
    const watch = 'Watch the river rise, the engineers told the crowd: that is what the bridge is for.';
    const video = 'Video shows the bridge swaying as the first lorries drive across it, the police said.';
    const read = 'Read together, the two reports paint a grim picture: the steel was never tested.';
    const moreNews = 'More bad news: the steel for the second span has not been ordered yet, the council admitted.';
    expectKeptBetween(more, watch, video, read, moreNews);
  });

  it('keeps story lines about errors and a quoted request to report them', () => {
    const found = 'Auditors found an error in the contractor’s invoices and asked the ministry to tell them why it paid.';
    const quoted = '“If you see a mistake in the plans, tell us,” the mayor said at the opening.';
    expectKeptBetween(found, quoted);
  });

  it('keeps story lines that begin like a sponsor line or mention unauthorised copies', () => {
    const solar = 'Powered by solar panels, the buoys send an alert every ten minutes.';
    const copies = '该公司称，未经授权的复制品已在市场上流通。';
    const holder = '法院认定，版权所有人有权要求平台删除这些视频。';
    expectKeptBetween(solar, copies, holder);
  });

  it('keeps story lines that mention ads, reading and rights', () => {
    const ads = 'Advertisement revenue fell by a third after the bridge closed, the newspaper said.';
    const rights = 'Copyright lawyers say the city kept all rights reserved to it under the 1998 contract.';
    const ago = '3 days ago';
    expect(clean(`<p>${STORY1}</p><p>${ads}</p><p>${rights}</p><p>It happened only ${ago}, officials said.</p>`)).toEqual([STORY1, ads, rights, `It happened only ${ago}, officials said.`]);
  });

  it('keeps a quote introduced with a colon and a story line that mentions an author', () => {
    const intro = 'On March 3, 2024, the minister wrote to the council:';
    const quote = '“We will open the bridge in June, whatever the weather brings, because the city has waited long enough.”';
    const about = 'About the author of the report, officials said little.';
    expectKeptBetween(intro, quote, about);
  });

  it('keeps a story sentence that begins "In this" and a short heading inside the story', () => {
    const s = 'In this town of four thousand people, the bridge is the only road to the hospital.';
    const picture = 'In this picture of the regional economy, the bridge is the missing piece, the ministry argued.';
    const perfect = 'In this picture-perfect village, the bridge is the only road to the hospital.';
    expectKeptBetween(s, picture, perfect, 'Next steps');
  });

  it('keeps a story sentence that ends in names between slashes', () => {
    const s = 'The new ticket app will run on both kinds of phone (Android/iOS) from June, the city said.';
    const s2 = 'The app will run on both kinds of phone (Android/iOS).';
    expectKeptBetween(s, s2);
  });

  it('keeps the story inside a container whose class or id names furniture', () => {
    // Real pages: the story's wrapper carries a share widget's id (gigya-share-btns-2_gig_containerParent),
    // sections are named after their headings (id="sharing-with-a-single-developer"), the rest of a
    // story sits in id="read-more". Only a small element is furniture by its name.
    const story = [STORY1, STORY2, STORY1.replace('June', 'July'), STORY2.replace('steel', 'concrete')];
    const ps = story.map((t) => `<p>${t}</p>`).join('');
    expect(clean(`<div id="gigya-share-btns-2_gig_containerParent">${ps}</div>`)).toEqual(story);
    const lead = 'The city council met on Tuesday to hear how the bridge works went wrong, and who will pay for the delay.';
    expect(clean(`<p>${lead}</p><div class="section" id="sharing-with-a-single-developer">${ps}</div>`)).toEqual([lead, ...story]);
    expect(clean(`<p>${lead}</p><div id="read-more">${ps}</div>`)).toEqual([lead, ...story]);
  });

  it('leaves out furniture set inside a paragraph, and keeps a heading that links back to the contents', () => {
    const caption = '<span class="pb-caption">Gunmen stormed the museum. (Reuters)</span>';
    expect(clean(`<p>${caption}${STORY1}</p><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
    const heading = '<h2><a class="toc-backref" href="#id5">Sharing with a single developer</a><a class="headerlink" href="#s">¶</a></h2>';
    expect(clean(`<p>${STORY1}</p>${heading}<p>${STORY2}</p>`)).toEqual([STORY1, 'Sharing with a single developer¶', STORY2]);
  });

  it('leaves out text only screen readers get: an icon’s label, a visually hidden note', () => {
    const p = `<p>The company <a href="https://x.example" title="Opens a new window">said<span class="external-link-icon">Opens a new window </span></a> that the bridge opens in June.</p>`;
    expect(clean(`${p}<p>${STORY2}</p><p class="u-visually-hidden">Continue reading below</p>`)).toEqual(['The company said that the bridge opens in June.', STORY2]);
    const points = '<ul class="icon-list"><li>Opens in June, two years late</li><li>Costs a third more than planned</li></ul>';
    expect(clean(`<p>${STORY1}</p>${points}<p>${STORY2}</p>`)).toEqual([STORY1, 'Opens in June, two years late', 'Costs a third more than planned', STORY2]);
  });

  it('leaves footnote marks out of the text, and keeps other superscripts', () => {
    const p = '<p>Mozilla was created in 1998 by members of Netscape.<sup class="reference"><a href="#cite_note-1">[8]</a></sup><sup>[9]</sup> The community grew fast.</p>';
    const e = '<p>The formula is E = mc<sup>2</sup>, which everyone knows.</p>';
    expect(clean(`${p}${e}<p>${STORY2}</p>`)).toEqual(['Mozilla was created in 1998 by members of Netscape. The community grew fast.', 'The formula is E = mc2, which everyone knows.', STORY2]);
  });

  it('keeps a paragraph styled as a pull quote: on Medium it is the only copy of that text', () => {
    const pull = 'Literally means actually, and everything else is a figure of speech.';
    expect(clean(`<p>${STORY1}</p><blockquote class="graf--pullquote pullquote">${pull}</blockquote><p>${STORY2}</p>`)).toEqual([STORY1, pull, STORY2]);
  });

  it('reads a negated class as what it is: an item with no caption is story', () => {
    expect(clean(`<div class="buzz_superlist_item no_caption"><p>${STORY1}</p></div><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
    expect(clean(`<div class="post ad-free"><p>${STORY1}</p></div><p>${STORY2}</p>`)).toEqual([STORY1, STORY2]);
  });

  it('keeps a bracketed editor’s note and a story line about an inbox', () => {
    const note = '[Editor’s note: This story was corrected to show that the bridge opens in June, not July.]';
    const inbox = 'Within an hour the complaints were piling up in her inbox.';
    expect(clean(`<p>${STORY1}</p><p>${note}</p><p>${inbox}</p>`)).toEqual([STORY1, note, inbox]);
  });

  it('keeps table cells and list items that repeat', () => {
    const html = `<p>${STORY1}</p><table><tr><td>2024</td><td>Delayed</td></tr><tr><td>2025</td><td>Delayed</td></tr></table>`;
    expect(clean(html)).toEqual([STORY1, '2024', 'Delayed', '2025', 'Delayed']);
  });
});

describe('cleanArticle on a page modeled on the Devdiscourse seed page', () => {
  const html = readFixture('text', 'devdiscourse-like');
  const parsed = runReadability(parseDocument(html))!;
  const out = cleanArticle(parsed.content, { title: parsed.title, byline: parsed.byline });

  it('keeps the lead and the story paragraphs', () => {
    expect(out[0]).toMatch(/^North Korea, for the first time, confirmed/);
    expect(out.some((p) => p.startsWith('In a surprising revelation'))).toBe(true);
    expect(out.at(-1)).toMatch(/^The United States and South Korea/);
    expect(out).toHaveLength(4);
  });

  it('drops the dateline, the AI disclaimer, the agency line, trending and newsletter', () => {
    const text = out.join('\n\n');
    for (const bad of ['Updated:', 'AI-generated', 'With inputs from', 'TRENDING', 'Deadly Clash', 'Newsletter']) expect(text).not.toContain(bad);
  });
});
