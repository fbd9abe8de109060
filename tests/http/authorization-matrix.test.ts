import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access, MemberRole } from '#server/http/access.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { addParty } from '#server/modules/collaborations/collaborations.service.js';
import { startSession } from '#server/modules/session/session.service.js';
import { createToken } from '#server/modules/tokens/tokens.service.js';
import type { UserRow } from '#server/modules/users/users.repo.js';
import { addAttachment, createLog } from '#server/modules/activity-log/activity-log.service.js';
import type { Viewer } from '#server/http/viewer.js';
import { createNote } from '#server/modules/activity-notes/activity-notes.service.js';
import { createFocusArea } from '#server/modules/focus-areas/focus-areas.service.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { addGroupMember, createGroup } from '#server/modules/groups/groups.service.js';
import { createItem, createPromise } from '#server/modules/promises/promises.service.js';
import { addCause, createProblem, linkActivity, linkIndicator } from '#server/modules/problems/problems.service.js';
import { indicators as indicatorRows } from '#server/db/schema.js';
import { adoptAgreement, createAgreement, reviseAgreement } from '#server/modules/agreements/agreements.service.js';
import { adoptReport, createDialogue, createIncident, createObservation, createReport, createWalk } from '#server/modules/situation-reports/situation-reports.service.js';
import { createIndicator, setIndicatorValue } from '#server/modules/indicators/indicators.service.js';
import { useTestApp } from '#tests/setup/app.js';
import { buildCollaboration, buildMember, buildUser, TEST_PASSWORD } from '#tests/factories.js';

/**
 * Every route in the app, the rule it must have, and a request that reaches its handler.
 * A new route that is not listed here fails the first test: decide its rule, then add it.
 */
type Expected = 'public' | 'signed-in' | 'system-admin' | MemberRole;

interface Fixture {
  collaborationId: string;
  /** A fresh party, member and token of collaboration A, made per call for routes that remove them. */
  freshPartyId(): Promise<string>;
  freshMemberId(): Promise<string>;
  freshTokenId(): Promise<string>;
  freshFocusAreaId(): Promise<string>;
  freshPlanId(): Promise<string>;
  freshActivityId(): Promise<string>;
  /** A log entry reported by the caller's persona (so contributors may change it). */
  freshLogId(persona: Persona): Promise<string>;
  freshAttachment(persona: Persona): Promise<{ logId: string; attachmentId: string }>;
  /** A note written by the caller's persona. */
  freshNoteId(persona: Persona): Promise<string>;
  planId: string;
  activityId: string;
  signInEmail: string;
  // groups and promises
  groupId: string;
  freshGroupId(): Promise<string>;
  /** A new group with one member; the group is then at version 2. */
  freshGroupMember(): Promise<{ groupId: string; memberId: string }>;
  kommunId: string;
  promiseId: string;
  freshPromiseId(): Promise<string>;
  freshPromiseItemId(): Promise<string>;
  // agreements
  /** An agreement with version 1 adopted and a draft of version 2 open. */
  agreementId: string;
  /** A new draft (never adopted, with a validity so it can be adopted) and its ETag. */
  freshDraftAgreement(): Promise<{ id: string; etag: string }>;
  /** A new agreement with version 1 adopted, and its ETag. */
  freshAdoptedAgreement(): Promise<{ id: string; etag: string }>;
  // situation reports (lägesbild)
  /** A lägesbild with version 1 adopted. */
  situationReportId: string;
  /** A year no lägesbild of collaboration A has yet. */
  nextSituationYear(): number;
  /** A new lägesbild (never adopted) and its ETag. */
  freshSituationReport(): Promise<{ id: string; etag: string }>;
  /** A new part of the adopted lägesbild, at version 1. */
  freshSituationPart(kind: 'dialogue' | 'walk' | 'observation' | 'incident'): Promise<string>;
  // indicators
  /** A manual indicator at version 1 with a baseline (not adopted) and a value for 2024 (none for 2025). */
  freshIndicatorId(): Promise<string>;
  // problems
  freshProblemId(): Promise<string>;
  freshCauseId(): Promise<string>;
  /** A new problem linked to the fixture's activity and to a new indicator. */
  freshLinkedProblem(): Promise<{ problemId: string; indicatorId: string }>;
}

type Build = (f: Fixture, persona: Persona) => Promise<Omit<InjectOptions, 'method'>> | Omit<InjectOptions, 'method'>;
const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

