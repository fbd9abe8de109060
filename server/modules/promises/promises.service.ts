import type { Db } from '#server/db/client.js';
import { activities, citizenPromises, focusAreas, promiseItems } from '#server/db/schema.js';
import { findInCollaboration, updateIfVersion } from '#server/db/versioned.js';
import { AppError, notFound } from '#server/http/errors.js';
import { staleVersion } from '#server/http/versioning.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { presentItem, presentPromise } from './promises.presenter.js';
import {
  activityIdsInCollaboration,
  deleteItem,
  deletePromise,
  insertItem,
  insertPromise,
  listItems,
  listItemsOfActivity,
  listLinkedActivities,
  listPromises,
  municipalityName,
  nextItemOrder,
  replaceLinks,
  type CitizenPromiseRow,
  type PromiseItemRow,
} from './promises.repo.js';
import type { CreateItemInput, CreatePromiseInput, PromiseItemDto, UpdateItemInput, UpdatePromiseInput } from './promises.schemas.js';

interface FieldIssue {
  field: string;
  message: string;
}

const fieldErrors = (issues: FieldIssue[]) => new AppError('VALIDATION', issues[0]?.message ?? 'Uppgifterna är inte giltiga.', issues);
const fieldError = (field: string, message: string) => fieldErrors([{ field: `body.${field}`, message }]);

const unique = (ids: string[]) => [...new Set(ids)];

async function partyList(tx: Db, collaborationId: string) {
  return (await partiesOf(tx, [collaborationId])).get(collaborationId) ?? [];
}

/** The kommun the promises are made to must be one of the collaboration's kommuner. */
async function checkMunicipality(tx: Db, collaborationId: string, organisationId: string): Promise<void> {
  const party = (await partyList(tx, collaborationId)).find((p) => p.id === organisationId);
  if (!party || party.kind !== 'kommun') throw fieldError('municipalityId', 'Välj en kommun som är part i samverkan.');
}

async function checkItemRefs(tx: Db, collaborationId: string, input: UpdateItemInput): Promise<void> {
  if (input.partyIds) {
    const parties = new Set((await partyList(tx, collaborationId)).map((p) => p.id));
    const issues = input.partyIds.flatMap((id, i) =>
      parties.has(id) ? [] : [{ field: `body.partyIds.${i}`, message: 'Den som lovar måste vara en av samverkans parter.' }],
    );
    if (issues.length > 0) throw fieldErrors(issues);
  }
  if (input.focusAreaId && !(await findInCollaboration(tx, focusAreas, collaborationId, input.focusAreaId))) {
    throw fieldError('focusAreaId', 'Fokusområdet finns inte i samverkan.');
  }
}

async function findPromise(tx: Db, collaborationId: string, promiseId: string): Promise<CitizenPromiseRow> {
  const row = await findInCollaboration(tx, citizenPromises, collaborationId, promiseId);
  if (!row) throw notFound('Medborgarlöftet');
  return row;
}

async function findItem(tx: Db, collaborationId: string, itemId: string): Promise<PromiseItemRow> {
  const row = await findInCollaboration(tx, promiseItems, collaborationId, itemId);
  if (!row) throw notFound('Löftet');
  return row;
}

async function itemDto(tx: Db, row: PromiseItemRow): Promise<PromiseItemDto> {
  return presentItem(row, await listLinkedActivities(tx, [row.id]));
}

async function promiseWithItems(tx: Db, row: CitizenPromiseRow) {
  const items = await listItems(tx, [row.id]);
  const links = await listLinkedActivities(tx, items.map((i) => i.id));
  return { ...presentPromise(row, await municipalityName(tx, row.municipalityId), items.length), items: items.map((i) => presentItem(i, links)) };
}

export async function getPromises(db: Db, collaborationId: string) {
  return (await listPromises(db, collaborationId)).map((r) => presentPromise(r.promise, r.municipalityName, r.itemCount));
}

export async function getPromise(db: Db, collaborationId: string, promiseId: string) {
  return promiseWithItems(db, await findPromise(db, collaborationId, promiseId));
}

export async function createPromise(db: Db, actor: Actor, collaborationId: string, input: CreatePromiseInput) {
  return db.transaction(async (tx) => {
    await checkMunicipality(tx, collaborationId, input.municipalityId);
    const row = await insertPromise(tx, { collaborationId, ...input, effects: input.effects ?? '' });
    const dto = presentPromise(row, await municipalityName(tx, row.municipalityId), 0);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'citizen-promise', entityId: row.id, after: dto });
    return dto;
  });
}

