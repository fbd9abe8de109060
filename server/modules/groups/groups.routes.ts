import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { actorOf } from '#server/http/auth.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { writeErrorResponses } from '#server/http/responses.js';
import { expectedVersion, setEtag } from '#server/http/versioning.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import {
  createGroupBody,
  createGroupMemberBody,
  groupMemberParams,
  groupMemberSchema,
  groupParams,
  groupSchema,
  groupsQuery,
  updateGroupBody,
  updateGroupMemberBody,
} from './groups.schemas.js';
import { addGroupMember, createGroup, getGroup, getGroups, removeGroup, removeGroupMember, updateGroup, updateGroupMember } from './groups.service.js';

export const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['groups'];
  const base = '/api/collaborations/:collaborationId';

  app.get(
    `${base}/groups`,
    {
      config: { access: access.member('viewer') },
      schema: {
        tags,
        summary: 'Grupper (styrgrupp, beredningsgrupp, arbetsgrupper, råd, lokala samverkansgrupper) med medlemmar; active avser asOf (standard i dag)',
        params: collaborationParams,
        querystring: groupsQuery,
        response: { 200: z.array(groupSchema), ...commonErrorResponses },
      },
    },
    async (request) => getGroups(db, request.params.collaborationId, request.query.asOf),
  );

  app.post(
    `${base}/groups`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ny grupp (arbetsgrupper kräver slutdatum)',
        params: collaborationParams,
        body: createGroupBody,
        response: { 201: groupSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const dto = await createGroup(db, actorOf(request), request.params.collaborationId, request.body);
      setEtag(reply, dto.version);
      return reply.status(201).send(dto);
    },
  );

  app.get(
    `${base}/groups/:groupId`,
    {
      config: { access: access.member('viewer') },
      schema: { tags, summary: 'En grupp med medlemmar', params: groupParams, querystring: groupsQuery, response: { 200: groupSchema, ...commonErrorResponses } },
    },
    async (request, reply) => {
      const dto = await getGroup(db, request.params.collaborationId, request.params.groupId, request.query.asOf);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.patch(
    `${base}/groups/:groupId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ändra grupp (kräver If-Match)', params: groupParams, body: updateGroupBody, response: { 200: groupSchema, ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, groupId } = request.params;
      const dto = await updateGroup(db, actorOf(request), collaborationId, groupId, expectedVersion(request), request.body);
      setEtag(reply, dto.version);
      return dto;
    },
  );

  app.delete(
    `${base}/groups/:groupId`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ta bort grupp med medlemmar (planer som gruppen fastställt behålls utan koppling)',
        params: groupParams,
        response: { 204: z.undefined(), ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      await removeGroup(db, actorOf(request), request.params.collaborationId, request.params.groupId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/groups/:groupId/members`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ny gruppmedlem (kontaktperson, behöver inte vara användare); ETag är gruppens nya version',
        params: groupParams,
        body: createGroupMemberBody,
        response: { 201: groupMemberSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, groupId } = request.params;
      const result = await addGroupMember(db, actorOf(request), collaborationId, groupId, request.body);
      setEtag(reply, result.groupVersion);
      return reply.status(201).send(result.member);
    },
  );

  app.patch(
    `${base}/groups/:groupId/members/:memberId`,
    {
      config: { access: access.member('coordinator') },
      schema: {
        tags,
        summary: 'Ändra gruppmedlem (kräver If-Match med gruppens version); ETag är gruppens nya version',
        params: groupMemberParams,
        body: updateGroupMemberBody,
        response: { 200: groupMemberSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId, groupId, memberId } = request.params;
      const result = await updateGroupMember(db, actorOf(request), collaborationId, groupId, memberId, expectedVersion(request), request.body);
      setEtag(reply, result.groupVersion);
      return result.member;
    },
  );

  app.delete(
    `${base}/groups/:groupId/members/:memberId`,
    {
      config: { access: access.member('coordinator') },
      schema: { tags, summary: 'Ta bort gruppmedlem', params: groupMemberParams, response: { 204: z.undefined(), ...writeErrorResponses } },
    },
    async (request, reply) => {
      const { collaborationId, groupId, memberId } = request.params;
      await removeGroupMember(db, actorOf(request), collaborationId, groupId, memberId);
      return reply.status(204).send();
    },
  );
};