const table: Record<string, { expected: Expected; build: Build }> = {
  'GET /api/health': { expected: 'public', build: () => ({}) },
  'GET /api/openapi.json': { expected: 'public', build: () => ({}) },
  'GET /api/auth/config': { expected: 'public', build: () => ({}) },
  'POST /api/session': { expected: 'public', build: (f) => ({ payload: { email: f.signInEmail, password: TEST_PASSWORD } }) },
  'GET /api/session': { expected: 'signed-in', build: () => ({}) },
  'DELETE /api/session': { expected: 'signed-in', build: () => ({}) },
  'PUT /api/session/password': { expected: 'signed-in', build: () => ({ payload: { newPassword: 'kort' } }) },
  'GET /api/auth/oidc/login': { expected: 'public', build: () => ({}) },
  'GET /api/auth/oidc/callback': { expected: 'public', build: () => ({}) },
  'GET /api/users': { expected: 'system-admin', build: () => ({}) },
  'POST /api/users': { expected: 'system-admin', build: () => ({ payload: {} }) },
  'PATCH /api/users/me': { expected: 'signed-in', build: () => ({ payload: { locale: 'sv' } }) },
  'GET /api/organisations': { expected: 'signed-in', build: () => ({ query: { q: 'Norsjö' } }) },
  'POST /api/organisations': { expected: 'system-admin', build: () => ({ payload: {} }) },
  'GET /api/collaborations': { expected: 'signed-in', build: () => ({}) },
  'POST /api/collaborations': { expected: 'system-admin', build: () => ({ payload: {} }) },
  'GET /api/collaborations/:collaborationId': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}` }) },
  'PATCH /api/collaborations/:collaborationId': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}`, payload: {} }),
  },
  'POST /api/collaborations/:collaborationId/parties': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/parties`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/parties/:organisationId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/parties/${await f.freshPartyId()}` }),
  },
  'GET /api/collaborations/:collaborationId/members': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/members` }),
  },
  'POST /api/collaborations/:collaborationId/members': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/members`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/members/:userId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/members/${await f.freshMemberId()}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/members/:userId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/members/${await f.freshMemberId()}` }),
  },
  'GET /api/collaborations/:collaborationId/tokens': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/tokens` }),
  },
  'POST /api/collaborations/:collaborationId/tokens': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/tokens`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/tokens/:tokenId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/tokens/${await f.freshTokenId()}` }),
  },
  'GET /api/collaborations/:collaborationId/audit': {
    expected: 'admin',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/audit` }),
  },
  'GET /api/collaborations/:collaborationId/focus-areas': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas` }) },
  'POST /api/collaborations/:collaborationId/focus-areas': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/focus-areas/:focusAreaId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas/${await f.freshFocusAreaId()}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/focus-areas/:focusAreaId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/focus-areas/${await f.freshFocusAreaId()}` }),
  },
  'GET /api/collaborations/:collaborationId/plans': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans` }) },
  'POST /api/collaborations/:collaborationId/plans': { expected: 'coordinator', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans`, payload: {} }) },
  'GET /api/collaborations/:collaborationId/plans/:planId': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}` }) },
  'PATCH /api/collaborations/:collaborationId/plans/:planId': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/plans/:planId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${await f.freshPlanId()}` }),
  },
  'POST /api/collaborations/:collaborationId/plans/:planId/activities': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/activities`, payload: {} }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}` }),
  },
  'PATCH /api/collaborations/:collaborationId/activities/:activityId': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/activities/:activityId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${await f.freshActivityId()}` }),
  },
  'GET /api/collaborations/:collaborationId/plans/:planId/dashboard': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/dashboard?asOf=2025-06-30` }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId/timeline': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/timeline` }),
  },
  'GET /api/collaborations/:collaborationId/plans/:planId/export': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/export?format=csv` }),
  },
  'GET /api/collaborations/:collaborationId/plans/:planId/log/export': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/log/export?format=csv` }),
  },
  'POST /api/collaborations/:collaborationId/plans/:planId/import': {
    expected: 'coordinator',
    build: (f) => ({
      url: `/api/collaborations/${f.collaborationId}/plans/${f.planId}/import`,
      payload: Buffer.from('Vad;När\r\nTrygghetsvandring;2 ggr/år\r\n'),
      headers: { 'content-type': 'text/csv' },
    }),
  },
  // activity notes
  'GET /api/collaborations/:collaborationId/activities/:activityId/notes': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/notes` }),
  },
  'POST /api/collaborations/:collaborationId/activities/:activityId/notes': {
    expected: 'contributor',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/notes`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/activity-notes/:noteId': {
    expected: 'contributor',
    build: async (f, p) => ({ url: `/api/collaborations/${f.collaborationId}/activity-notes/${await f.freshNoteId(p)}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/activity-notes/:noteId': {
    expected: 'contributor',
    build: async (f, p) => ({ url: `/api/collaborations/${f.collaborationId}/activity-notes/${await f.freshNoteId(p)}` }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId/log': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/log` }),
  },
  'POST /api/collaborations/:collaborationId/activities/:activityId/log': {
    expected: 'contributor',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/log`, payload: {} }),
  },
  'PATCH /api/collaborations/:collaborationId/activity-logs/:logId': {
    expected: 'contributor',
    build: async (f, p) => ({ url: `/api/collaborations/${f.collaborationId}/activity-logs/${await f.freshLogId(p)}`, payload: {} }),
  },
  'DELETE /api/collaborations/:collaborationId/activity-logs/:logId': {
    expected: 'contributor',
    build: async (f, p) => ({ url: `/api/collaborations/${f.collaborationId}/activity-logs/${await f.freshLogId(p)}` }),
  },
  'POST /api/collaborations/:collaborationId/activity-logs/:logId/attachments': {
    expected: 'contributor',
    build: async (f, p) => ({
      url: `/api/collaborations/${f.collaborationId}/activity-logs/${await f.freshLogId(p)}/attachments?filename=protokoll.pdf`,
      payload: pdf,
      headers: { 'content-type': 'application/pdf' },
    }),
  },
  'GET /api/collaborations/:collaborationId/activity-logs/:logId/attachments/:attachmentId': {
    expected: 'viewer',
    build: async (f, p) => {
      const a = await f.freshAttachment(p);
      return { url: `/api/collaborations/${f.collaborationId}/activity-logs/${a.logId}/attachments/${a.attachmentId}` };
    },
  },
  'DELETE /api/collaborations/:collaborationId/activity-logs/:logId/attachments/:attachmentId': {
    expected: 'contributor',
    build: async (f, p) => {
      const a = await f.freshAttachment(p);
      return { url: `/api/collaborations/${f.collaborationId}/activity-logs/${a.logId}/attachments/${a.attachmentId}` };
    },
  },
  // groups and promises
  'GET /api/collaborations/:collaborationId/groups': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/groups?asOf=2025-06-30` }) },
  'POST /api/collaborations/:collaborationId/groups': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/groups`, payload: { kind: 'working', name: 'Arbetsgrupp', validTo: '2026-12-31' } }),
  },
  'GET /api/collaborations/:collaborationId/groups/:groupId': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/groups/${f.groupId}` }) },
  'PATCH /api/collaborations/:collaborationId/groups/:groupId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/groups/${await f.freshGroupId()}`, headers: { 'if-match': '"v1"' }, payload: { mandate: 'Beslutar om åtgärdsplanen.' } }),
  },
  'DELETE /api/collaborations/:collaborationId/groups/:groupId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/groups/${await f.freshGroupId()}` }),
  },
  'POST /api/collaborations/:collaborationId/groups/:groupId/members': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/groups/${f.groupId}/members`, payload: { name: 'Anna Ek', title: 'Rektor' } }),
  },
  'PATCH /api/collaborations/:collaborationId/groups/:groupId/members/:memberId': {
    expected: 'coordinator',
    build: async (f) => {
      const m = await f.freshGroupMember();
      return { url: `/api/collaborations/${f.collaborationId}/groups/${m.groupId}/members/${m.memberId}`, headers: { 'if-match': '"v2"' }, payload: { title: 'Ordförande' } };
    },
  },
  'DELETE /api/collaborations/:collaborationId/groups/:groupId/members/:memberId': {
    expected: 'coordinator',
    build: async (f) => {
      const m = await f.freshGroupMember();
      return { url: `/api/collaborations/${f.collaborationId}/groups/${m.groupId}/members/${m.memberId}` };
    },
  },
  'GET /api/collaborations/:collaborationId/promises': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/promises` }) },
  'POST /api/collaborations/:collaborationId/promises': {
    expected: 'coordinator',
    build: (f) => ({
      url: `/api/collaborations/${f.collaborationId}/promises`,
      payload: { municipalityId: f.kommunId, title: 'Medborgarlöften', periodStart: '2025-01-01', periodEnd: '2026-12-31' },
    }),
  },
  'GET /api/collaborations/:collaborationId/promises/:promiseId': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/promises/${f.promiseId}` }) },
  'PATCH /api/collaborations/:collaborationId/promises/:promiseId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/promises/${await f.freshPromiseId()}`, headers: { 'if-match': '"v1"' }, payload: { title: 'Medborgarlöften 2025' } }),
  },
  'DELETE /api/collaborations/:collaborationId/promises/:promiseId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/promises/${await f.freshPromiseId()}` }),
  },
  'POST /api/collaborations/:collaborationId/promises/:promiseId/items': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/promises/${f.promiseId}/items`, payload: { text: 'Vi lovar trygghetsvandringar.', partyIds: [f.kommunId] } }),
  },
  'PATCH /api/collaborations/:collaborationId/promise-items/:itemId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/promise-items/${await f.freshPromiseItemId()}`, headers: { 'if-match': '"v1"' }, payload: { text: 'Vi lovar mer.' } }),
  },
  'DELETE /api/collaborations/:collaborationId/promise-items/:itemId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/promise-items/${await f.freshPromiseItemId()}` }),
  },
  'PUT /api/collaborations/:collaborationId/promise-items/:itemId/activities': {
    expected: 'coordinator',
    build: async (f) => ({
      url: `/api/collaborations/${f.collaborationId}/promise-items/${await f.freshPromiseItemId()}/activities`,
      headers: { 'if-match': '"v1"' },
      payload: { activityIds: [f.activityId] },
    }),
  },
  'GET /api/collaborations/:collaborationId/activities/:activityId/promises': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/activities/${f.activityId}/promises` }),
  },
  // end of groups and promises
  // agreements
  'GET /api/collaborations/:collaborationId/agreements': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements?asOf=2025-06-30` }),
  },
  'POST /api/collaborations/:collaborationId/agreements': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements`, payload: { kind: 'samverkansavtal', title: 'Samverkansavtal' } }),
  },
  'GET /api/collaborations/:collaborationId/agreements/:agreementId': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements/${f.agreementId}` }),
  },
  'PATCH /api/collaborations/:collaborationId/agreements/:agreementId': {
    expected: 'coordinator',
    build: async (f) => {
      const a = await f.freshDraftAgreement();
      return { url: `/api/collaborations/${f.collaborationId}/agreements/${a.id}`, headers: { 'if-match': a.etag }, payload: { title: 'Samverkansavtal 2025' } };
    },
  },
  'DELETE /api/collaborations/:collaborationId/agreements/:agreementId': {
    expected: 'admin',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements/${(await f.freshDraftAgreement()).id}` }),
  },
  'POST /api/collaborations/:collaborationId/agreements/:agreementId/adopt': {
    expected: 'coordinator',
    build: async (f) => {
      const a = await f.freshDraftAgreement();
      return { url: `/api/collaborations/${f.collaborationId}/agreements/${a.id}/adopt`, headers: { 'if-match': a.etag }, payload: { adoptedOn: '2025-01-15' } };
    },
  },
  'POST /api/collaborations/:collaborationId/agreements/:agreementId/revise': {
    expected: 'coordinator',
    build: async (f) => {
      const a = await f.freshAdoptedAgreement();
      return { url: `/api/collaborations/${f.collaborationId}/agreements/${a.id}/revise`, headers: { 'if-match': a.etag }, payload: {} };
    },
  },
  'POST /api/collaborations/:collaborationId/agreements/:agreementId/terminate': {
    expected: 'admin',
    build: async (f) => {
      const a = await f.freshAdoptedAgreement();
      return { url: `/api/collaborations/${f.collaborationId}/agreements/${a.id}/terminate`, headers: { 'if-match': a.etag }, payload: { terminatedOn: '2025-06-01' } };
    },
  },
  'GET /api/collaborations/:collaborationId/agreements/:agreementId/versions': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements/${f.agreementId}/versions` }),
  },
  'GET /api/collaborations/:collaborationId/agreements/:agreementId/versions/:number': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements/${f.agreementId}/versions/1` }),
  },
  'GET /api/collaborations/:collaborationId/agreements/:agreementId/diff': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/agreements/${f.agreementId}/diff?from=1&to=draft` }),
  },
  // end of agreements
  // document import
  'POST /api/collaborations/:collaborationId/document-imports': {
    expected: 'coordinator',
    build: (f) => ({
      url: `/api/collaborations/${f.collaborationId}/document-imports?filename=plan.txt`,
      payload: Buffer.from('Handlingsplan 2025\n\nTrygghetsvandring 2 gånger per år.\n'),
      headers: { 'content-type': 'application/octet-stream' },
    }),
  },
  'POST /api/collaborations/:collaborationId/document-imports/commit': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/document-imports/commit`, payload: {} }),
  },
  // end of document import
  // lägesbild data
  'POST /api/collaborations/:collaborationId/data-imports': {
    expected: 'coordinator',
    build: (f) => ({
      url: `/api/collaborations/${f.collaborationId}/data-imports?source=bra&dryRun=true`,
      payload: 'Brottskategori;Region;År;Antal\nSamtliga brott;Norsjö;2023;1\n',
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'GET /api/collaborations/:collaborationId/statistics/series': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/statistics/series` }),
  },
  'GET /api/collaborations/:collaborationId/statistics': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/statistics?source=bra&series=Samtliga%20brott` }),
  },
  'GET /api/collaborations/:collaborationId/police-events': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/police-events` }),
  },
  // end of lägesbild data
  // lägesbild document
  'GET /api/collaborations/:collaborationId/situation-reports': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports` }),
  },
  'POST /api/collaborations/:collaborationId/situation-reports': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports`, payload: { year: f.nextSituationYear() } }),
  },
  'GET /api/collaborations/:collaborationId/situation-reports/:reportId': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports/${f.situationReportId}` }),
  },
  'PATCH /api/collaborations/:collaborationId/situation-reports/:reportId': {
    expected: 'coordinator',
    build: async (f) => {
      const r = await f.freshSituationReport();
      return { url: `/api/collaborations/${f.collaborationId}/situation-reports/${r.id}`, headers: { 'if-match': r.etag }, payload: { analysisText: 'Analys' } };
    },
  },
  'DELETE /api/collaborations/:collaborationId/situation-reports/:reportId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports/${(await f.freshSituationReport()).id}` }),
  },
  'POST /api/collaborations/:collaborationId/situation-reports/:reportId/adopt': {
    expected: 'coordinator',
    build: async (f) => {
      const r = await f.freshSituationReport();
      return { url: `/api/collaborations/${f.collaborationId}/situation-reports/${r.id}/adopt`, headers: { 'if-match': r.etag }, payload: { adoptedOn: '2025-03-12' } };
    },
  },
  'GET /api/collaborations/:collaborationId/situation-reports/:reportId/versions': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports/${f.situationReportId}/versions` }),
  },
  'GET /api/collaborations/:collaborationId/situation-reports/:reportId/versions/:number': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports/${f.situationReportId}/versions/1` }),
  },
  'POST /api/collaborations/:collaborationId/situation-reports/:reportId/dialogues': {
    expected: 'coordinator',
    build: (f) => ({
      url: `/api/collaborations/${f.collaborationId}/situation-reports/${f.situationReportId}/dialogues`,
      payload: { kind: 'citizen', heldOn: '2025-02-01', method: 'Öppet möte' },
    }),
  },
  'PATCH /api/collaborations/:collaborationId/situation-dialogues/:dialogueId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-dialogues/${await f.freshSituationPart('dialogue')}`, headers: { 'if-match': '"v1"' }, payload: { area: 'Centrum' } }),
  },
  'DELETE /api/collaborations/:collaborationId/situation-dialogues/:dialogueId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-dialogues/${await f.freshSituationPart('dialogue')}` }),
  },
  'POST /api/collaborations/:collaborationId/situation-reports/:reportId/safety-walks': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/situation-reports/${f.situationReportId}/safety-walks`, payload: { walkedOn: '2025-04-24', area: 'Centrum' } }),
  },
  'PATCH /api/collaborations/:collaborationId/safety-walks/:walkId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/safety-walks/${await f.freshSituationPart('walk')}`, headers: { 'if-match': '"v1"' }, payload: { notes: 'Mörkt' } }),
  },
  'DELETE /api/collaborations/:collaborationId/safety-walks/:walkId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/safety-walks/${await f.freshSituationPart('walk')}` }),
  },
  'POST /api/collaborations/:collaborationId/safety-walks/:walkId/observations': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/safety-walks/${await f.freshSituationPart('walk')}/observations`, payload: { place: 'Torget', problem: 'Mörkt' } }),
  },
  // Contributors change the status only (other fields: 403, tested in server/modules/situation-reports).
  'PATCH /api/collaborations/:collaborationId/safety-walk-observations/:observationId': {
    expected: 'contributor',
    build: async (f) => ({
      url: `/api/collaborations/${f.collaborationId}/safety-walk-observations/${await f.freshSituationPart('observation')}`,
      headers: { 'if-match': '"v1"' },
      payload: { status: 'done' },
    }),
  },
  'DELETE /api/collaborations/:collaborationId/safety-walk-observations/:observationId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/safety-walk-observations/${await f.freshSituationPart('observation')}` }),
  },
  'POST /api/collaborations/:collaborationId/situation-reports/:reportId/incident-reports': {
    expected: 'contributor',
    build: (f) => ({
      url: `/api/collaborations/${f.collaborationId}/situation-reports/${f.situationReportId}/incident-reports`,
      payload: { occurredOn: '2025-03-02', category: 'Klotter', place: 'Busstationen' },
    }),
  },
  'PATCH /api/collaborations/:collaborationId/incident-reports/:incidentId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/incident-reports/${await f.freshSituationPart('incident')}`, headers: { 'if-match': '"v1"' }, payload: { count: 2 } }),
  },
  'DELETE /api/collaborations/:collaborationId/incident-reports/:incidentId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/incident-reports/${await f.freshSituationPart('incident')}` }),
  },
  // end of lägesbild document
  // calendar
  'GET /api/collaborations/:collaborationId/calendar-feeds': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/calendar-feeds` }),
  },
  'POST /api/collaborations/:collaborationId/calendar-feeds': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/calendar-feeds`, payload: {} }),
  },
  // Who may revoke which feed (own personal feed, any as admin) is tested in server/modules/calendar;
  // here an id that is no uuid shows the access rule let the caller through to validation (400).
  'DELETE /api/collaborations/:collaborationId/calendar-feeds/:feedId': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/calendar-feeds/inte-ett-id` }),
  },
  // The secret in the address is the credential: an unknown one is a 404 with the error shape.
  'GET /api/calendar/:token.ics': { expected: 'public', build: () => ({ url: '/api/calendar/okand-hemlighet.ics' }) },
  // end of calendar
  // documents
  'POST /api/collaborations/:collaborationId/documents': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/documents`, payload: {} }),
  },
  'GET /api/collaborations/:collaborationId/documents': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/documents` }),
  },
  // Who may download which export (restricted ones only by their organisation) is tested in server/modules/documents.
  'GET /api/collaborations/:collaborationId/documents/:exportId/file': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/documents/inte-ett-id/file` }),
  },
  // end of documents
  // indicators
  'GET /api/collaborations/:collaborationId/indicators': {
    expected: 'viewer',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators` }),
  },
  'POST /api/collaborations/:collaborationId/indicators': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators`, payload: { name: 'Andel trygga', direction: 'increase' } }),
  },
  'GET /api/collaborations/:collaborationId/indicators/:indicatorId': {
    expected: 'viewer',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators/${await f.freshIndicatorId()}` }),
  },
  'PATCH /api/collaborations/:collaborationId/indicators/:indicatorId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators/${await f.freshIndicatorId()}`, headers: { 'if-match': '"v1"' }, payload: { unit: 'procent' } }),
  },
  'DELETE /api/collaborations/:collaborationId/indicators/:indicatorId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators/${await f.freshIndicatorId()}` }),
  },
  'POST /api/collaborations/:collaborationId/indicators/:indicatorId/adopt': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators/${await f.freshIndicatorId()}/adopt`, headers: { 'if-match': '"v1"' }, payload: {} }),
  },
  'PUT /api/collaborations/:collaborationId/indicators/:indicatorId/values/:period': {
    expected: 'contributor',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators/${await f.freshIndicatorId()}/values/2025`, payload: { value: 71 } }),
  },
  'DELETE /api/collaborations/:collaborationId/indicators/:indicatorId/values/:period': {
    expected: 'contributor',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/indicators/${await f.freshIndicatorId()}/values/2024` }),
  },
  // end of indicators
  // problems
  'GET /api/collaborations/:collaborationId/problems': { expected: 'viewer', build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems` }) },
  'POST /api/collaborations/:collaborationId/problems': {
    expected: 'coordinator',
    build: (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems`, payload: { title: 'Klotter i centrum', priority: 'low' } }),
  },
  'GET /api/collaborations/:collaborationId/problems/:problemId': {
    expected: 'viewer',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems/${await f.freshProblemId()}` }),
  },
  'PATCH /api/collaborations/:collaborationId/problems/:problemId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems/${await f.freshProblemId()}`, headers: { 'if-match': '"v1"' }, payload: { priority: 'high' } }),
  },
  'DELETE /api/collaborations/:collaborationId/problems/:problemId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems/${await f.freshProblemId()}` }),
  },
  'POST /api/collaborations/:collaborationId/problems/:problemId/causes': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems/${await f.freshProblemId()}/causes`, payload: { kind: 'risk_factor', description: 'Dålig belysning' } }),
  },
  'PATCH /api/collaborations/:collaborationId/problem-causes/:causeId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problem-causes/${await f.freshCauseId()}`, headers: { 'if-match': '"v1"' }, payload: { description: 'Trasig belysning' } }),
  },
  'DELETE /api/collaborations/:collaborationId/problem-causes/:causeId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problem-causes/${await f.freshCauseId()}` }),
  },
  'POST /api/collaborations/:collaborationId/problems/:problemId/activities': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems/${await f.freshProblemId()}/activities`, payload: { activityId: f.activityId } }),
  },
  'DELETE /api/collaborations/:collaborationId/problems/:problemId/activities/:activityId': {
    expected: 'coordinator',
    build: async (f) => ({ url: `/api/collaborations/${f.collaborationId}/problems/${(await f.freshLinkedProblem()).problemId}/activities/${f.activityId}` }),
  },
  'POST /api/collaborations/:collaborationId/problems/:problemId/indicators': {
    expected: 'coordinator',
    build: async (f) => {
      const { indicatorId } = await f.freshLinkedProblem();
      return { url: `/api/collaborations/${f.collaborationId}/problems/${await f.freshProblemId()}/indicators`, payload: { indicatorId } };
    },
  },
  'DELETE /api/collaborations/:collaborationId/problems/:problemId/indicators/:indicatorId': {
    expected: 'coordinator',
    build: async (f) => {
      const { problemId, indicatorId } = await f.freshLinkedProblem();
      return { url: `/api/collaborations/${f.collaborationId}/problems/${problemId}/indicators/${indicatorId}` };
    },
  },
  // end of problems
};

function declared(access: Access): Expected {
  return access.kind === 'member' ? access.role : access.kind;
}

type Persona = 'anonymous' | 'viewer' | 'contributor' | 'coordinator' | 'admin' | 'outsider' | 'systemAdmin' | 'readToken' | 'writeToken';
const personas: Persona[] = ['anonymous', 'viewer', 'contributor', 'coordinator', 'admin', 'outsider', 'systemAdmin', 'readToken', 'writeToken'];
const rank: Record<MemberRole, number> = { viewer: 0, contributor: 1, coordinator: 2, admin: 3 };

/** The status a denied caller must get, or 'allowed'. */
function outcome(expected: Expected, persona: Persona): 'allowed' | 401 | 403 | 404 {
  if (expected === 'public') return 'allowed';
  if (persona === 'anonymous') return 401;
  const isToken = persona === 'readToken' || persona === 'writeToken';
  if (expected === 'signed-in') return isToken ? 401 : 'allowed';
  if (expected === 'system-admin') return isToken ? 401 : persona === 'systemAdmin' ? 'allowed' : 403;
  if (persona === 'outsider') return 404;
  if (persona === 'systemAdmin') return 'allowed';
  const role: MemberRole = persona === 'readToken' ? 'viewer' : persona === 'writeToken' ? 'coordinator' : persona;
  return rank[role] >= rank[expected] ? 'allowed' : 403;
}

describe('authorization matrix', () => {
  const ctx = useTestApp();
  let fixture: Fixture;
  const users = {} as Record<'viewer' | 'contributor' | 'coordinator' | 'admin' | 'outsider' | 'systemAdmin', UserRow>;
  const tokens = {} as Record<'readToken' | 'writeToken', string>;

  beforeAll(async () => {
    const db = ctx.database.db;
    const a = await buildCollaboration(db, { name: 'Samverkan A' });
    const b = await buildCollaboration(db, { name: 'Samverkan B', municipalityCode: '0180' });
    for (const role of ['viewer', 'contributor', 'coordinator', 'admin'] as const) {
      users[role] = await buildMember(db, a.collaboration.id, role, a.kommun.id);
    }
    users.outsider = await buildMember(db, b.collaboration.id, 'admin');
    users.systemAdmin = await buildUser(db, { isSystemAdmin: true });
    tokens.readToken = (await createToken(db, systemActor('test'), a.collaboration.id, { name: 'läs', scope: 'read' })).secret;
    tokens.writeToken = (await createToken(db, systemActor('test'), a.collaboration.id, { name: 'skriv', scope: 'write' })).secret;
    const signInUser = await buildUser(db);
    let n = 0;
    const actor = systemActor('test');
    const cid = a.collaboration.id;
    const plan = await createPlan(db, actor, cid, { kind: 'genomforandeplan', title: 'Plan', periodStart: '2025-01-01', periodEnd: '2026-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null });
    const activity = await createActivity(db, actor, cid, plan.id, { what: 'Trafikkontroller', whenText: 'Minst 10 per månad' });
    const chainView = { asOf: '2025-06-30', viewerOrganisationId: null };
    // groups and promises
    const group = await createGroup(db, actor, cid, { kind: 'steering', name: 'Styrgrupp', mandate: '', assignment: '', validFrom: null, validTo: null });
    const promiseInput = { municipalityId: a.kommun.id, title: 'Medborgarlöften', periodStart: '2025-01-01', periodEnd: '2026-12-31' };
    const promise = await createPromise(db, actor, cid, promiseInput);
    // agreements
    const agreementInput = { kind: 'samverkansavtal' as const, title: 'Samverkansavtal', content: { validity: { kind: 'open-ended' as const, from: '2025-01-01' } } };
    const newDraft = async () => createAgreement(db, actor, cid, { ...agreementInput, title: `Samverkansavtal ${++n}` }, '2025-06-30');
    const newAdopted = async () => {
      const d = await newDraft();
      return adoptAgreement(db, actor, cid, d.id, d.version, { adoptedOn: '2025-01-01' }, '2025-06-30');
    };
    const revisedAgreement = await newAdopted();
    // situation reports (lägesbild)
    let situationYear = 2000;
    const draftReport = await createReport(db, actor, cid, { year: ++situationYear });
    const adoptedReport = await adoptReport(db, actor, cid, draftReport.id, draftReport.version, { adoptedOn: '2025-03-12', adoptedByGroupId: null });
    await reviseAgreement(db, actor, cid, revisedAgreement.id, revisedAgreement.version, '2025-06-30');
    const reporter = (p: Persona): Viewer => {
      const user = p in users ? users[p as keyof typeof users] : users.admin;
      return { userId: user.id, role: 'admin', organisationId: null };
    };
    const freshLogId = async (p: Persona) =>
      (await createLog(db, actor, reporter(p), cid, activity.id, { occurredOn: '2025-03-01', count: 1, place: '', latitude: null, longitude: null, participants: [], note: '', restricted: false })).id;
    fixture = {
      collaborationId: a.collaboration.id,
      planId: plan.id,
      activityId: activity.id,
      freshFocusAreaId: async () => (await createFocusArea(db, actor, cid, { name: `Fokus ${++n}`, description: '' })).id,
      freshPlanId: async () =>
        (await createPlan(db, actor, cid, { kind: 'handlingsplan', title: `Plan ${++n}`, periodStart: '2025-01-01', periodEnd: '2025-12-31', adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null })).id,
      freshActivityId: async () => (await createActivity(db, actor, cid, plan.id, { what: `Aktivitet ${++n}` })).id,
      freshLogId,
      freshNoteId: async (p) => (await createNote(db, actor, reporter(p), cid, activity.id, { text: 'Anteckning', restricted: false })).id,
      freshAttachment: async (p) => {
        const logId = await freshLogId(p);
        const att = await addAttachment(db, actor, reporter(p), cid, logId, { filename: 'p.pdf', contentType: 'application/pdf', data: pdf, restricted: false });
        return { logId, attachmentId: att.id };
      },
      signInEmail: signInUser.email,
      freshPartyId: async () =>
        (await addParty(db, systemActor('test'), a.collaboration.id, { newOrganisation: { kind: 'other', name: `Skola ${++n}` } })).id,
      freshMemberId: async () => (await buildMember(db, a.collaboration.id, 'viewer')).id,
      freshTokenId: async () => (await createToken(db, systemActor('test'), a.collaboration.id, { name: `t${++n}`, scope: 'read' })).token.id,
      // groups and promises
      groupId: group.id,
      freshGroupId: async () => (await createGroup(db, actor, cid, { kind: 'steering', name: `Styrgrupp ${++n}`, mandate: '', assignment: '', validFrom: null, validTo: null })).id,
      freshGroupMember: async () => {
        const g = await createGroup(db, actor, cid, { kind: 'council', name: `Råd ${++n}`, mandate: '', assignment: '', validFrom: null, validTo: null });
        const m = await addGroupMember(db, actor, cid, g.id, { name: 'Mari Skog', title: 'Strateg', organisationId: null, organisationName: '' });
        return { groupId: g.id, memberId: m.member.id };
      },
      kommunId: a.kommun.id,
      promiseId: promise.id,
      freshPromiseId: async () => (await createPromise(db, actor, cid, { ...promiseInput, title: `Löften ${++n}` })).id,
      freshPromiseItemId: async () => (await createItem(db, actor, cid, promise.id, { text: `Löfte ${++n}`, partyIds: [a.kommun.id], focusAreaId: null })).id,
      // agreements
      agreementId: revisedAgreement.id,
      freshDraftAgreement: async () => {
        const d = await newDraft();
        return { id: d.id, etag: `"v${d.version}"` };
      },
      freshAdoptedAgreement: async () => {
        const d = await newAdopted();
        return { id: d.id, etag: `"v${d.version}"` };
      },
      // situation reports (lägesbild)
      situationReportId: adoptedReport.id,
      nextSituationYear: () => ++situationYear,
      freshSituationReport: async () => {
        const r = await createReport(db, actor, cid, { year: ++situationYear });
        return { id: r.id, etag: `"v${r.version}"` };
      },
      freshSituationPart: async (kind) => {
        const reportId = adoptedReport.id;
        if (kind === 'dialogue') return (await createDialogue(db, actor, cid, reportId, { kind: 'staff', heldOn: '2025-02-01', method: 'Medarbetarenkät', area: '', participantsCount: null, notes: '', outcomes: '' })).id;
        if (kind === 'incident') return (await createIncident(db, actor, cid, reportId, { occurredOn: '2025-03-01', timeOfDay: '', category: 'Klotter', place: 'Torget', area: '', description: '', reportedBy: '', count: 1 })).id;
        const walk = await createWalk(db, actor, cid, reportId, { walkedOn: '2025-04-24', area: 'Centrum', participantsCount: null, organisations: '', notes: '' });
        if (kind === 'walk') return walk.id;
        return (await createObservation(db, actor, cid, walk.id, { place: 'Torget', problem: 'Mörkt', proposedAction: '', owner: '', ownerOrganisationId: null, status: 'open' })).id;
      },
      // indicators
      freshIndicatorId: async () => {
        const indicator = await createIndicator(db, actor, cid, {
          ...{ name: `Indikator ${++n}`, description: '', unit: 'procent', direction: 'increase', source: 'manual', sourceSeries: null, sourceAreaCode: null },
          ...{ sourceArea: '', sourceDimension: '', per100k: false, activityId: null, focusAreaId: null, tolerance: null },
          ...{ baselineValue: 60, baselinePeriod: '2023', targetValue: 80, targetPeriod: '2026' },
        });
        await setIndicatorValue(db, actor, cid, indicator.id, '2024', { value: 65, note: '' });
        return indicator.id;
      },
      // problems
      freshProblemId: async () => (await createProblem(db, actor, cid, { title: `Problem ${++n}` }, chainView)).id,
      freshCauseId: async () => {
        const problem = await createProblem(db, actor, cid, { title: `Problem ${++n}` }, chainView);
        return (await addCause(db, actor, cid, problem.id, { kind: 'cause', description: 'Få vuxna ute på kvällen' })).id;
      },
      freshLinkedProblem: async () => {
        const problem = await createProblem(db, actor, cid, { title: `Problem ${++n}` }, chainView);
        const [indicator] = await db.insert(indicatorRows).values({ collaborationId: cid, name: `Indikator ${++n}`, direction: 'decrease', source: 'manual' }).returning();
        if (!indicator) throw new Error('no indicator');
        await linkActivity(db, actor, cid, problem.id, { activityId: activity.id, causeId: null }, chainView);
        await linkIndicator(db, actor, cid, problem.id, indicator.id, chainView);
        return { problemId: problem.id, indicatorId: indicator.id };
      },
    };
  });

  it('lists every route of the app, each with the rule it declares', () => {
    const actual = Object.fromEntries(ctx.app.routeTable.map((r) => [`${r.method} ${r.url}`, declared(r.access)]));
    const wanted = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.expected]));
    expect(actual).toEqual(wanted);
  });

  async function headersFor(persona: Persona): Promise<Record<string, string>> {
    if (persona === 'anonymous') return {};
    if (persona === 'readToken' || persona === 'writeToken') return { authorization: `Bearer ${tokens[persona]}` };
    // A new session per call: some routes (sign-out) end the session they are called with.
    const s = await startSession(ctx.database.db, users[persona], 1, systemActor('test'), 'test');
    return { cookie: `samverkan_session=${s.cookieValue}`, 'x-csrf-token': s.csrfToken };
  }

  for (const [key, spec] of Object.entries(table)) {
    it(`${key} answers each kind of caller as its rule says`, async () => {
      const [method, path] = key.split(' ') as [InjectOptions['method'], string];
      const results: string[] = [];
      for (const persona of personas) {
        const built = await spec.build(fixture, persona);
        const res = await ctx.app.inject({
          method,
          url: path,
          ...built,
          headers: { ...(built.headers ?? {}), ...(await headersFor(persona)) },
        });
        const want = outcome(spec.expected, persona);
        const ok =
          want === 'allowed'
            ? ![401, 403, 500].includes(res.statusCode) && !(res.statusCode === 404 && spec.expected !== 'public')
            : res.statusCode === want;
        if (!ok) results.push(`${persona}: wanted ${want}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400) {
          const body = res.json() as { error?: { code?: string; message?: string } };
          if (!body.error?.code || !body.error.message) results.push(`${persona}: ${res.statusCode} without the error shape`);
        }
      }
      expect(results).toEqual([]);
    });
  }
});
