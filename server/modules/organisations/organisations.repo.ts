import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.js';
import { organisations } from '#server/db/schema.js';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function searchOrganisations(
  db: Db,
  f: { kind?: OrganisationRow['kind'] | undefined; q?: string | undefined; limit: number },
): Promise<OrganisationRow[]> {
  const conditions: SQL[] = [];
  // Exact names first, then names starting with the text, then the rest: "Mora" before "Hedemora".
  const ranking: SQL[] = [];
  if (f.kind) conditions.push(eq(organisations.kind, f.kind));
  if (f.q) {
    const escaped = f.q.replace(/[\\%_]/g, (c) => `\\${c}`);
    const match = or(ilike(organisations.name, `%${escaped}%`), eq(organisations.municipalityCode, f.q));
    if (match) conditions.push(match);
    ranking.push(desc(sql`lower(${organisations.name}) = lower(${f.q})`), desc(sql`${organisations.name} ilike ${escaped + '%'}`));
  }
  return db
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(...ranking, asc(organisations.name))
    .limit(f.limit);
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return rows[0];
}

export async function findOrganisations(db: Db, ids: string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

export async function findOrganisationByName(db: Db, kind: OrganisationRow['kind'], name: string) {
  const rows = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.kind, kind), ilike(organisations.name, name.replace(/[\\%_]/g, (c) => `\\${c}`))))
    .limit(1);
  return rows[0];
}

export async function findMunicipalityByCode(db: Db, code: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.municipalityCode, code)).limit(1);
  return rows[0];
}

export async function insertOrganisation(db: Db, row: typeof organisations.$inferInsert): Promise<OrganisationRow> {
  const [created] = await db.insert(organisations).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}
