import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Group, GroupMember, Organisation } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { useAddGroupMember } from '../api/add-group-member.js';
import { staleGroupOf } from '../api/update-group.js';
import { useUpdateGroupMember } from '../api/update-group-member.js';

/** The organisation select: no organisation, one of the parties, or "other" (free text). */
const OTHER = 'other';

interface MemberDraft {
  name: string;
  title: string;
  /** '' (none), a party's id, or OTHER. */
  organisation: string;
  organisationName: string;
}

function memberDraftOf(member: GroupMember | null): MemberDraft {
  if (!member) return { name: '', title: '', organisation: '', organisationName: '' };
  const organisation = member.organisationId ?? (member.organisationName ? OTHER : '');
  return { name: member.name, title: member.title, organisation, organisationName: member.organisationName };
}

function memberBodyOf(draft: MemberDraft) {
  const other = draft.organisation === OTHER;
  return {
    name: draft.name,
    title: draft.title,
    organisationId: other || draft.organisation === '' ? null : draft.organisation,
    organisationName: other ? draft.organisationName : '',
  };
}

interface GroupMemberFormProps {
  collaborationId: string;
  group: Group;
  /** The member to change; null adds a new one. */
  member: GroupMember | null;
  parties: readonly Organisation[];
  onDone: (saved: GroupMember | null) => void;
}

/** Add or change a group member: a contact with a title and an organisation (a party or free text); they need not use the app. */
export function GroupMemberForm({ collaborationId, group, member, parties, onDone }: GroupMemberFormProps) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const add = useAddGroupMember(collaborationId, group.id);
  const update = useUpdateGroupMember(collaborationId, group.id);
  const mutation = member ? update : add;
  // Members have no version of their own: the draft goes with the group's version.
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<MemberDraft, Group>(() => memberDraftOf(member), group.version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = member ? `edit-group-member-${member.id}` : 'new-group-member';
  const ids = { name: `${prefix}-name`, title: `${prefix}-title`, organisationId: `${prefix}-organisation`, organisationName: `${prefix}-organisation-name` };
  const fieldErrors = fieldErrorsOf(mutation.error);
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => setDraft({ ...draft, [key]: value });

  useEffect(() => {
    if (member) headingRef.current?.focus();
  }, [member]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const body = memberBodyOf(draft);
    if (!member) {
      add.mutate(body, {
        onSuccess: (saved) => {
          setDraft(memberDraftOf(null));
          onDone(saved);
        },
      });
      return;
    }
    update.mutate(
      { memberId: member.id, groupVersion: baseVersion, changes: body },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleGroupOf(error)) },
    );
  }

  const labelOf = (d: MemberDraft) => {
    if (d.organisation === OTHER) return d.organisationName || t('common.empty');
    const party = parties.find((p) => p.id === d.organisation);
    return party ? organisationLabel(party) : t('common.empty');
  };
  const theirMember = conflict && member ? (conflict.members.find((m) => m.id === member.id) ?? null) : null;
  const theirs = theirMember ? memberDraftOf(theirMember) : null;
  const gone = t('groups.memberGone');

  function restart(keepMine: boolean) {
    restartFrom(keepMine || !theirs ? undefined : theirs);
    update.reset();
    if (!keepMine && !theirs) onDone(null);
    else document.getElementById(ids.name)?.focus();
  }

  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {member ? t('groups.editMemberHeading', { name: member.name }) : t('groups.addMemberHeading')}
      </h3>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('groups.memberName'), theirs: theirs?.name ?? gone, mine: draft.name },
            { label: t('groups.memberTitle'), theirs: theirs ? theirs.title || t('common.empty') : gone, mine: draft.title || t('common.empty') },
            { label: t('groups.organisation'), theirs: theirs ? labelOf(theirs) : gone, mine: labelOf(draft) },
          ]}
          onRedo={() => restart(true)}
          onTakeLatest={() => restart(false)}
        />
      ) : (
        <ErrorSummary error={mutation.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <div className="form__row">
          <TextField id={ids.name} label={t('groups.memberName')} required maxLength={200} value={draft.name} onChange={(e) => set('name', e.target.value)} error={fieldErrors.name} />
          <TextField
            id={ids.title}
            label={t('groups.memberTitle')}
            hint={t('groups.memberTitleHint')}
            maxLength={300}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            error={fieldErrors.title}
          />
        </div>
        <SelectField
          id={ids.organisationId}
          label={t('groups.organisation')}
          value={draft.organisation}
          onChange={(e) => set('organisation', e.target.value)}
          error={fieldErrors.organisationId}
        >
          <option value="">{t('groups.noOrganisation')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {organisationLabel(party)}
            </option>
          ))}
          <option value={OTHER}>{t('groups.otherOrganisation')}</option>
        </SelectField>
        {draft.organisation === OTHER ? (
          <TextField
            id={ids.organisationName}
            label={t('groups.organisationName')}
            hint={t('groups.organisationNameHint')}
            maxLength={300}
            value={draft.organisationName}
            onChange={(e) => set('organisationName', e.target.value)}
            error={fieldErrors.organisationName}
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {mutation.isPending ? t('common.saving') : member ? t('common.save') : t('groups.addMember')}
          </Button>
          {member ? (
            <Button variant="secondary" onClick={() => onDone(null)}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
