import { matchParty, partiesNamed, suggestPromise, validityOf, type PartyRef } from '#domain/document-import/commit-defaults.js';
import type { Extraction } from '#domain/extraction/extraction.js';
import { DocumentReadError } from '#importers/documents/errors.js';
import { importDocument, type ImportedDocument } from '#importers/documents/pipeline.js';
import type { Db } from '#server/db/client.js';
import { AppError } from '#server/http/errors.js';
import type { Actor } from '#server/modules/audit/actor.js';
import { recordAudit } from '#server/modules/audit/audit.service.js';
import { createAgreementBody, type CreateAgreementInput } from '#server/modules/agreements/agreements.schemas.js';
import { createAgreement } from '#server/modules/agreements/agreements.service.js';
import { partiesOf } from '#server/modules/collaborations/collaborations.repo.js';
import { createFocusAreaBody } from '#server/modules/focus-areas/focus-areas.schemas.js';
import { createFocusArea, getFocusAreas } from '#server/modules/focus-areas/focus-areas.service.js';
import { todayInSweden } from '#server/modules/follow-up/follow-up.service.js';
import { createActivityBody, createPlanBody, type CreateActivityInput } from '#server/modules/plans/plans.schemas.js';
import { createActivity, createPlan } from '#server/modules/plans/plans.service.js';
import { createItemBody, createPromiseBody, type CreateItemInput, type CreatePromiseInput } from '#server/modules/promises/promises.schemas.js';
import { createItem, createPromise, setItemActivities } from '#server/modules/promises/promises.service.js';
import { commitBody, type CommitChoices, type CommitInput, type CommitResult } from './document-import.schemas.js';

interface Issue {
  field: string;
  message: string;
}
type ZodIssueLike = { path: PropertyKey[]; message: string };

const TYPE_CODES = new Set(['legacy-word', 'rtf', 'image', 'unknown-type']);

/** Reads an uploaded file into an extraction; nothing is stored. */
export async function readDocument(input: { bytes: Uint8Array; fileName: string; signal?: AbortSignal }): Promise<ImportedDocument> {
  try {
    return await importDocument(input);
  } catch (error) {
    if (!(error instanceof DocumentReadError)) throw error;
    if (error.code === 'too-large') throw new AppError('PAYLOAD_TOO_LARGE', error.message);
    throw new AppError(TYPE_CODES.has(error.code) ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', error.message, { code: error.code });
  }
}

// Each extraction field in the user's words, for messages that say where the problem is.
const PLAN_ROW_LABELS: Record<string, string> = {
  what: 'Vad',
  when: 'När',
  frequency: 'Mål',
  partners: 'Samverkan',
  responsible: 'Ansvarig',
  followUp: 'Uppföljning',
  focusArea: 'Fokusområde',
};

function labelOf(field: string): string {
  const [head, index, sub] = field.split('.');
  const n = Number(index) + 1;
  switch (head) {
    case 'planRows':
      return `Planrad ${n}${sub ? ` (${PLAN_ROW_LABELS[sub] ?? sub})` : ''}`;
    case 'signatories':
      return `Undertecknare ${n}`;
    case 'commitments':
      return `Åtagande ${n}`;
    case 'focusAreas':
      return `Fokusområde ${n}`;
    default:
      return (
        {
          title: 'Titel',
          diarienummer: 'Diarienummer',
          validFrom: 'Gäller från',
          validTo: 'Gäller till',
          agreement: 'Avtalet',
          plan: 'Planen',
          promises: 'Medborgarlöftena',
        }[head ?? ''] ?? 'Uppgifterna'
      );
  }
}

/** An issue at a path of the request body ("extraction.planRows.3.what"), its message led by the field's name. */
function issueAt(path: string, message: string): Issue {
  const inner = path.replace(/^(extraction|choices)\./, '');
  return { field: `body.${path}`, message: `${labelOf(inner)}: ${message}` };
}

const validationError = (issues: Issue[]) => new AppError('VALIDATION', issues[0]?.message ?? 'Uppgifterna är inte giltiga.', issues);

/** Zod issues of a module's input, placed at the extraction field they came from (`place` maps the input path). */
function collect(issues: Issue[], zodIssues: readonly ZodIssueLike[] | undefined, place: (path: string[]) => string) {
  for (const zi of zodIssues ?? []) issues.push(issueAt(place(zi.path.map(String)), zi.message));
}

const ACTIVITY_TO_ROW: Record<string, string> = { whenText: 'when', followUpMeasure: 'followUp' };

const FOCUS_NAME_MAX = 300;
/** A focus area longer than a name may be keeps its whole text as the description. */
function focusAreaInput(text: string) {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= FOCUS_NAME_MAX) return { name: clean, description: '' };
  return { name: `${clean.slice(0, FOCUS_NAME_MAX - 1).trimEnd()}…`, description: clean };
}
const key = (name: string) => name.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

