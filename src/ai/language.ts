/**
 * The language of AI disclosures: what counts as "this image was made with AI" in 15 languages,
 * and what looks like it but is not (news about AI images, fact-checks, negations, explainers).
 *
 * A sentence is a disclosure when it holds an AI term (or a generator's name) close to a
 * "made/generated" participle (or right next to an image noun: "AI image", "KI-Bild"), is not
 * negated just before that phrase (or, for languages that negate after the verb, just after it),
 * and carries none of the cues of reporting *about* AI images. Rules stay word-class based, not
 * phrase lists, so unseen wording in a known language still matches.
 */
import * as H from './hint';

// Global copies of the hint patterns, for every match's span.
const ABBR = new RegExp(H.ABBR, 'g');
const AI_WORDS = new RegExp(H.AI_WORDS, 'gi');
const TOOL = new RegExp(H.TOOL, 'gi');
/** Participles of make/create/generate; present tenses ("tools generate images") stay out. */
const GEN =
  /g[ée]n[ée]r(?:ated|at[aoi]\b|ad[ao]|iert|[ée]e?s?\b|eerd|owan)|gerad|cr[ei]a[dt]|créé|made|produ|render|design|drawn|erstellt|erzeugt|gemaakt|gemacht|hech[ao]|feit[ao]|realiz|elabor|stworz|utworz|wykona|oluştur|üretil|yapıl|बना|जनरेट|निर्मित|जनित|مولد|مولّد|أنشئ|أنشأ|إنشا|انشا|صنع|生成|作成|制作|製作|만든|제작|생성|dibuat|dihasilkan|buatan/gi;
const IMG =
  /im[aá]g|immagin|pictur|photo|foto|illustr|ilustr|graphic|grafi|artwork|visu|render|bild|beeld|obraz|zdj[eę]ci|g[oö]rsel|resim|तस्वीर|छवि|चित्र|फोटो|इमेज|صور|画像|写真|イラスト|イメージ|图|圖|照片|이미지|사진|그림|gambar/gi;
/** Reporting about AI images, fact-checks, detectors, explainers, ads: not a disclosure. */
const NEWS =
  /fake|hoax|[vw]ira|fa[ck]t|fals|fałsz|faux|fausse|bulo|boato|bufala|mislead|misleid|irreführ|engañ|engano|fuorvi|tromp|yanıltıcı|menyesat|circ[uo]l|kursier|krąży|dolaş|beredar|spread|verbreit|d[eéi][sz][ie]nf|claim|klaim|iddia|pr[ée]tend|supuest|presunt|rzekom|angeblich|alleg|d[ée]te[ck]t|tespit|screenshot|captura|ekran|manip|sahte|palsu|hoaks|\bnep\b|fejk|how to|spot|signs? of|\bsues?\b|lawsuit|फर्जी|फेक|झूठ|भ्रामक|वायरल|दावा|مزي|مفبرك|كاذب|مضلل|تضليل|متداول|انتشر|زائف|偽|フェイク|拡散|誤|假|伪|谣|謠|核查|查核|流[传傳]|[疯瘋]传|不[实實]|가짜|허위|조작|팩트|확산|유포|딥페이크/i;
/** Negation words that come before the verb (most languages). */
const NEG_BEFORE =
  /\b(?:not|never|no|none|neither|nor|without|nicht|kein\w*|ohne|pas|aucun\w*|sans|ningun\w*|sin|nenhum\w*|não|nao|sem|non|nessun\w*|senza|niet|geen|zonder|nie|bez|żadn\w*|bukan|tidak|tanpa|belum)\b|n't|n'|नहीं|(?:^|\s)(?:ليست|ليس|لم|لا)\s|不是|并非|並非|非|没有|沒有|未/i;
/** Negation after the verb (Japanese, Korean, Turkish suffixes), up to the next comma. */
const NEG_AFTER = /ではな|じゃな|ていな|ません|않|아닙|아니|değil|^\S*?m[ae](?:m[ıi]ş|d[ıi]|z)/;
/** Scope: "this article/page/post …" (a demonstrative next to a document noun) or "all/some images". */
const DEM = /\b(?:this|our|these|diese\w*|unse\w*|cet|cette|ce|est[ae]|dest[ae]|nest[ae]|quest\w*|dit|deze|t(?:ym|ego|ej|en)|bu)\b|इस|هذا|هذه|この|本|此|这|這|이|본/gi;
const DOC = /articl|artikel|art[íi]culo|artigo|artyku|makale|story|post|page|seite|p[áa]gina|stron|sayfa|report|beitrag|nota|mat[ée]ria|galer|haber|yazı|içerik|text|tekst|लेख|खबर|المقال|الخبر|記事|文章?|报道|報導|기사|글|berita|halaman|tulisan/gi;
const QUANT = /\b(?:all|some|alle|einige|toutes|certaines|todas|algunas|algumas|tutte|alcune|sommige|wszystkie|niektóre|tüm|bazı|semua|beberapa)\b|सभी|कुछ|جميع|بعض|すべて|一部|所有|部分|모든|일부/gi;
const INI = /(?:artikel|berita|halaman|tulisan|galeri) ini/i;
const FOLLOWING =
  /follow|below|beneath|folgend|unten|suivant|dessous|siguiente|abajo|seguinte|abaixo|seguente|sotto|volgend|hieronder|poniż|następn|aşağıda|नीचे|التالي|أدناه|以下|下[の图圖]|아래|다음|berikut|di bawah/i;
