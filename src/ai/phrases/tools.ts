/**
 * Image generators named in credits ("Image: Midjourney", "made with DALL·E"), for src/ai/hint.ts.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are literal
 * phrases, /slashed/ ones regex fragments. Matched case-insensitively.
 */
import type { Table } from '../../phrases';

/** Generator names. "Imagen"/"Flux" are common words, Kandinsky a painter: only with a version or maker. */
export const TOOLS: Table = [
  'chatgpt',
  'copilot',
  'craiyon',
  /dall[\s·‧•.-]?e/,
  'dezgo',
  'dreamstudio',
  'firefly',
  /flux(?:\.\d| \d| pro| dev| schnell)/,
  'gemini',
  'google imagen',
  'gpt-4o',
  'grok',
  'ideogram',
  'image creator',
  /imagen \d/,
  /kandinsky \d/,
  /leonardo(?:\.ai| ai)/,
  /meta ?ai\b/,
  'midjourney',
  'nano banana',
  'nightcafe',
  'recraft',
  'stable diffusion',
  'wombo',
  /кандинский \d/,
  'шедеврум',
  "מידג'רני",
  'מידג׳רני',
  'شات جي بي تي',
  'ميدجورني',
  'میدجرنی',
  'میدجورنی',
  'चैटजीपीटी',
  'मिडजर्नी',
  'มิดเจอร์นีย์',
  'ミッドジャーニー',
  '文心一格',
  '通义万相',
  '미드저니',
  '챗gpt',
];
