import type { Db } from '#server/db/client.js';
import type { MemberRole } from '#server/http/access.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createCollaboration, listCollaborations } from '#server/modules/collaborations/collaborations.service.js';
import { addMember } from '#server/modules/members/members.service.js';
import { findMunicipalityByCode, findOrganisationByName } from '#server/modules/organisations/organisations.repo.js';
import { createOrganisation } from '#server/modules/organisations/organisations.service.js';
import { findUserByEmail, updateUser } from '#server/modules/users/users.repo.js';
import { createUser } from '#server/modules/users/users.service.js';
import { hashPassword } from '#server/modules/users/password.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import { seedNorsjoAgreement } from './demo-agreement.js';
import { seedNorsjoIndicators } from './demo-indicators.js';
import { seedNorsjoLagesbild } from './demo-lagesbild.js';
import { seedNorsjoOrganisation } from './demo-organisation.js';
import { seedNorsjoPlan } from './demo-plan.js';
import { seedNorsjoProblems } from './demo-problems.js';

/** Demo accounts share one password; the demo is for trying the app, never for production data. */
export const DEMO_PASSWORD = 'samverkan-demo';

export interface DemoUser {
  email: string;
  password: string;
  role: MemberRole | 'system-admin';
  displayName: string;
}

export const demoUsers: DemoUser[] = [
  { email: 'admin@demo.samverkan.se', password: DEMO_PASSWORD, role: 'system-admin', displayName: 'Alva Systemadmin' },
  { email: 'samordnare@norsjo.demo.samverkan.se', password: DEMO_PASSWORD, role: 'admin', displayName: 'Sara Lindqvist' },
  { email: 'kommunpolis@polisen.demo.samverkan.se', password: DEMO_PASSWORD, role: 'coordinator', displayName: 'Johan Berg' },
  { email: 'fritid@norsjo.demo.samverkan.se', password: DEMO_PASSWORD, role: 'contributor', displayName: 'Emma Nilsson' },
  { email: 'styrgrupp@norsjo.demo.samverkan.se', password: DEMO_PASSWORD, role: 'viewer', displayName: 'Per Holm' },
];

export interface DemoResult {
  collaborations: { id: string; name: string }[];
  users: { email: string; password: string; role: string }[];
}

async function policeArea(db: Db, name: string) {
  return (
    (await findOrganisationByName(db, 'lokalpolisomrade', name)) ??
    (await createOrganisation(db, systemActor('demo'), { kind: 'lokalpolisomrade', name }, null))
  );
}

async function municipality(db: Db, code: string) {
  const org = await findMunicipalityByCode(db, code);
  if (!org) throw new Error(`Kommunkod ${code} saknas i referensdata`);
  return org;
}

/** Seeds the demo collaborations and accounts; running it again changes nothing. */
export async function seedDemo(db: Db): Promise<DemoResult> {
  const actor = systemActor('demo');
  for (const u of demoUsers) {
    const existing = await findUserByEmail(db, u.email);
    if (!existing) {
      await createUser(db, actor, { email: u.email, displayName: u.displayName, password: u.password, isSystemAdmin: u.role === 'system-admin' });
    } else if (!existing.passwordHash) {
      await updateUser(db, existing.id, { passwordHash: await hashPassword(u.password) });
    }
  }
  const admin = await findUserByEmail(db, demoUsers[0]!.email);
  if (!admin) throw new Error('demo admin missing');
  let collaborations = await listCollaborations(db, admin);

  if (!collaborations.some((c) => c.name === 'Norsjö kommun – LPO Skellefteå')) {
    const norsjo = await municipality(db, '2417');
    const skelleftea = await policeArea(db, 'Skellefteå');
    const collab = await createCollaboration(db, actor, {
      name: 'Norsjö kommun – LPO Skellefteå',
      description:
        'Samverkansavtal mellan Norsjö kommun och lokalpolisområde Skellefteå om brottsförebyggande och trygghetsskapande arbete. Medborgarlöften med genomförandeplan.',
      partyIds: [norsjo.id, skelleftea.id],
    });
    for (const u of demoUsers.slice(1)) {
      const org = u.email.includes('polisen') ? skelleftea : norsjo;
      const title = { admin: 'Folkhälsostrateg, samordnare', coordinator: 'Kommunpolis', contributor: 'Fritidsgården', viewer: 'Styrgrupp' }[
        u.role as Exclude<MemberRole, never>
      ];
      await addMember(db, actor, collab.id, { email: u.email, role: u.role as MemberRole, organisationId: org.id, title: title ?? '' });
    }
    const reporter = await findUserByEmail(db, demoUsers[3]!.email);
    const police = await findUserByEmail(db, demoUsers[2]!.email);
    const today = todayInSweden();
    const plan = await seedNorsjoPlan(db, collab.id, { reporterId: reporter!.id, policeReporterId: police!.id, policeOrganisationId: skelleftea.id }, today < '2026-12-31' ? today : '2026-12-31');
    await seedNorsjoOrganisation(db, collab.id, { municipalityId: norsjo.id, policeId: skelleftea.id }, plan.id);
    await seedNorsjoIndicators(db, collab.id, { planId: plan.id });
    // After the organisation (the styrgrupp adopts it); links the demo plan to it.
    // The problems the lägesbild identifies, after the plan and the indicators they link to; added before the
    // lägesbild is adopted, so its frozen version holds them.
    await seedNorsjoLagesbild(db, collab.id, { planId: plan.id, beforeAdoption: (reportId) => seedNorsjoProblems(db, collab.id, { planId: plan.id, reportId }) });
    await seedNorsjoAgreement(db, collab.id, { municipalityId: norsjo.id, policeId: skelleftea.id }, today);
  }

  if (!collaborations.some((c) => c.name === 'Södra Lappland – sex kommuner och LPO Södra Lappland')) {
    // Dorotea, Lycksele, Sorsele, Storuman, Vilhelmina, Åsele (seed 004).
    const codes = ['2425', '2481', '2422', '2421', '2462', '2463'];
    const kommuner = await Promise.all(codes.map((c) => municipality(db, c)));
    const lpo = await policeArea(db, 'Södra Lappland');
    const collab = await createCollaboration(db, actor, {
      name: 'Södra Lappland – sex kommuner och LPO Södra Lappland',
      description: 'Samverkansöverenskommelse mellan Polismyndigheten och Dorotea, Lycksele, Sorsele, Storumans, Vilhelmina och Åsele kommuner.',
      partyIds: [...kommuner.map((k) => k.id), lpo.id],
    });
    await addMember(db, actor, collab.id, { email: demoUsers[2]!.email, role: 'coordinator', organisationId: lpo.id, title: 'Kommunpolis' });
    await addMember(db, actor, collab.id, { email: demoUsers[1]!.email, role: 'viewer', organisationId: null, title: 'Nätverk' });
  }

  collaborations = await listCollaborations(db, admin);
  return {
    collaborations: collaborations.map((c) => ({ id: c.id, name: c.name })),
    users: demoUsers.map((u) => ({ email: u.email, password: u.password, role: u.role })),
  };
}