interface Prepared {
  focusAreaNames: { name: string; description: string; path: string }[];
  agreement: CreateAgreementInput | null;
  agreementFocusNames: string[];
  plan: { kind: CommitChoices['plan']['kind']; title: string; periodStart: string; periodEnd: string } | null;
  activities: { input: CreateActivityInput; focusArea: string | null }[];
  promise: CreatePromiseInput | null;
  items: { input: Omit<CreateItemInput, 'focusAreaId'>; focusArea: string; activityRows: number[] }[];
}

/** Everything the commit would write, checked against the modules' own input schemas first (no writes yet). */
function prepare(e: Extraction, choices: CommitChoices, parties: PartyRef[]): Prepared {
  const issues: Issue[] = [];
  const partyIds = new Set(parties.map((p) => p.id));
  const title = e.title?.trim() ?? '';
  const validity = validityOf(e);

  // Focus areas: the document's own, then those its plan rows are grouped under.
  const focusAreaNames: Prepared['focusAreaNames'] = [];
  const seen = new Set<string>();
  const addFocus = (text: string | null | undefined, path: string) => {
    if (!text?.trim()) return;
    const input = focusAreaInput(text);
    const parsed = createFocusAreaBody.safeParse(input);
    if (!parsed.success) return collect(issues, parsed.error.issues, () => path);
    if (seen.has(key(input.name))) return;
    seen.add(key(input.name));
    focusAreaNames.push({ ...input, path });
  };
  e.focusAreas.forEach((f, i) => addFocus(f, `extraction.focusAreas.${i}`));
  e.planRows.forEach((r, i) => addFocus(r.focusArea, `extraction.planRows.${i}.focusArea`));
  const nameOf = (text: string) => focusAreaInput(text).name;

  // Agreement.
  let agreement: CreateAgreementInput | null = null;
  const named = partiesNamed(e, parties);
  const chosenParties = choices.agreement.parties;
  (chosenParties ?? []).forEach((id, i) => {
    if (!partyIds.has(id)) issues.push(issueAt(`choices.agreement.parties.${i}`, 'Organisationen är inte part i samverkan.'));
  });
  const commitmentParty = (i: number, party: string): string | null | undefined => {
    const chosen = choices.commitmentParties?.[i];
    if (chosen === 'joint') return null;
    if (chosen) return chosen;
    if (/\b(parterna|gemensam|gemensamt|båda)\b/i.test(party)) return null;
    return matchParty(party, parties) ?? undefined;
  };
  if (choices.agreement.create ?? e.kind !== 'handlingsplan') {
    const commitments = (e.commitments ?? []).map((c, i) => {
      const partyId = commitmentParty(i, c.party);
      if (partyId === undefined) {
        issues.push(issueAt(`choices.commitmentParties.${i}`, `Välj vilken part åtagandet hör till ("${c.party}" är ingen part i samverkan).`));
      }
      return { partyId: partyId ?? null, text: c.text };
    });
    const signatories = e.signatories.map((s) => ({
      name: s.name,
      title: s.title ?? '',
      organisation: s.organisation ?? '',
      organisationId: matchParty(s.organisation ?? s.title, parties),
    }));
    const own = new Set(chosenParties ?? [...named, ...commitments.map((c) => c.partyId), ...signatories.map((s) => s.organisationId)]);
    // Without a choice, whoever commits or signs is a party of the agreement.
    const agreementParties = parties.map((p) => p.id).filter((id) => own.has(id));
    const parsed = createAgreementBody.safeParse({
      kind: choices.agreement.kind,
      title: choices.agreement.title ?? title,
      content: {
        metadata: { diarienummer: e.diarienummer ?? '' },
        parties: agreementParties,
        commitments,
        signatories: signatories.map((s) => ({ ...s, organisationId: s.organisationId && own.has(s.organisationId) ? s.organisationId : null })),
        validity,
      },
    });
    if (parsed.success) agreement = parsed.data;
    collect(issues, parsed.error?.issues, (p) => {
      if (p[0] === 'title') return choices.agreement.title === undefined ? 'extraction.title' : 'choices.agreement.title';
      if (p[0] !== 'content') return 'choices.agreement';
      if (p[1] === 'signatories' || p[1] === 'commitments') return ['extraction', ...p.slice(1, 4)].join('.');
      if (p[1] === 'metadata') return 'extraction.diarienummer';
      if (p[1] === 'validity') return p.includes('from') ? 'extraction.validFrom' : 'extraction.validTo';
      return 'choices.agreement.parties';
    });
  }
  const agreementFocusNames = e.focusAreas.filter((f) => f.trim()).map(nameOf);

  // Plan and its activities.
  const periodStart = choices.plan.periodStart ?? e.validFrom;
  const periodEnd = choices.plan.periodEnd ?? e.validTo;
  let plan: Prepared['plan'] = null;
  const activities: Prepared['activities'] = [];
  if (choices.plan.create ?? e.planRows.length > 0) {
    if (!periodStart || !periodEnd) {
      issues.push(issueAt(`choices.plan.${periodStart ? 'periodEnd' : 'periodStart'}`, 'Ange planens period; dokumentet anger ingen hel giltighetstid.'));
    } else {
      const parsed = createPlanBody.safeParse({ kind: choices.plan.kind, title: choices.plan.title ?? title, periodStart, periodEnd });
      if (parsed.success) plan = { ...parsed.data, kind: parsed.data.kind };
      collect(issues, parsed.error?.issues, (p) => (p[0] === 'title' && choices.plan.title === undefined ? 'extraction.title' : `choices.plan.${p[0] ?? 'title'}`));
    }
    e.planRows.forEach((row, i) => {
      const parsed = createActivityBody.safeParse({
        what: row.what,
        whenText: row.when ?? '',
        frequency: row.frequency,
        partners: (row.partners ?? []).map((s) => s.trim()).filter(Boolean),
        responsible: (row.responsible ?? []).join(', '),
        followUpMeasure: (row.followUp ?? []).join('; '),
        sortOrder: i,
      });
      if (parsed.success) activities.push({ input: parsed.data, focusArea: row.focusArea?.trim() ? nameOf(row.focusArea) : null });
      collect(issues, parsed.error?.issues, (p) => ['extraction', 'planRows', String(i), ACTIVITY_TO_ROW[p[0] ?? ''] ?? p[0], ...p.slice(1, 2)].filter(Boolean).join('.'));
    });
  }

  // Medborgarlöften: one per document, each focus area a promise delivered by the plan rows linked to it.
  let promise: CreatePromiseInput | null = null;
  const items: Prepared['items'] = [];
  if (choices.promises.create ?? e.kind === 'medborgarlofte') {
    const kommun =
      choices.promises.municipalityId ??
      e.municipalities.map((m) => matchParty(`${m} kommun`, parties)).find((id) => id !== null) ??
      (parties.filter((p) => p.kind === 'kommun').length === 1 ? parties.find((p) => p.kind === 'kommun')!.id : undefined);
    const start = choices.promises.periodStart ?? periodStart;
    const end = choices.promises.periodEnd ?? periodEnd;
    if (!kommun || !parties.some((p) => p.id === kommun && p.kind === 'kommun')) {
      issues.push(issueAt('choices.promises.municipalityId', 'Välj den kommun i samverkan som löftena ges till.'));
    } else if (!start || !end) {
      issues.push(issueAt(`choices.promises.${start ? 'periodEnd' : 'periodStart'}`, 'Ange löftenas period; dokumentet anger ingen hel giltighetstid.'));
    } else {
      const parsed = createPromiseBody.safeParse({ municipalityId: kommun, title: choices.promises.title ?? title, periodStart: start, periodEnd: end });
      if (parsed.success) promise = parsed.data;
      collect(issues, parsed.error?.issues, (p) => (p[0] === 'title' && choices.promises.title === undefined ? 'extraction.title' : `choices.promises.${p[0] ?? 'title'}`));
    }
    const promisers = agreement?.content?.parties?.length ? agreement.content.parties : named.length > 0 ? named : [...partyIds];
    e.focusAreas.forEach((text, i) => {
      if (!text.trim()) return;
      const chosen = choices.promiseParties?.[i];
      (chosen ?? []).forEach((id, j) => {
        if (!partyIds.has(id)) issues.push(issueAt(`choices.promiseParties.${i}.${j}`, 'Den som lovar måste vara en av samverkans parter.'));
      });
      const parsed = createItemBody.safeParse({ text: text.replace(/\s+/g, ' ').trim(), partyIds: chosen ?? promisers, sortOrder: i });
      const activityRows = e.planRows.flatMap((row, r) => {
        const link = choices.planRowPromises?.[r];
        const target = link === undefined ? suggestPromise(row.focusArea, e.focusAreas) : link;
        return target === i ? [r] : [];
      });
      if (parsed.success) items.push({ input: parsed.data, focusArea: nameOf(text), activityRows });
      collect(issues, parsed.error?.issues, (p) => (p[0] === 'partyIds' ? `choices.promiseParties.${i}` : `extraction.focusAreas.${i}`));
    });
  }

  if (!agreement && !plan && !promise && issues.length === 0) {
    issues.push(issueAt('choices.agreement.create', 'Välj minst ett av avtal, plan och medborgarlöften att skapa.'));
  }
  if (issues.length > 0) throw validationError(issues);
  return { focusAreaNames, agreement, agreementFocusNames, plan, activities, promise, items };
}

