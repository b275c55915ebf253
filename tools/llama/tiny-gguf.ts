/**
 * A tiny llama-architecture model with random weights, written as GGUF (version 3) from scratch:
 * 2 layers, 64-wide, a SentencePiece-style vocabulary of bytes, letters, digits and a few words.
 * Its text is noise. It exists to run a real inference engine (llama.cpp through node-llama-cpp)
 * in a smoke test without downloading a model: `writeTinyGguf(path, seed)`.
 */
import { writeFileSync } from 'node:fs';

const GGUF_TYPE = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const;
type Value =
  | { t: 'u32'; v: number }
  | { t: 'f32'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'string'; v: string }
  | { t: 'strings'; v: string[] }
  | { t: 'f32s'; v: number[] }
  | { t: 'i32s'; v: number[] };

class Writer {
  private chunks: Buffer[] = [];
  length = 0;
  private push(b: Buffer) {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(n: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  i32(n: number) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }
  u64(n: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  f32(n: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(n);
    this.push(b);
  }
  string(s: string) {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  bytes(b: Buffer) {
    this.push(b);
  }
  pad(alignment: number) {
    const rest = this.length % alignment;
    if (rest) this.push(Buffer.alloc(alignment - rest));
  }
  value(v: Value) {
    switch (v.t) {
      case 'u32':
        this.u32(GGUF_TYPE.u32);
        return this.u32(v.v);
      case 'f32':
        this.u32(GGUF_TYPE.f32);
        return this.f32(v.v);
      case 'bool':
        this.u32(GGUF_TYPE.bool);
        return this.push(Buffer.from([v.v ? 1 : 0]));
      case 'string':
        this.u32(GGUF_TYPE.string);
        return this.string(v.v);
      case 'strings':
        this.u32(GGUF_TYPE.array);
        this.u32(GGUF_TYPE.string);
        this.u64(v.v.length);
        return v.v.forEach((s) => this.string(s));
      case 'f32s':
        this.u32(GGUF_TYPE.array);
        this.u32(GGUF_TYPE.f32);
        this.u64(v.v.length);
        return v.v.forEach((n) => this.f32(n));
      case 'i32s':
        this.u32(GGUF_TYPE.array);
        this.u32(GGUF_TYPE.i32);
        this.u64(v.v.length);
        return v.v.forEach((n) => this.i32(n));
    }
  }
  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'port', 'said', 'will', 'and', 'of', 'to', 'in', 'new', 'year', 'city', 'plan', 'buoys', 'village', 'officials'];

/** The vocabulary: <unk>, <s>, </s>, the 256 byte tokens, then pieces (▁ marks a word start). */
export function tinyVocabulary(): { tokens: string[]; scores: number[]; types: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [2, 3, 3];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(6);
  }
  const pieces = ['▁', ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-'].concat(WORDS.map((w) => `▁${w}`));
  for (const p of pieces) {
    tokens.push(p);
    types.push(1);
  }
  const scores = tokens.map((_, i) => (i < 259 ? 0 : -(i - 259)));
  return { tokens, scores, types };
}

export interface TinyModel {
  bytes: number;
  vocab: number;
}

/** Write the model to `path`; the same seed writes the same bytes. */
export function writeTinyGguf(path: string, seed = 17): TinyModel {
  const rnd = random(seed);
  const nEmbd = 64;
  const nHead = 4;
  const nFf = 128;
  const nLayer = 2;
  const { tokens, scores, types } = tinyVocabulary();
  const nVocab = tokens.length;

  const tensors: Array<{ name: string; dims: number[] }> = [
    { name: 'token_embd.weight', dims: [nEmbd, nVocab] },
    { name: 'output_norm.weight', dims: [nEmbd] },
    { name: 'output.weight', dims: [nEmbd, nVocab] },
  ];
  for (let i = 0; i < nLayer; i++) {
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [nEmbd] },
      { name: `blk.${i}.attn_q.weight`, dims: [nEmbd, nEmbd] },
      { name: `blk.${i}.attn_k.weight`, dims: [nEmbd, nEmbd] },
      { name: `blk.${i}.attn_v.weight`, dims: [nEmbd, nEmbd] },
      { name: `blk.${i}.attn_output.weight`, dims: [nEmbd, nEmbd] },
      { name: `blk.${i}.ffn_norm.weight`, dims: [nEmbd] },
      { name: `blk.${i}.ffn_gate.weight`, dims: [nEmbd, nFf] },
      { name: `blk.${i}.ffn_up.weight`, dims: [nEmbd, nFf] },
      { name: `blk.${i}.ffn_down.weight`, dims: [nFf, nEmbd] },
    );
  }

  const kv: Array<[string, Value]> = [
    ['general.architecture', { t: 'string', v: 'llama' }],
    ['general.name', { t: 'string', v: 'nutshell-tiny-random' }],
    ['general.alignment', { t: 'u32', v: 32 }],
    ['llama.context_length', { t: 'u32', v: 2048 }],
    ['llama.embedding_length', { t: 'u32', v: nEmbd }],
    ['llama.block_count', { t: 'u32', v: nLayer }],
    ['llama.feed_forward_length', { t: 'u32', v: nFf }],
    ['llama.attention.head_count', { t: 'u32', v: nHead }],
    ['llama.attention.head_count_kv', { t: 'u32', v: nHead }],
    ['llama.rope.dimension_count', { t: 'u32', v: nEmbd / nHead }],
    ['llama.attention.layer_norm_rms_epsilon', { t: 'f32', v: 1e-5 }],
    ['tokenizer.ggml.model', { t: 'string', v: 'llama' }],
    ['tokenizer.ggml.tokens', { t: 'strings', v: tokens }],
    ['tokenizer.ggml.scores', { t: 'f32s', v: scores }],
    ['tokenizer.ggml.token_type', { t: 'i32s', v: types }],
    ['tokenizer.ggml.unknown_token_id', { t: 'u32', v: 0 }],
    ['tokenizer.ggml.bos_token_id', { t: 'u32', v: 1 }],
    ['tokenizer.ggml.eos_token_id', { t: 'u32', v: 2 }],
    ['tokenizer.ggml.add_bos_token', { t: 'bool', v: true }],
  ];

  const w = new Writer();
  w.bytes(Buffer.from('GGUF', 'latin1'));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(kv.length);
  for (const [key, value] of kv) {
    w.string(key);
    w.value(value);
  }
  let offset = 0;
  const data: Buffer[] = [];
  for (const t of tensors) {
    w.string(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(0); // F32
    w.u64(offset);
    const n = t.dims.reduce((a, b) => a * b, 1);
    const b = Buffer.alloc(Math.ceil((n * 4) / 32) * 32);
    const norm = t.name.endsWith('norm.weight');
    for (let i = 0; i < n; i++) b.writeFloatLE(norm ? 1 : (rnd() * 2 - 1) * 0.5, i * 4);
    data.push(b);
    offset += b.length;
  }
  w.pad(32);
  for (const b of data) w.bytes(b);
  const out = w.buffer();
  writeFileSync(path, out);
  return { bytes: out.length, vocab: nVocab };
}
