import type { Db } from '#server/db/client.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { getFocusAreas } from '#server/modules/focus-areas/focus-areas.service.js';
import { addGroupMember, createGroup, getGroups } from '#server/modules/groups/groups.service.js';
import type { CreateGroupInput, CreateGroupMemberInput } from '#server/modules/groups/groups.schemas.js';
import { getPlan } from '#server/modules/plans/plans.service.js';
import { createItem, createPromise, getPromises, setItemActivities } from '#server/modules/promises/promises.service.js';

interface Parties {
  /** Norsjö kommun. */
  municipalityId: string;
  /** Lokalpolisområde Skellefteå. */
  policeId: string;
}

type MemberSpec = Omit<CreateGroupMemberInput, 'organisationId' | 'organisationName'> & { party?: keyof Parties; organisationName?: string };

/** The groups the Norsjö texts name (seeds 000 and 001). */
function groupSpecs(): { group: CreateGroupInput; members: MemberSpec[] }[] {
  return [
    {
      group: {
        kind: 'steering',
        name: 'Styrgrupp brottsförebyggande samverkan Norsjö',
        mandate:
          'Legitimerar och ger förutsättningar för samverkan i respektive organisation, fastställer övergripande mål, beslutar om åtgärdsplan och kommunikationsplan och följer upp att åtagandena genomförs.',
        assignment: '',
        validFrom: '2024-01-16',
        validTo: null,
      },
      members: [
        { name: 'Mikael Lindfors', title: 'Kommunalråd, kommunstyrelsens ordförande', party: 'municipalityId' },
        { name: 'Lars Westermark', title: 'Lokalpolisområdeschef', party: 'policeId' },
      ],
    },
    {
      group: {
        kind: 'council',
        name: 'Folkhälso- och trygghetsrådet',
        mandate:
          'Tar i början av varje år emot kommunpolisens och folkhälsostrategens åtgärdsplan med bakgrund och uppföljningen av föregående års plan.',
        assignment: '',
        validFrom: null,
        validTo: null,
      },
      members: [
        { name: 'Politiker', title: 'Förtroendevalda', party: 'municipalityId' },
        { name: 'Verksamhetschefer', title: 'Kommunens verksamheter', party: 'municipalityId' },
        { name: 'Räddningstjänsten', title: '', organisationName: 'Räddningstjänsten' },
        { name: 'Beredskapssamordnare', title: '', party: 'municipalityId' },
        { name: 'Regionen', title: '', organisationName: 'Region Västerbotten' },
        { name: 'Polis', title: '', party: 'policeId' },
      ],
    },
    {
      group: {
        kind: 'working',
        name: 'Trygghetsvandringar',
        mandate: 'Genomför trygghetsvandringar och dörrknackning i valda områden enligt genomförandeplanen.',
        assignment:
          'Planera och genomföra trygghetsvandringar och dörrknackning i valda områden två gånger per år, dokumentera dem i protokoll och rapportera till folkhälso- och trygghetsrådet.',
        validFrom: '2025-01-01',
        validTo: '2026-12-31',
      },
      members: [
        { name: 'Sara Lindqvist', title: 'Folkhälsostrateg, samordnare', party: 'municipalityId' },
        { name: 'Johan Berg', title: 'Kommunpolis', party: 'policeId' },
      ],
    },
  ];
}