/** Runs one module call; a field error it raises is moved to the extraction field it came from. */
async function at<T>(path: (field: string) => string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && Array.isArray(error.details) && error.details.length > 0) {
      const issues = (error.details as Issue[]).map((d) => issueAt(path(String(d.field).replace(/^body\./, '')), d.message));
      throw validationError(issues);
    }
    throw error;
  }
}

function parseCommit(input: CommitInput) {
  const parsed = commitBody.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: Issue[] = [];
  collect(issues, parsed.error.issues, (p) => p.join('.'));
  throw validationError(issues);
}

/**
 * Creates, in one transaction, what a reviewed document holds: its focus areas, the agreement as a
 * draft, the plan with its activities and, for a medborgarlöfte, the promises linked to those
 * activities. Any failure leaves nothing behind and names the field in Swedish.
 */
export async function commitExtraction(db: Db, collaborationId: string, input: CommitInput, actor: Actor): Promise<CommitResult> {
  const { extraction, choices } = parseCommit(input);
  const parties = (await partiesOf(db, [collaborationId])).get(collaborationId) ?? [];
  const prepared = prepare(extraction, choices, parties);
  const base = `/api/collaborations/${collaborationId}`;
  const web = `/samverkan/${collaborationId}`;

  return db.transaction(async (tx) => {
    const existing = new Map((await getFocusAreas(tx, collaborationId)).map((f) => [key(f.name), f]));
    const focusAreas: CommitResult['focusAreas'] = [];
    const focusIds = new Map<string, string>();
    for (const f of prepared.focusAreaNames) {
      const found = existing.get(key(f.name));
      const area = found ?? (await at(() => f.path, () => createFocusArea(tx, actor, collaborationId, f)));
      focusIds.set(key(f.name), area.id);
      focusAreas.push({ id: area.id, name: area.name, created: !found });
    }
    const focusId = (name: string | null) => (name === null ? null : (focusIds.get(key(name)) ?? null));

    let agreement: CommitResult['agreement'] = null;
    if (prepared.agreement) {
      const content = { ...prepared.agreement.content, focusAreaIds: [...new Set(prepared.agreementFocusNames.map(focusId).filter((id): id is string => id !== null))] };
      const created = await at(
        (f) => f.replace(/^content\.(commitments|signatories)/, 'extraction.$1').replace(/^content\.parties/, 'choices.agreement.parties').replace(/^content\..*|^title$/, 'extraction.title'),
        () => createAgreement(tx, actor, collaborationId, { ...prepared.agreement!, content }, todayInSweden()),
      );
      agreement = { id: created.id, title: created.title, webPath: `${web}/avtal/${created.id}`, apiPath: `${base}/agreements/${created.id}` };
    }

    let plan: CommitResult['plan'] = null;
    const activityIds: string[] = [];
    if (prepared.plan) {
      const input = { ...prepared.plan, adoptedByGroupId: null, adoptedOn: null, shiftsPerWeek: null };
      const created = await at((f) => `choices.plan.${f}`, () => createPlan(tx, actor, collaborationId, input));
      for (const [i, a] of prepared.activities.entries()) {
        const activity = await at(
          (f) => `extraction.planRows.${i}.${ACTIVITY_TO_ROW[f] ?? f}`,
          () => createActivity(tx, actor, collaborationId, created.id, { ...a.input, focusAreaId: focusId(a.focusArea) }),
        );
        activityIds.push(activity.id);
      }
      plan = { id: created.id, title: created.title, activityCount: activityIds.length, webPath: `${web}/planer/${created.id}`, apiPath: `${base}/plans/${created.id}` };
    }

    let promise: CommitResult['promise'] = null;
    if (prepared.promise) {
      const created = await at((f) => `choices.promises.${f}`, () => createPromise(tx, actor, collaborationId, prepared.promise!));
      let linked = 0;
      for (const [i, item] of prepared.items.entries()) {
        const made = await at(() => `extraction.focusAreas.${i}`, () => createItem(tx, actor, collaborationId, created.id, { ...item.input, focusAreaId: focusId(item.focusArea) }));
        const ids = item.activityRows.map((r) => activityIds[r]).filter((id): id is string => id !== undefined);
        if (ids.length > 0) await setItemActivities(tx, actor, collaborationId, made.id, made.version, ids);
        linked += ids.length;
      }
      promise = {
        id: created.id,
        title: created.title,
        itemCount: prepared.items.length,
        linkedActivityCount: linked,
        webPath: `${web}/medborgarloften/${created.id}`,
        apiPath: `${base}/promises/${created.id}`,
      };
    }

    const result: CommitResult = { agreement, plan, promise, focusAreas };
    const entityId = agreement?.id ?? plan?.id ?? promise?.id ?? focusAreas[0]?.id;
    if (entityId) {
      await recordAudit(tx, actor, {
        collaborationId,
        action: 'create',
        entityType: 'document-import',
        entityId,
        after: { kind: extraction.kind, title: extraction.title ?? null, ...result },
      });
    }
    return result;
  });
}
