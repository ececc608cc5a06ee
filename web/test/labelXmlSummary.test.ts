import { describe, expect, it } from 'vitest';
import { bannerStyle } from '../src/labels/classificationLevels';
import { summarizeLabelXml, summaryMarking } from '../src/labels/labelXmlSummary';

// Labels as the host's audit log stores them (copied from a `concert serve --exercise` audit page).
const natoRestricted =
  '<slab:originatorConfidentialityLabel xmlns:slab="urn:nato:stanag:4774:confidentialitymetadatalabel:1:0">' +
  '<slab:ConfidentialityInformation><slab:PolicyIdentifier>NATO</slab:PolicyIdentifier>' +
  '<slab:Classification>RESTRICTED</slab:Classification>' +
  '<slab:Category Type="PERMISSIVE" TagName="Releasable to"><slab:GenericValue>NATO</slab:GenericValue>' +
  '<slab:GenericValue>NATO-IP4</slab:GenericValue></slab:Category></slab:ConfidentialityInformation>' +
  '<slab:CreationDateTime>2026-11-27T23:37:37.6267493Z</slab:CreationDateTime></slab:originatorConfidentialityLabel>';

const secretWithCaveat =
  '<originatorConfidentialityLabel xmlns="urn:nato:stanag:4774:confidentialitymetadatalabel:1:0">' +
  '<ConfidentialityInformation><PolicyIdentifier>CONCERT</PolicyIdentifier><Classification>SECRET</Classification>' +
  '<Category TagName="Releasable to" Type="PERMISSIVE"><GenericValue>JPN</GenericValue><GenericValue>KOR</GenericValue>' +
  '<GenericValue>FVEY</GenericValue></Category>' +
  '<Category Type="RESTRICTIVE" TagName="Caveat"><GenericValue>MARSEC</GenericValue></Category>' +
  '</ConfidentialityInformation></originatorConfidentialityLabel>';

describe('summarizeLabelXml', () => {
  it('reads a prefixed label', () => {
    expect(summarizeLabelXml(natoRestricted)).toEqual({
      policy: 'NATO',
      classification: 'RESTRICTED',
      releasableTo: ['NATO', 'NATO-IP4'],
      caveats: [],
    });
    expect(summaryMarking(summarizeLabelXml(natoRestricted))).toBe('NATO RESTRICTED REL NATO NATO-IP4');
  });

  it('reads a label in the default namespace with a caveat', () => {
    const summary = summarizeLabelXml(secretWithCaveat);
    expect(summary).toEqual({
      policy: 'CONCERT',
      classification: 'SECRET',
      releasableTo: ['JPN', 'KOR', 'FVEY'],
      caveats: ['MARSEC'],
    });
    expect(summaryMarking(summary)).toBe('CONCERT SECRET REL JPN KOR FVEY MARSEC');
  });

  it('decodes entities in values', () => {
    const xml = '<Classification>SECRET</Classification><Category Type="RESTRICTIVE"><GenericValue>A&amp;B</GenericValue></Category>';
    expect(summarizeLabelXml(xml).caveats).toEqual(['A&B']);
  });

  it('leaves a text without a label empty, which the banner reads as unknown', () => {
    const summary = summarizeLabelXml('not a label');
    expect(summary).toEqual({ policy: '', classification: '', releasableTo: [], caveats: [] });
    expect(summaryMarking(summary)).toBe('');
    expect(bannerStyle(summary.classification).text).toBe('CLASSIFICATION UNKNOWN');
  });
});
