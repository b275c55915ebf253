/**
 * Merge file-metadata results into the page's AiReport. Metadata that says AI flags the image
 * (a page's own words, when there are any, stay the quoted evidence); metadata that says "not AI"
 * is recorded only for images the page said nothing about; unknown changes nothing.
 */
import type { AiReport } from '../../analysis';
import type { Provenance } from './index';

export function mergeProvenance(report: AiReport, results: Map<string, Provenance>): AiReport {
  const images = report.images.map((img) => {
    const p = results.get(img.src);
    if (!p || p.aiGenerated === null || !p.evidenceKind) return img;
    if (img.aiGenerated && img.evidenceKind) return img;
    if (p.aiGenerated || !img.evidenceKind) return { ...img, aiGenerated: p.aiGenerated, evidence: p.evidence, evidenceKind: p.evidenceKind };
    return img;
  });
  return { ...report, images, pageFlag: report.pageFlag || images.some((i) => i.aiGenerated) };
}
