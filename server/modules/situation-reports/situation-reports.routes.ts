import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { viewerOf } from '#server/http/viewer.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import {
  adoptReportBody,
  createDialogueBody,
  createIncidentBody,
  createObservationBody,
  createReportBody,
  createWalkBody,
  dialogueParams,
  dialogueSchema,
  incidentParams,
  incidentSchema,
  observationParams,
  observationSchema,
  reportParams,
  reportSchema,
  reportSummarySchema,
  updateDialogueBody,
  updateIncidentBody,
  updateObservationBody,
  updateReportBody,
  updateWalkBody,
  versionParams,
  versionSchema,
  versionSummarySchema,
  walkParams,
  walkSchema,
} from './situation-reports.schemas.js';
import {
  adoptReport,
  createDialogue,
  createIncident,
  createObservation,
  createReport,
  createWalk,
  getReport,
  getReports,
  getVersion,
  getVersions,
  removeDialogue,
  removeIncident,
  removeObservation,
  removeReport,
  removeWalk,
  updateDialogue,
  updateIncident,
  updateObservation,
  updateReport,
  updateWalk,
} from './situation-reports.service.js';

/** The lägesbild as a document (law 2023:196, 4 §): kartläggning, annan information, analys; adopted versions. */
export const situationReportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['lägesbild'];
  const c = '/api/collaborations/:collaborationId';
  const base = `${c}/situation-reports`;
  const one = `${base}/:reportId`;
  const noContent = { 204: z.undefined(), ...writeErrorResponses };

  app.get(
    base,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Lägesbilder, en per år', params: collaborationParams, response: { 200: z.array(reportSummarySchema), ...commonErrorResponses } },
    },
    async (request) => getReports(db, request.params.collaborationId),
  );

  app.post(
    base,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny lägesbild för ett år (409 om året redan finns)', params: collaborationParams, body: createReportBody, response: { 201: reportSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const dto = await createReport(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    one,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'En lägesbild: texter, diagramserier med värden, dialoger, trygghetsvandringar, händelserapporter och deras sammanställning',
        params: reportParams,
        response: { 200: reportSchema, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const dto = await getReport(db, request.params.collaborationId, request.params.reportId);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    one,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ändra lägesbilden (kräver If-Match); en fastställd blir utkast till nästa version',
        params: reportParams,
        body: updateReportBody,
        response: { 200: reportSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, reportId } = request.params;
      const dto = await updateReport(db, actorOf(request), collaborationId, reportId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    one,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort en lägesbild som aldrig fastställts', params: reportParams, response: noContent },
    },
    async (request, reply) => {
      await removeReport(db, actorOf(request), request.params.collaborationId, request.params.reportId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${one}/adopt`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Fastställ lägesbilden (kräver If-Match): allt fryses som en daterad version',
        params: reportParams,
        body: adoptReportBody,
        response: { 200: reportSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, reportId } = request.params;
      const dto = await adoptReport(db, actorOf(request), collaborationId, reportId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.get(
    `${one}/versions`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'Lägesbildens fastställda versioner', params: reportParams, response: { 200: z.array(versionSummarySchema), ...commonErrorResponses } },
    },
    async (request) => getVersions(db, request.params.collaborationId, request.params.reportId),
  );

  app.get(
    `${one}/versions/:number`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'En fastställd version, så som den var den dagen', params: versionParams, response: { 200: versionSchema, ...commonErrorResponses } },
    },
    async (request) => getVersion(db, request.params.collaborationId, request.params.reportId, request.params.number),
  );

  // Medborgar- och medarbetardialoger.
  app.post(
    `${one}/dialogues`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny dialog (deltagare räknas, namnges aldrig)', params: reportParams, body: createDialogueBody, response: { 201: dialogueSchema, ...writeErrorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createDialogue(db, actorOf(request), request.params.collaborationId, request.params.reportId, request.body)),
  );

  app.patch(
    `${c}/situation-dialogues/:dialogueId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra en dialog (kräver If-Match)', params: dialogueParams, body: updateDialogueBody, response: { 200: dialogueSchema, ...writeErrorResponses } },
    },
    async (request) => updateDialogue(db, actorOf(request), request.params.collaborationId, request.params.dialogueId, expectedVersion(request), request.body),
  );

  app.delete(
    `${c}/situation-dialogues/:dialogueId`,
    { config: { access: access.member('coordinator') }, schema: { tags, summary: 'Ta bort en dialog', params: dialogueParams, response: noContent } },
    async (request, reply) => {
      await removeDialogue(db, actorOf(request), request.params.collaborationId, request.params.dialogueId);
      return reply.status(204).send();
    },
  );

  // Trygghetsvandringar and their protocols.
  app.post(
    `${one}/safety-walks`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny trygghetsvandring', params: reportParams, body: createWalkBody, response: { 201: walkSchema, ...writeErrorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createWalk(db, actorOf(request), request.params.collaborationId, request.params.reportId, request.body)),
  );

  app.patch(
    `${c}/safety-walks/:walkId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra en trygghetsvandring (kräver If-Match)', params: walkParams, body: updateWalkBody, response: { 200: walkSchema, ...writeErrorResponses } },
    },
    async (request) => updateWalk(db, actorOf(request), request.params.collaborationId, request.params.walkId, expectedVersion(request), request.body),
  );

  app.delete(
    `${c}/safety-walks/:walkId`,
    { config: { access: access.member('coordinator') }, schema: { tags, summary: 'Ta bort en trygghetsvandring med dess protokoll', params: walkParams, response: noContent } },
    async (request, reply) => {
      await removeWalk(db, actorOf(request), request.params.collaborationId, request.params.walkId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${c}/safety-walks/:walkId/observations`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ny iakttagelse i trygghetsvandringens protokoll', params: walkParams, body: createObservationBody, response: { 201: observationSchema, ...writeErrorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createObservation(db, actorOf(request), request.params.collaborationId, request.params.walkId, request.body)),
  );

  app.patch(
    `${c}/safety-walk-observations/:observationId`,
    {
      config: { access: access.member('contributor') },
      schema: {
        tags,
        summary: 'Ändra en iakttagelse (kräver If-Match); rapportörer ändrar bara status',
        params: observationParams,
        body: updateObservationBody,
        response: { 200: observationSchema, ...writeErrorResponses },
      },
    },
    async (request) =>
      updateObservation(db, actorOf(request), viewerOf(request), request.params.collaborationId, request.params.observationId, expectedVersion(request), request.body),
  );

  app.delete(
    `${c}/safety-walk-observations/:observationId`,
    { config: { access: access.member('coordinator') }, schema: { tags, summary: 'Ta bort en iakttagelse', params: observationParams, response: noContent } },
    async (request, reply) => {
      await removeObservation(db, actorOf(request), request.params.collaborationId, request.params.observationId);
      return reply.status(204).send();
    },
  );

  // EST-style incident reports: contributors report them.
  app.post(
    `${one}/incident-reports`,
    {
      config: { access: access.member('contributor') },
      schema: { tags, summary: 'Ny händelserapport (EST); inga namn', params: reportParams, body: createIncidentBody, response: { 201: incidentSchema, ...writeErrorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createIncident(db, actorOf(request), request.params.collaborationId, request.params.reportId, request.body)),
  );

  app.patch(
    `${c}/incident-reports/:incidentId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra en händelserapport (kräver If-Match)', params: incidentParams, body: updateIncidentBody, response: { 200: incidentSchema, ...writeErrorResponses } },
    },
    async (request) => updateIncident(db, actorOf(request), request.params.collaborationId, request.params.incidentId, expectedVersion(request), request.body),
  );

  app.delete(
    `${c}/incident-reports/:incidentId`,
    { config: { access: access.member('coordinator') }, schema: { tags, summary: 'Ta bort en händelserapport', params: incidentParams, response: noContent } },
    async (request, reply) => {
      await removeIncident(db, actorOf(request), request.params.collaborationId, request.params.incidentId);
      return reply.status(204).send();
    },
  );
};
