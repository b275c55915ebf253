/**
 * Listen: the brief read aloud by the browser's own speech synthesis, with local voices only
 * (`voice.localService`: a remote voice would send the text to a server), in the article's
 * language when this computer has a voice for it, never in another (a German article read by an
 * English voice is noise). Its own chunk: loaded on the first press of the button.
 * `speechSynthesis` and `SpeechSynthesisUtterance` come in as parameters (tests give fakes).
 */

export interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export interface Utterance {
  text: string;
  lang: string;
  voice: Voice | null;
  rate: number;
  onend: ((e: unknown) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

export interface Synth {
  getVoices(): Voice[];
  speak(u: Utterance): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechEnv {
  synth: Synth;
  utterance(text: string): Utterance;
  /** How long to wait for the voice list (Chrome fills it after the first call). */
  voicesTimeoutMs?: number;
}

const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => norm(tag).split('-')[0]!;

/**
 * The local voice for `lang`: the same tag (`pt-br`), else the same language (`pt`), the system's
 * default among them first. Without a language (the page gave none), the default local voice of
 * `fallbackLang`. Null when no local voice speaks it.
 */
export function pickVoice(voices: readonly Voice[], lang: string | null, fallbackLang: string): Voice | null {
  const local = voices.filter((v) => v.localService);
  const want = lang ?? fallbackLang;
  const byDefault = (list: Voice[]) => list.find((v) => v.default) ?? list[0] ?? null;
  const exact = local.filter((v) => norm(v.lang) === norm(want));
  if (exact.length) return byDefault(exact);
  const same = local.filter((v) => primary(v.lang) === primary(want));
  return byDefault(same);
}

/** The voices, waiting (bounded) for the list the browser fills in after its first call. */
export async function voicesOf(env: SpeechEnv): Promise<Voice[]> {
  const now = env.synth.getVoices();
  if (now.length > 0 || !env.synth.addEventListener) return now;
  return new Promise((ok) => {
    const done = () => {
      clearTimeout(timer);
      env.synth.removeEventListener?.('voiceschanged', done);
      ok(env.synth.getVoices());
    };
    const timer = setTimeout(done, env.voicesTimeoutMs ?? 1_000);
    env.synth.addEventListener!('voiceschanged', done);
  });
}

export type ListenOutcome = { kind: 'speaking'; voice: Voice; stop(): void } | { kind: 'no-voice'; lang: string };

/**
 * Read `parts` (the title, then each summary sentence: short utterances, which the engines read
 * without cutting off) with the local voice for `lang`. `onEnd` runs once: after the last part, on
 * an error, or on stop.
 */
export async function speak(env: SpeechEnv, parts: readonly string[], lang: string | null, fallbackLang: string, onEnd: () => void): Promise<ListenOutcome> {
  const voice = pickVoice(await voicesOf(env), lang, fallbackLang);
  if (!voice) return { kind: 'no-voice', lang: lang ?? fallbackLang };
  env.synth.cancel(); // anything still queued from before
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const texts = parts.map((p) => p.trim()).filter(Boolean);
  texts.forEach((text, i) => {
    const u = env.utterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 1;
    if (i === texts.length - 1) u.onend = end;
    u.onerror = end;
    env.synth.speak(u);
  });
  if (texts.length === 0) end();
  return {
    kind: 'speaking',
    voice,
    stop() {
      env.synth.cancel();
      end();
    },
  };
}

/** The name of a language in the UI's language ("Hindi", „Hindi“, «الهندية»), or its tag. */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The browser's own speech synthesis, or null where there is none. */
export function browserSpeech(): SpeechEnv | null {
  const g = globalThis as unknown as { speechSynthesis?: Synth; SpeechSynthesisUtterance?: new (text: string) => Utterance };
  if (!g.speechSynthesis || !g.SpeechSynthesisUtterance) return null;
  const U = g.SpeechSynthesisUtterance;
  return { synth: g.speechSynthesis, utterance: (text) => new U(text) };
}

let current: { stop(): void } | null = null;
let generation = 0;

/**
 * The popup's Listen button: read `parts` aloud (after stopping anything still speaking), or only
 * stop (`parts` null). `report` hears each change: speaking, stopped or ended, or why it cannot
 * (the note names the language no local voice reads, in the UI's language).
 */
export function toggleListening(
  env: SpeechEnv | null,
  parts: readonly string[] | null,
  lang: string | null,
  fallbackLang: string,
  uiLocale: string,
  noVoice: (language: string) => string,
  report: (speaking: boolean, note: string | null) => void,
): void {
  const mine = ++generation;
  const was = current;
  current = null;
  was?.stop();
  if (!parts) return report(false, null);
  if (!env) return report(false, noVoice(languageName(lang ?? fallbackLang, uiLocale)));
  report(true, null);
  void speak(env, parts, lang, fallbackLang, () => {
    if (mine === generation) report(false, null);
  }).then((out) => {
    if (out.kind === 'no-voice') return mine === generation && report(false, noVoice(languageName(out.lang, uiLocale)));
    if (mine === generation) current = out;
    else out.stop(); // another press came while the voices loaded
  });
}
