import type { Db } from '#server/db/client.js';
import { AppError } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { findOrganisationByName, insertOrganisation, type OrganisationRow } from './organisations.repo.js';
import type { OrganisationDto } from './organisations.schemas.js';

export function presentOrganisation(o: OrganisationRow): OrganisationDto {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    municipalityCode: o.municipalityCode,
    countyCode: o.countyCode,
    countyName: o.countyName,
  };
}

/** Creates a police area or other organisation; a second one with the same kind and name is refused. */
export async function createOrganisation(
  tx: Db,
  actor: Actor,
  input: { kind: 'lokalpolisomrade' | 'other'; name: string },
  collaborationId: string | null,
): Promise<OrganisationRow> {
  if (await findOrganisationByName(tx, input.kind, input.name)) {
    throw new AppError('CONFLICT', `Organisationen "${input.name}" finns redan. Välj den i listan i stället.`);
  }
  const created = await insertOrganisation(tx, { kind: input.kind, name: input.name });
  await recordAudit(tx, actor, {
    collaborationId,
    action: 'create',
    entityType: 'organisation',
    entityId: created.id,
    after: presentOrganisation(created),
  });
  return created;
}