/** The four promises of seed 001, each with the demo plan's focus areas (and activity texts) that deliver it. */
const promiseSpecs: { text: string; focusArea: string; deliveredBy: { focusAreas: string[]; what?: RegExp } }[] = [
  {
    text: 'Insatser mot narkotika med syfte att minska nyrekrytering samt försvåra genomförandet av narkotikabrott. Särskilt ska beaktas brott som uppstår eller begås av och i kring ungdomar.',
    focusArea: 'Narkotika/livsstilskriminella',
    deliveredBy: { focusAreas: ['Narkotika/livsstilskriminella', 'Minska nyrekrytering av unga som börjar med narkotika eller alkohol'], what: /narkotika/i },
  },
  {
    text: 'Insatser mot brott och förseelser i trafikmiljön så som störande körning, vårdslöshet i trafik, rattfylleri, olovlig körning m.fl.',
    focusArea: 'Trafikkontroller',
    deliveredBy: { focusAreas: ['Trafikkontroller'] },
  },
  {
    text: 'Insatser mot tillgreppsbrott såsom inbrott i bostäder, sommarstugor, industrier, butiker och andra objekt.',
    focusArea: 'Tillgreppsbrott',
    deliveredBy: { focusAreas: ['Tillgreppsbrott'] },
  },
  {
    text: 'Trygghetsskapande arbete i form av ökad polisiär närvaro och tillgänglighet.',
    focusArea: 'Trygghetsskapande åtgärder',
    deliveredBy: { focusAreas: ['Trygghetsskapande åtgärder'] },
  },
];

export const NORSJO_PROMISE_TITLE = 'Medborgarlöften 2019–2023 Polisen och Norsjö kommun';

/**
 * Norsjö's organisation and medborgarlöften: the styrgrupp, the folkhälso- och trygghetsråd and a time-limited
 * arbetsgrupp, and the four promises of 2019–2023 linked to the demo plan's activities. Skips what already exists.
 */
export async function seedNorsjoOrganisation(db: Db, collaborationId: string, parties: Parties, planId: string): Promise<void> {
  const actor = systemActor('demo');

  const existingGroups = new Set((await getGroups(db, collaborationId)).map((g) => g.name));
  for (const spec of groupSpecs()) {
    if (existingGroups.has(spec.group.name)) continue;
    const group = await createGroup(db, actor, collaborationId, spec.group);
    for (const m of spec.members) {
      await addGroupMember(db, actor, collaborationId, group.id, {
        name: m.name,
        title: m.title,
        organisationId: m.party ? parties[m.party] : null,
        organisationName: m.party ? '' : (m.organisationName ?? ''),
      });
    }
  }

  if ((await getPromises(db, collaborationId)).some((p) => p.title === NORSJO_PROMISE_TITLE)) return;
  // "Avtalet löper på fyra år med början 1/1 2019".
  const promise = await createPromise(db, actor, collaborationId, {
    municipalityId: parties.municipalityId,
    title: NORSJO_PROMISE_TITLE,
    periodStart: '2019-01-01',
    periodEnd: '2022-12-31',
    effects: [
      'Ökad upplevd trygghet.',
      'Minskad brottslighet.',
      'En förflyttning av dold brottslighet till synlig brottslighet. Viktigt speciellt när det gäller ungdomar.',
      'Medborgarna ska göras mer delaktiga i det trygghetskapande och brottsförebyggande arbetet.',
      'Polisen och Norsjö Kommun ökar samarbetet vilket förväntas öka förtroendet och tilliten samt effektivisera arbetet för båda parter.',
    ].join('\n'),
  });
  const areaIds = new Map((await getFocusAreas(db, collaborationId)).map((a) => [a.name, a.id]));
  const areaNames = new Map([...areaIds].map(([name, id]) => [id, name]));
  const { activities } = await getPlan(db, collaborationId, planId);
  for (const [i, spec] of promiseSpecs.entries()) {
    const item = await createItem(db, actor, collaborationId, promise.id, {
      text: spec.text,
      partyIds: [parties.policeId, parties.municipalityId],
      focusAreaId: areaIds.get(spec.focusArea) ?? null,
      sortOrder: i,
    });
    const delivering = activities.filter((a) => {
      const area = a.focusAreaId ? areaNames.get(a.focusAreaId) : undefined;
      return (area !== undefined && spec.deliveredBy.focusAreas.includes(area)) || (spec.deliveredBy.what?.test(a.what) ?? false);
    });
    await setItemActivities(db, actor, collaborationId, item.id, item.version, delivering.map((a) => a.id));
  }
}