const ABOVE = /above|oben|obig|dessus|arriba|acima|sopra|hierboven|powyż|yukarıda|ऊपर|أعلاه|上[の图圖]|di atas/i;
/** Text (not image) notices: the article was written or translated with AI. */
const TEXT_VERB =
  /writ|transl|tradu|tradott|übersetz|vertaal|przetłum|çevir|scritt|escrit|écrit|rédig|geschr|napisan|yazıl|ditulis|terjemah|assist|लिख|अनुवाद|كتب|ترجم|執筆|翻|撰|번역|작성/gi;
/** "Image:", "Bild:", "Credit:" … a credit label right before the source. */
const LABEL = /(?:^|[\s(|])[\p{L}\s]{0,20}[:：=|/©][\p{L}\s.·]{0,20}$/u;
const PREP = /(?:via|with|using|by|mit|avec|par|con|com|door|przez|ile|dengan|per|por|von|durch|from|で|用|로)\s*$/i;

type Span = [number, number];
const spans = (re: RegExp, s: string): Span[] => [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

/** The first pair of spans (one from each list) at most `gap` characters apart, joined. */
function near(a: Span[], b: Span[], gap: number): Span | null {
  for (const x of a) for (const y of b) if (Math.max(x[0], y[0]) - Math.min(x[1], y[1]) <= gap) return [Math.min(x[0], y[0]), Math.max(x[1], y[1])];
  return null;
}

function negated(s: string, [a, b]: Span): boolean {
  return NEG_BEFORE.test(s.slice(Math.max(0, a - 40), b)) || NEG_AFTER.test(s.slice(b, b + 25).split(/[,，、。.]/)[0]!);
}

export type Scope = 'self' | 'page' | 'next' | 'prev' | 'text';

/**
 * Classify one sentence. `attached` says the text sits with an image (its caption, credit, alt,
 * badge); unattached text must name its scope ("the following image", "images in this article").
 */
export function classifySentence(s: string, attached: boolean, credit = false): Scope | null {
  if (s.length > 600 || NEWS.test(s)) return null;
  const ai = [...spans(ABBR, s), ...spans(AI_WORDS, s)];
  const tools = spans(TOOL, s);
  const gen = spans(GEN, s);
  const img = spans(IMG, s);
  let hit = near(ai, gen, 50) ?? near(ai, img, 3);
  if (!hit) {
    for (const t of tools) {
      const before = s.slice(Math.max(0, t[0] - 25), t[0]);
      if (credit || LABEL.test(before) || PREP.test(before) || near([t], gen, 40)) hit = t;
      if (hit) break;
    }
  }
  if (!hit && ai.length && (credit || attached) && s.length < 40 && LABEL.test(s.slice(0, ai[0]![0]))) hit = ai[0]!;
  if (!hit && attached && /^\W*(?:AI|KI|IA|YZ)\W*$/.test(s)) return 'self';
  const scoped = !!(near(spans(DEM, s), spans(DOC, s), 2) ?? near(spans(QUANT, s), img, 12)) || INI.test(s);
  if (!img.length) {
    // No image named: a notice about the text ("this article was translated with AI"), or a bare label under an image.
    const tv = near(ai, [...spans(TEXT_VERB, s), ...gen], 50);
    if (scoped && tv && !negated(s, tv)) return 'text';
    return hit && !negated(s, hit) && attached && s.length < 80 ? 'self' : null;
  }
  if (!hit || negated(s, hit)) return null;
  if (FOLLOWING.test(s)) return 'next';
  if (ABOVE.test(s)) return 'prev';
  if (scoped) return 'page';
  if (attached) return s.split(/\s+/).length <= 8 || img[0]![0] < 24 || credit ? 'self' : null;
  return null;
}

const SENTENCES = /(?<=[.!?؟])\s+(?=\P{Ll})|(?<=[。！？])/u;

export function sentences(text: string): string[] {
  return text.split(SENTENCES).map((x) => x.trim()).filter(Boolean);
}

/**
 * True when the text (a sentence or a short paragraph) discloses that an image is AI-generated,
 * e.g. the caption the text cleaner must keep out of the summary. Context-free, so it accepts
 * what would be a disclosure if it sat under an image.
 */
export function isAiImageDisclosureText(text: string): boolean {
  return sentences(text.replace(/\s+/g, ' ')).some((s) => {
    const c = classifySentence(s, true);
    return c !== null && c !== 'text';
  });
}
