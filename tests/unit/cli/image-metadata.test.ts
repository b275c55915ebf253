import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { applyImageMetadata } from '../../../cli/image-metadata';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';
import { IPTC, jpeg, jumbf, png, webp, xmpPacket } from '../../../tools/fixtures/image-bytes';

const dir = mkdtempSync(join(tmpdir(), 'nutshell-ai-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('merges provenance of image files next to a local page into ai.images', () => {
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img/gen.jpg'), jpeg({ xmp: xmpPacket(`${IPTC}trainedAlgorithmicMedia`) }));
  writeFileSync(join(dir, 'img/cam.webp'), webp({ c2pa: jumbf(`${IPTC}digitalCapture`) }));
  const para = '<p>The council met on Tuesday to discuss the new budget for roads, schools and the harbour, officials said after a long meeting.</p>';
  const html = `<html><body><article><h1>Budget</h1>${para}<figure><img src="img/gen.jpg"></figure>${para}<figure><img src="img/cam.webp"></figure><figure><img src="img/missing.png"></figure>${para}${para}</article></body></html>`;
  const file = join(dir, 'page.html');
  writeFileSync(file, html);
  const url = 'https://news.example/2025/budget.html';
  const before = analyzeDocument(parseDocument(html), { url, now: new Date('2025-05-01T00:00:00Z') });
  expect(before.ai.pageFlag).toBe(false);
  const after = applyImageMetadata(before, file);
  expect(after.ai.pageFlag).toBe(true);
  expect(after.ai.images).toEqual([
    { src: 'https://news.example/2025/img/gen.jpg', aiGenerated: true, evidence: `XMP Iptc4xmpExt:DigitalSourceType ${IPTC}trainedAlgorithmicMedia`, evidenceKind: 'xmp' },
    { src: 'https://news.example/2025/img/cam.webp', aiGenerated: false, evidence: `C2PA digitalSourceType ${IPTC}digitalCapture`, evidenceKind: 'c2pa' },
    { src: 'https://news.example/2025/img/missing.png', aiGenerated: false, evidence: '', evidenceKind: null },
  ]);
});

it('reads compressed PNG XMP (iTXt) with zlib', () => {
  mkdirSync(join(dir, 'z'), { recursive: true });
  writeFileSync(join(dir, 'z/gen.png'), png({ xmp: xmpPacket(`${IPTC}compositeWithTrainedAlgorithmicMedia`), compressed: true }));
  const para = '<p>The council met on Tuesday to discuss the new budget for roads, schools and the harbour, officials said after a long meeting.</p>';
  const html = `<html><body><article><h1>Budget</h1>${para}<figure><img src="gen.png"></figure>${para}${para}</article></body></html>`;
  const file = join(dir, 'z/page.html');
  writeFileSync(file, html);
  const before = analyzeDocument(parseDocument(html), { url: 'https://news.example/z/page.html', now: new Date('2025-05-01T00:00:00Z') });
  expect(applyImageMetadata(before, file).ai.images[0]).toMatchObject({ aiGenerated: true, evidenceKind: 'xmp' });
});
