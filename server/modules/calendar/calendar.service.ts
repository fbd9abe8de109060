import type { Db } from '#server/db/client.js';
import { newSecret, sha256 } from '#server/http/crypto.js';
import { AppError, forbidden, notFound } from '#server/http/errors.js';
import type { MemberRole } from '#server/http/access.js';
import { getAgreements } from '#server/modules/agreements/agreements.service.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { findCollaboration } from '#server/modules/collaborations/collaborations.repo.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import { findMembership } from '#server/modules/members/members.repo.js';
import { listActivities } from '#server/modules/plans/plans.repo.js';
import type { UserRow } from '#server/modules/session/session.repo.js';
import { feedEvents, feedRange, type AgreementEnd, type PersonalScope } from './calendar.content.js';
import { renderCalendar } from './calendar.ics.js';
import {
  findActiveFeedByHash,
  findFeed,
  insertFeed,
  listFeeds,
  organisationNames,
  plansOverlapping,
  revokeFeed,
  touchFeed,
  type CalendarFeedRow,
  type CalendarFeedWithOwner,
} from './calendar.repo.js';
import type { CreateCalendarFeedInput } from './calendar.schemas.js';

/** Who manages feeds: the member's role here, and the person (null for an API token). */
export interface FeedManager {
  role: MemberRole;
  user: UserRow | null;
}

const FEED = 'Kalenderflödet';

export function presentFeed({ feed, ownerName }: CalendarFeedWithOwner) {
  return {
    id: feed.id,
    name: feed.name,
    personal: feed.userId !== null,
    owner: feed.userId === null ? null : { id: feed.userId, displayName: ownerName ?? '' },
    createdAt: feed.createdAt.toISOString(),
    lastUsedAt: feed.lastUsedAt?.toISOString() ?? null,
    revokedAt: feed.revokedAt?.toISOString() ?? null,
  };
}

/** The address a calendar client subscribes to. */
export const feedUrl = (origin: string, secret: string) => `${origin}/api/calendar/${secret}.ics`;

/** Admins see every feed of the collaboration; everyone else only their own personal feeds. */
export async function getFeeds(db: Db, collaborationId: string, manager: FeedManager) {
  if (manager.role === 'admin') return (await listFeeds(db, collaborationId)).map(presentFeed);
  if (!manager.user) return [];
  return (await listFeeds(db, collaborationId, manager.user.id)).map(presentFeed);
}

export async function createFeed(db: Db, actor: Actor, collaborationId: string, manager: FeedManager, input: CreateCalendarFeedInput, origin: string) {
  if (!manager.user) throw forbidden('Kalenderflöden skapas av inloggade medlemmar, inte med API-nycklar.');
  const user = manager.user;
  return db.transaction(async (tx) => {
    if (input.personal) {
      // A personal feed follows the member's organisation, so only members have one.
      if (!(await findMembership(tx, collaborationId, user.id))) throw forbidden('Personliga kalenderflöden är till för medlemmar i samverkan.');
    } else if (manager.role !== 'admin') {
      throw forbidden('Endast administratörer får skapa samverkans gemensamma kalenderflöde.');
    }
    const secret = newSecret(32);
    const row = await insertFeed(tx, {
      collaborationId,
      userId: input.personal ? user.id : null,
      name: input.name,
      tokenHash: sha256(secret),
      createdBy: user.id,
    });
    const feed = presentFeed({ feed: row, ownerName: input.personal ? user.displayName : null });
    await recordAudit(tx, actor, { collaborationId, action: 'create', entityType: 'calendar-feed', entityId: row.id, after: feed });
    return { feed, url: feedUrl(origin, secret) };
  });
}

/** Revokes a feed: one's own personal feed, or any feed as an admin. Others' feeds are not shown, so they are a 404. */
export async function revoke(db: Db, actor: Actor, collaborationId: string, manager: FeedManager, feedId: string) {
  return db.transaction(async (tx) => {
    const current = await findFeed(tx, collaborationId, feedId);
    const own = current !== undefined && manager.user !== null && current.feed.userId === manager.user.id;
    if (!current || (manager.role !== 'admin' && !own)) throw notFound(FEED);
    if (current.feed.revokedAt) throw new AppError('CONFLICT', 'Kalenderflödet är redan återkallat.');
    const row = await revokeFeed(tx, feedId, new Date());
    await recordAudit(tx, actor, {
      collaborationId,
      action: 'revoke',
      entityType: 'calendar-feed',
      entityId: feedId,
      before: presentFeed(current),
      after: presentFeed({ feed: row, ownerName: current.ownerName }),
    });
  });
}

/** The personal scope of a feed, or undefined when its member has left the collaboration (the feed then answers 404). */
async function personalScope(db: Db, feed: CalendarFeedRow): Promise<PersonalScope | null | undefined> {
  if (feed.userId === null) return null;
  const membership = await findMembership(db, feed.collaborationId, feed.userId);
  if (!membership) return undefined;
  const organisationId = membership.organisationId;
  const organisationName = organisationId ? ((await organisationNames(db, [organisationId])).get(organisationId) ?? null) : null;
  return { organisationId, organisationName };
}

/**
 * The feed behind a secret, as iCalendar text. Unknown, revoked and orphaned feeds are all the
 * same 404, so the answer never tells which.
 */
export async function renderFeed(db: Db, secret: string, origin: string, now = new Date()): Promise<string> {
  const feed = await findActiveFeedByHash(db, sha256(secret));
  const missing = () => notFound(FEED);
  if (!feed) throw missing();
  const scope = await personalScope(db, feed);
  if (scope === undefined) throw missing();
  const collaboration = await findCollaboration(db, feed.collaborationId);
  if (!collaboration) throw missing();

  const today = todayInSweden(now);
  const range = feedRange(today);
  const plans = await plansOverlapping(db, feed.collaborationId, range.start, range.end);
  const activities = await listActivities(
    db,
    plans.map((p) => p.id),
  );
  const names = await organisationNames(db, [...new Set(activities.flatMap((a) => (a.responsibleOrganisationId ? [a.responsibleOrganisationId] : [])))]);
  const agreements: AgreementEnd[] = (await getAgreements(db, feed.collaborationId, today)).flatMap((a) =>
    a.status.status !== 'utkast' && a.status.validTo !== null
      ? [{ id: a.id, title: a.title, validTo: a.status.validTo, renews: a.status.renews, statusText: a.status.text.sv }]
      : [],
  );
  const events = feedEvents({
    collaborationId: feed.collaborationId,
    origin,
    today,
    plans,
    activities,
    organisationNames: names,
    agreements,
    personal: scope,
  });
  await touchFeed(db, feed.id, now);
  return renderCalendar({
    name: `${collaboration.name}: ${feed.name}`,
    description: scope
      ? `Samverkan ${collaboration.name}: aktiviteter som din organisation ansvarar för, uppföljningar och avtalens slutdatum.`
      : `Samverkan ${collaboration.name}: aktiviteter, uppföljningar och avtalens slutdatum.`,
    events,
    now,
  });
}
