/**
 * The parts of a STANAG 4774 confidentiality label (urn:nato:stanag:4774:confidentialitymetadatalabel:1:0) a list
 * needs to show, read from its XML as the audit log stores it. The host writes these labels itself, so the reading
 * only has to know its elements; anything it cannot find stays empty and the classification then reads as unknown,
 * which the banner treats as the highest level.
 */
export interface LabelXmlSummary {
  policy: string;
  classification: string;
  /** Values of the permissive categories ("releasable to" nations and communities). */
  releasableTo: string[];
  /** Values of the restrictive categories (caveats). */
  caveats: string[];
}

/** Reads the policy, classification and category values of a label's XML. */
export function summarizeLabelXml(xml: string): LabelXmlSummary {
  const summary: LabelXmlSummary = {
    policy: elementText(xml, 'PolicyIdentifier') ?? '',
    classification: elementText(xml, 'Classification') ?? '',
    releasableTo: [],
    caveats: [],
  };
  for (const category of xml.matchAll(/<(?:[\w.-]+:)?Category\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?Category>/g)) {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(category[1] ?? '')?.[1];
    const values = [...(category[2] ?? '').matchAll(/<(?:[\w.-]+:)?GenericValue>([^<]*)</g)].map((value) =>
      decodeEntities(value[1] ?? '').trim(),
    );
    if (type === 'PERMISSIVE') summary.releasableTo.push(...values);
    else summary.caveats.push(...values);
  }
  return summary;
}

/** The summary as a one-line marking, in the host's order: "NATO RESTRICTED REL NATO NATO-IP4 MARSEC". */
export function summaryMarking(summary: LabelXmlSummary): string {
  const parts = [summary.policy, summary.classification];
  if (summary.releasableTo.length > 0) parts.push('REL', ...summary.releasableTo);
  parts.push(...summary.caveats);
  return parts.filter((part) => part !== '').join(' ');
}

function elementText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}>([^<]*)<`).exec(xml);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]).trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
