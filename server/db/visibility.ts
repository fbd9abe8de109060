import { eq, isNull, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Rows restricted to an organisation ("endast Polisen") are visible only to members acting for it. */
export function visibleTo(table: { restrictedToOrganisationId: PgColumn }, viewerOrganisationId: string | null): SQL {
  const open = isNull(table.restrictedToOrganisationId);
  return viewerOrganisationId ? (or(open, eq(table.restrictedToOrganisationId, viewerOrganisationId)) as SQL) : open;
}
