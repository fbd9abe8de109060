import type { AgreementContent } from '#server/modules/agreements/agreements.schemas.js';
import { MISSING, orMissing, textBlocks, type Block, type DocumentModel } from './model.js';

export interface AgreementDocumentInput {
  title: string;
  /** "Samverkansöverenskommelse" or "Samverkansavtal". */
  kindLabel: string;
  content: AgreementContent;
  /** Organisation names by id (the collaboration's parties). */
  organisationNames: ReadonlyMap<string, string>;
  focusAreaNames: ReadonlyMap<string, string>;
  /** "Version 2 (fastställd 2024-01-16)" or "Version 3 (utkast)". */
  versionLabel: string;
  /** The validity in words, e.g. "Tillsvidare från 2024-01-16". */
  validityText: string | null;
  /** The status in a sentence, e.g. "Gällande". */
  statusText: string;
  /** When the version in force was adopted, if the metadata does not say. */
  adoptedOn: string | null;
  date: string;
}

const sectionTitles: [keyof AgreementContent['sections'], string][] = [
  ['inledning', 'Inledning'],
  ['syfte', 'Syfte'],
  ['mal', 'Mål'],
  ['organisation', 'Organisation'],
  ['kommunikation', 'Kommunikation'],
  ['uppfoljning', 'Uppföljning och utvärdering'],
];

/** The samverkansöverenskommelse in the layout of seed 000: metadata block, sections, commitments, signatures. */
export function buildAgreementDocument(input: AgreementDocumentInput): DocumentModel {
  const { content } = input;
  const m = content.metadata;
  const name = (id: string | null) => (id ? (input.organisationNames.get(id) ?? MISSING) : 'Gemensamt');
  const parties = content.parties.map((id) => input.organisationNames.get(id) ?? MISSING);
  const blocks: Block[] = [
    {
      type: 'facts',
      rows: [
        ['Dokumenttyp', orMissing(m.documentType || input.kindLabel)],
        ['Dokumentägare', orMissing(m.documentOwner)],
        ['Beslutsinstans', orMissing(m.decisionBody)],
        ['Giltighet', orMissing(input.validityText)],
        ['Upprättad av', orMissing(m.preparedBy)],
        ['Fastställd', orMissing(m.adoptedOn ?? input.adoptedOn)],
        ['Reviderad av', orMissing(m.revisedBy)],
        ['Senast reviderad', orMissing(m.lastRevisedOn)],
        ['Dokumentet gäller för', orMissing(m.appliesTo)],
        ['Status', input.statusText],
      ],
    },
    { type: 'heading', level: 2, text: 'Parter' },
    { type: 'bullets', items: parties.length > 0 ? parties : [MISSING] },
  ];
  for (const [key, heading] of sectionTitles) {
    const text = content.sections[key].trim();
    if (text === '') continue;
    blocks.push({ type: 'heading', level: 2, text: heading }, ...textBlocks(text));
  }
  if (content.focusAreaIds.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'Fokusområden' }, { type: 'bullets', items: content.focusAreaIds.map((id) => input.focusAreaNames.get(id) ?? MISSING) });
  }
  if (content.commitments.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'Åtaganden' });
    const owners = [...new Set(content.commitments.map((c) => c.partyId))];
    for (const owner of owners) {
      blocks.push(
        { type: 'heading', level: 3, text: owner ? `${name(owner)} åtar sig` : 'Gemensamma åtaganden' },
        { type: 'bullets', items: content.commitments.filter((c) => c.partyId === owner).map((c) => c.text) },
      );
    }
  }
  if (content.noticeMonths > 0) blocks.push({ type: 'paragraph', text: `Uppsägningstid: ${content.noticeMonths} månader.` });
  blocks.push({ type: 'heading', level: 2, text: 'Underskrifter' });
  blocks.push({
    type: 'signatures',
    signatories: content.signatories.map((s) => ({
      organisation: s.organisation || (s.organisationId ? name(s.organisationId) : ''),
      name: s.name,
      title: s.title,
      place: s.place,
      date: s.date ?? '',
    })),
  });
  return {
    title: input.title,
    subject: input.kindLabel,
    parties,
    stamp: { version: input.versionLabel, date: input.date, diarienummer: m.diarienummer },
    keywords: [input.kindLabel, 'brottsförebyggande', 'samverkan'],
    orientation: 'portrait',
    blocks,
  };
}
