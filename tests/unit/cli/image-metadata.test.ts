import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { applyImageMetadata } from '../../../cli/image-metadata';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';
import { assertion, IPTC, jpeg, jumbf, manifest, manifestStore, manifestUri, png, thumbnail, webp, xmpPacket } from '../../../tools/fixtures/image-bytes';

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

it('reads C2PA manifest stores: a JPEG whose store spans 3 APP11 segments, a PNG caBX (issue #15)', () => {
  mkdirSync(join(dir, 'c2pa'), { recursive: true });
  const AI = `${IPTC}trainedAlgorithmicMedia`;
  // C2PA 2.4, 18.15.4.7, Example 8: the c2pa.created action of a generative AI model's output.
  const generated = { actions: [{ action: 'c2pa.created', softwareAgent: { name: "Joe's Photo Editor", version: '2.0' }, digitalSourceType: AI }] };
  const original = 'urn:c2pa:5E7B01FC-4932-4BAB-AB32-D4F12A8AA322';
  // 18.15.10: the edit opens that image as its parentOf ingredient; claim thumbnails (18.11) make the store ~140 KB.
  const edited = manifestStore([
    manifest(original, [assertion('c2pa.actions.v2', generated), thumbnail('c2pa.thumbnail.claim', 60_000)]),
    manifest('urn:c2pa:F095F30E-6CD5-4BF7-8C44-CE8420CA9FB7', [
      assertion('c2pa.actions.v2', { actions: [{ action: 'c2pa.opened' }, { action: 'c2pa.cropped' }] }),
      assertion('c2pa.ingredient.v3', { 'dc:format': 'image/jpeg', relationship: 'parentOf', activeManifest: manifestUri(original) }),
      thumbnail('c2pa.thumbnail.claim', 80_000),
    ]),
  ]);
  const editedJpeg = jpeg({ c2pa: edited });
  expect(Buffer.from(editedJpeg).toString('latin1').split('\xff\xeb').length - 1).toBe(3); // three APP11 segments
  writeFileSync(join(dir, 'c2pa/edited.jpg'), editedJpeg);
  writeFileSync(join(dir, 'c2pa/generated.png'), png({ c2pa: manifestStore([manifest(original, [assertion('c2pa.actions.v2', generated)])]) }));
  writeFileSync(join(dir, 'c2pa/camera.png'), png({ c2pa: jumbf(`${IPTC}digitalCapture`) }));
  writeFileSync(join(dir, 'c2pa/signed.jpg'), jpeg({ c2pa: jumbf(null) }));
  const para = '<p>The council met on Tuesday to discuss the new budget for roads, schools and the harbour, officials said after a long meeting.</p>';
  const figures = ['edited.jpg', 'generated.png', 'camera.png', 'signed.jpg'].map((f) => `<figure><img src="${f}"></figure>${para}`).join('');
  const html = `<html><body><article><h1>Budget</h1>${para}${figures}${para}</article></body></html>`;
  const file = join(dir, 'c2pa/page.html');
  writeFileSync(file, html);
  const before = analyzeDocument(parseDocument(html), { url: 'https://news.example/c2pa/page.html', now: new Date('2025-05-01T00:00:00Z') });
  const after = applyImageMetadata(before, file);
  expect(after.ai.pageFlag).toBe(true);
  expect(after.ai.images.map(({ aiGenerated, evidence }) => [aiGenerated, evidence])).toEqual([
    [true, `C2PA: edited from an AI-generated original (digitalSourceType ${AI})`],
    [true, `C2PA digitalSourceType ${AI}`],
    [false, `C2PA digitalSourceType ${IPTC}digitalCapture`],
    [false, ''], // a manifest with no source type: unknown, so the page's own reading stays
  ]);
});
