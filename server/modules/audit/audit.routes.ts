import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '#server/http/access.js';
import { commonErrorResponses } from '#server/http/errors.js';
import { collaborationParams } from '#server/modules/collaborations/collaborations.schemas.js';
import { browseAudit } from './audit.service.js';

const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    actorTokenId: z.uuid().nullable(),
    /** Who did it, as named at the time. */
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

const auditQuery = z.strictObject({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  action: z.string().max(30).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  /** Entries older than this id (next page). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A date-only "to" includes the whole day. */
function endOf(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get(
    '/api/collaborations/:collaborationId/audit',
    {
      config: { access: access.member('admin') },
      schema: {
        tags: ['audit'],
        summary: 'Ändringslogg (nyast först)',
        params: collaborationParams,
        querystring: auditQuery,
        response: { 200: z.object({ events: z.array(auditEventSchema), nextBefore: z.number().int().nullable() }), ...commonErrorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await browseAudit(db, {
        collaborationId: request.params.collaborationId,
        entityType: q.entityType,
        entityId: q.entityId,
        actorUserId: q.actorUserId,
        action: q.action,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? endOf(q.to) : undefined,
        before: q.before,
        limit: q.limit,
        viewerOrganisationId: request.auth.organisationId,
      });
      const events = rows.map(({ restrictedToOrganisationId: _r, ...r }) => ({ ...r, at: r.at.toISOString() }));
      const last = rows.at(-1);
      return { events, nextBefore: rows.length === q.limit && last ? last.id : null };
    },
  );
};
