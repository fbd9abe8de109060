import type { Db } from '#server/db/client.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { adoptAgreement, createAgreement, getAgreements } from '#server/modules/agreements/agreements.service.js';

const TITLE = 'Samverkansavtal mellan Norsjö kommun och lokalpolisområdet Skellefteå';
const ADOPTED_ON = '2024-01-16';

/**
 * The 2024 samverkansavtal of seed 000: its metadata block (dokumenttyp, upprättad av, fastställd, diarienummer),
 * its sections, each party's commitments, the two signatories and validity "tillsvidare"; adopted on the date
 * the document gives. Skipped when the collaboration already has it.
 */
export async function seedNorsjoAgreement(db: Db, collaborationId: string, parties: { municipalityId: string; policeId: string }, asOf: string): Promise<void> {
  if ((await getAgreements(db, collaborationId, asOf)).some((a) => a.title === TITLE)) return;
  const actor = systemActor('demo');
  const { municipalityId, policeId } = parties;
  const draft = await createAgreement(
    db,
    actor,
    collaborationId,
    {
      kind: 'samverkansavtal',
      title: TITLE,
      content: {
        metadata: { documentType: 'Samverkansavtal', preparedBy: 'Mari-Louise Skogh', adoptedOn: ADOPTED_ON, diarienummer: 'KS-00080' },
        parties: [municipalityId, policeId],
        sections: {
          inledning:
            'Norsjö kommun och lokalpolisområde Skellefteå (Lpo Skellefteå) är överens om att samverka i det brottsförebyggande och trygghetsskapande arbetet för att förebygga brott och att de individer som bor, verkar och vistas ska vara trygga i Norsjöbygden.',
          syfte: '',
          mal: '',
          organisation: [
            'Detta strategiska samverkansavtal är baserat på den gemensamma lägesbilden som tagits fram av Norsjö kommun och Lokalpolisområdet Skellefteå.',
            'Samverkansmodellen bygger således på:',
            '- Skapande av gemensam lägesbild är baserat på underlag som omfattar lokala lägesbilder, medborgardialoger, enkäter, statistik och faktaunderlag inhämtat av Lokalpolisområdet Skellefteå och Norsjö kommun',
            '- Framtagande av medborgarlöfte som bygger på medborgarnas önskemål av vad vi ska prioritera under året. Den gemensamma lägesbilden ska ligga som grund',
            '- Uppföljning av resultaten efter genomförda insatser i samband med samverkansavtalet och medborgarlöftet där arbetet redovisas till polis- och kommunledning',
            '- Arbetsgrupper där parter från lokalpolisområdet Skellefteå, Norsjö kommun, näringsliv-/föreningsliv och civilsamhälle i Norsjö samverkar tillsammans för att uppnå de satta mål som avser detta samverkansavtal',
          ].join('\n\n'),
          kommunikation: [
            'En gemensam kommunikationsplan kommer att tas fram till den årliga aktivitetsplanen som kommer att bygga på aktuell lägesbild och medborgarlöften.',
            'Syfte med kommunikationsplanen är att ta fram gemensamma huvudbudskap till medborgarna i Norsjö kommun och samordna kommunikationsaktiviteter som berör aktiviteter kopplat till detta samverkansavtal samt medborgarlöftet.',
          ].join('\n\n'),
          uppfoljning: [
            'Kommunpolis och kommunens Folkhälsostrateg presenterar årlig en åtgärdsplan och dess bakgrund i början av varje år för folkhälso- och trygghetsrådet.',
            'I början på varje år redovisas en uppföljning av åtgärdsplanen för Folkhälso- och trygghetsrådet. Folkhälso- och trygghetsrådet består av Politiker, verksamhetschefer, Räddningstjänsten, Beredskapssamordnare, regionen och Polis.',
            'Uppföljning av det lokala brottsförebyggande arbetet i Norsjö kommun skall även redovisas till kommunstyrelsen i samband med den årliga redovisningen av kommunens folkhälso- och trygghetsarbete.',
            'Samverkansavtalet revideras fortlöpande vid behov.',
          ].join('\n\n'),
        },
        commitments: [
          { partyId: policeId, text: 'Polisen i Lpo Skellefteå bidrar med resurser i form av avsatt tid och personal för att upprätthålla samverkansavtalet.' },
          { partyId: policeId, text: 'Polisen i Lpo Skellefteå ska tillse att det finns en kommunpolis som ansvarar för det lokala brottsförebyggande arbetet och som agerar som kontaktperson gentemot Norsjö kommun.' },
          { partyId: municipalityId, text: 'Norsjö kommun bidrar med resurser i form av avsatt tid och personal för att upprätthålla samverkansavtalet.' },
          { partyId: municipalityId, text: 'Norsjö kommun ska tillse att det finns en tjänsteperson som ansvarar för det lokala brottsförebyggande arbetet och som agerar som kontaktperson gentemot polisen i Lpo Skellefteå.' },
          { partyId: null, text: 'Bägge parter ska följa samverkansprocessen.' },
        ],
        signatories: [
          { name: 'Mikael Lindfors', title: 'Kommunalråd', organisation: 'Norsjö kommun', organisationId: municipalityId, place: 'Norsjö', date: ADOPTED_ON },
          { name: 'Lars Westermark', title: 'Lokalpolisområdeschef', organisation: 'Lokalpolisområde Skellefteå', organisationId: policeId, place: 'Skellefteå', date: ADOPTED_ON },
        ],
        validity: { kind: 'open-ended', from: ADOPTED_ON },
      },
    },
    asOf,
  );
  await adoptAgreement(db, actor, collaborationId, draft.id, draft.version, { adoptedOn: ADOPTED_ON }, asOf);
}