export async function updatePromise(db: Db, actor: Actor, collaborationId: string, promiseId: string, expectedVersion: number, patch: UpdatePromiseInput) {
  return db.transaction(async (tx) => {
    const before = await findPromise(tx, collaborationId, promiseId);
    const count = (await listItems(tx, [promiseId])).length;
    const beforeDto = presentPromise(before, await municipalityName(tx, before.municipalityId), count);
    if ((patch.periodStart ?? before.periodStart) > (patch.periodEnd ?? before.periodEnd)) {
      throw fieldError('periodEnd', 'Periodens slut kan inte ligga före dess början.');
    }
    if (patch.municipalityId) await checkMunicipality(tx, collaborationId, patch.municipalityId);
    const after = await updateIfVersion(tx, citizenPromises, collaborationId, promiseId, expectedVersion, patch);
    if (!after) throw staleVersion(beforeDto);
    const dto = presentPromise(after, await municipalityName(tx, after.municipalityId), count);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'citizen-promise', entityId: promiseId, before: beforeDto, after: dto });
    return dto;
  });
}

export async function removePromise(db: Db, actor: Actor, collaborationId: string, promiseId: string) {
  await db.transaction(async (tx) => {
    const before = await promiseWithItems(tx, await findPromise(tx, collaborationId, promiseId));
    await deletePromise(tx, promiseId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'citizen-promise', entityId: promiseId, before });
  });
}

export async function createItem(db: Db, actor: Actor, collaborationId: string, promiseId: string, input: CreateItemInput) {
  return db.transaction(async (tx) => {
    await findPromise(tx, collaborationId, promiseId);
    await checkItemRefs(tx, collaborationId, input);
    const row = await insertItem(tx, {
      collaborationId,
      promiseId,
      text: input.text,
      partyIds: unique(input.partyIds),
      focusAreaId: input.focusAreaId,
      sortOrder: input.sortOrder ?? (await nextItemOrder(tx, promiseId)),
    });
    const dto = presentItem(row, []);
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'promise-item', entityId: row.id, after: dto });
    return dto;
  });
}

export async function updateItem(db: Db, actor: Actor, collaborationId: string, itemId: string, expectedVersion: number, patch: UpdateItemInput) {
  return db.transaction(async (tx) => {
    const before = await itemDto(tx, await findItem(tx, collaborationId, itemId));
    await checkItemRefs(tx, collaborationId, patch);
    const after = await updateIfVersion(tx, promiseItems, collaborationId, itemId, expectedVersion, {
      ...patch,
      partyIds: patch.partyIds ? unique(patch.partyIds) : undefined,
    });
    if (!after) throw staleVersion(before);
    const dto = await itemDto(tx, after);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'promise-item', entityId: itemId, before, after: dto });
    return dto;
  });
}

export async function removeItem(db: Db, actor: Actor, collaborationId: string, itemId: string) {
  await db.transaction(async (tx) => {
    const before = await itemDto(tx, await findItem(tx, collaborationId, itemId));
    await deleteItem(tx, itemId);
    await recordAudit(tx, actor, { collaborationId, action: 'delete', entityType: 'promise-item', entityId: itemId, before });
  });
}

/** Replaces the set of activities that deliver the item; each must be an activity of this collaboration. */
export async function setItemActivities(db: Db, actor: Actor, collaborationId: string, itemId: string, expectedVersion: number, activityIds: string[]) {
  return db.transaction(async (tx) => {
    const before = await itemDto(tx, await findItem(tx, collaborationId, itemId));
    const known = await activityIdsInCollaboration(tx, collaborationId, unique(activityIds));
    const issues = activityIds.flatMap((id, i) =>
      known.has(id) ? [] : [{ field: `body.activityIds.${i}`, message: 'Aktiviteten finns inte i samverkans planer.' }],
    );
    if (issues.length > 0) throw fieldErrors(issues);
    const after = await updateIfVersion(tx, promiseItems, collaborationId, itemId, expectedVersion, {});
    if (!after) throw staleVersion(before);
    await replaceLinks(tx, collaborationId, itemId, unique(activityIds));
    const dto = await itemDto(tx, after);
    await recordAudit(tx, actor, { collaborationId, action: 'update', entityType: 'promise-item', entityId: itemId, before, after: dto });
    return dto;
  });
}

/** The promise items an activity delivers. */
export async function getActivityPromises(db: Db, collaborationId: string, activityId: string) {
  if (!(await findInCollaboration(db, activities, collaborationId, activityId))) throw notFound('Aktiviteten');
  const rows = await listItemsOfActivity(db, collaborationId, activityId);
  const links = await listLinkedActivities(db, rows.map((r) => r.item.id));
  return rows.map((r) => ({
    ...presentItem(r.item, links),
    promise: {
      id: r.promise.id,
      title: r.promise.title,
      municipalityId: r.promise.municipalityId,
      municipalityName: r.municipalityName,
      periodStart: r.promise.periodStart,
      periodEnd: r.promise.periodEnd,
    },
  }));
}
