/** Listen (popup/listen.ts) on a fake speechSynthesis: local voices only, the article's language, stop. */
import { describe, expect, it, vi } from 'vitest';
import { languageName, pickVoice, speak, toggleListening, type SpeechEnv, type Synth, type Utterance, type Voice } from '../../../popup/listen';

const v = (name: string, lang: string, localService = true, isDefault = false): Voice => ({ name, lang, localService, default: isDefault });

const VOICES = [
  v('Google Deutsch (network)', 'de-DE', false),
  v('Samantha', 'en-US', true, true),
  v('Daniel', 'en-GB'),
  v('Anna', 'de-DE'),
  v('Luciana', 'pt-BR'),
  v('Joana', 'pt-PT'),
  v('Majed', 'ar-SA'),
  v('Hindi (network)', 'hi-IN', false),
];

/** A speechSynthesis that speaks nothing: it queues utterances and ends them on request. */
function fakeSynth(voices: Voice[], { lateVoices = false } = {}) {
  let list = lateVoices ? [] : voices;
  const queue: Utterance[] = [];
  const listeners = new Set<() => void>();
  const synth: Synth & { queue: Utterance[]; finish(): void; fillVoices(): void } = {
    queue,
    getVoices: () => list,
    speak: (u) => void queue.push(u),
    cancel: vi.fn(() => void queue.splice(0)),
    addEventListener: (_t, l) => void listeners.add(l),
    removeEventListener: (_t, l) => void listeners.delete(l),
    finish() {
      for (const u of queue.splice(0)) u.onend?.({});
    },
    fillVoices() {
      list = voices;
      for (const l of [...listeners]) l();
    },
  };
  const env: SpeechEnv = {
    synth,
    utterance: (text) => ({ text, lang: '', voice: null, rate: 1, onend: null, onerror: null }),
    voicesTimeoutMs: 50,
  };
  return { synth, env };
}

describe('pickVoice', () => {
  it('takes a local voice of the article’s language, the exact variant first', () => {
    expect(pickVoice(VOICES, 'pt-BR', 'en')?.name).toBe('Luciana');
    expect(pickVoice(VOICES, 'pt_PT', 'en')?.name).toBe('Joana');
    expect(pickVoice(VOICES, 'de', 'en')?.name).toBe('Anna'); // not the network voice listed first
    expect(pickVoice(VOICES, 'en', 'de')?.name).toBe('Samantha'); // the system's default among them
    expect(pickVoice(VOICES, 'ar', 'en')?.name).toBe('Majed');
  });

  it('never takes a remote voice, nor one of another language', () => {
    expect(pickVoice(VOICES, 'hi', 'en')).toBeNull();
    expect(pickVoice(VOICES, 'ja', 'en')).toBeNull();
  });

  it('reads a page without a language in the reader’s own', () => {
    expect(pickVoice(VOICES, null, 'en-GB')?.name).toBe('Daniel');
  });
});

describe('speak', () => {
  it('queues the title and each sentence with the chosen voice, and ends once after the last', async () => {
    const { synth, env } = fakeSynth(VOICES);
    const onEnd = vi.fn();
    const out = await speak(env, ['Titel', 'Erster Satz.', '  ', 'Zweiter Satz.'], 'de-DE', 'en', onEnd);
    expect(out.kind).toBe('speaking');
    expect(synth.queue.map((u) => [u.text, u.voice?.name, u.lang])).toEqual([
      ['Titel', 'Anna', 'de-DE'],
      ['Erster Satz.', 'Anna', 'de-DE'],
      ['Zweiter Satz.', 'Anna', 'de-DE'],
    ]);
    expect(onEnd).not.toHaveBeenCalled();
    synth.finish();
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('stops at once: the queue is cancelled and the end reported once', async () => {
    const { synth, env } = fakeSynth(VOICES);
    const onEnd = vi.fn();
    const out = await speak(env, ['Title', 'One.'], 'en', 'en', onEnd);
    if (out.kind !== 'speaking') throw new Error('no voice');
    out.stop();
    expect(synth.queue).toEqual([]);
    expect(onEnd).toHaveBeenCalledOnce();
    out.stop();
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('says which language has no local voice, and speaks nothing', async () => {
    const { synth, env } = fakeSynth(VOICES);
    expect(await speak(env, ['शीर्षक'], 'hi', 'en', vi.fn())).toEqual({ kind: 'no-voice', lang: 'hi' });
    expect(synth.queue).toEqual([]);
  });

  it('waits for a voice list the browser fills in later, and gives up in bounded time', async () => {
    const late = fakeSynth(VOICES, { lateVoices: true });
    const pending = speak(late.env, ['Title'], 'en-GB', 'en', vi.fn());
    late.synth.fillVoices();
    expect((await pending).kind).toBe('speaking');
    const never = fakeSynth([], { lateVoices: true });
    expect(await speak(never.env, ['Title'], 'en', 'en', vi.fn())).toEqual({ kind: 'no-voice', lang: 'en' });
  });

  it('reports the end when the engine fails', async () => {
    const { synth, env } = fakeSynth(VOICES);
    const onEnd = vi.fn();
    await speak(env, ['Title', 'One.'], 'en', 'en', onEnd);
    synth.queue[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(onEnd).toHaveBeenCalledOnce();
  });
});

describe('languageName', () => {
  it('names the language in the UI’s language, or gives the tag back', () => {
    expect(languageName('hi', 'en')).toBe('Hindi');
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});

describe('toggleListening (the Listen button)', () => {
  const noVoice = (language: string) => `No voice reads ${language}.`;

  it('speaks, then reports the end; a second press stops it', async () => {
    const { synth, env } = fakeSynth(VOICES);
    const seen: Array<[boolean, string | null]> = [];
    const report = (speaking: boolean, note: string | null) => void seen.push([speaking, note]);
    toggleListening(env, ['Title', 'One.'], 'en', 'en', 'en', noVoice, report);
    await new Promise((r) => setTimeout(r, 0));
    expect(synth.queue).toHaveLength(2);
    synth.finish();
    expect(seen).toEqual([[true, null], [false, null]]);
    toggleListening(env, ['Title', 'One.'], 'en', 'en', 'en', noVoice, report);
    await new Promise((r) => setTimeout(r, 0));
    toggleListening(env, null, null, 'en', 'en', noVoice, report);
    expect(synth.queue).toEqual([]);
    expect(seen.slice(2)).toEqual([[true, null], [false, null]]);
  });

  it('names the language no local voice reads, in the UI’s language, and says so without speech synthesis', async () => {
    const { env } = fakeSynth(VOICES);
    const seen: Array<[boolean, string | null]> = [];
    toggleListening(env, ['शीर्षक'], 'hi', 'en', 'de', noVoice, (a, b) => void seen.push([a, b]));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toEqual([false, 'No voice reads Hindi.']);
    toggleListening(null, ['Title'], 'ja', 'en', 'en', noVoice, (a, b) => void seen.push([a, b]));
    expect(seen.at(-1)).toEqual([false, 'No voice reads Japanese.']);
  });
});
