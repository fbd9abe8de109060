import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Member, MemberRole, Organisation } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { staleMemberOf, useUpdateMember } from '../api/update-member.js';
import { PartyOptions } from './party-options.js';
import { RoleOptions } from './role-options.js';

const fieldIds = { role: 'edit-member-role', organisationId: 'edit-member-organisation', title: 'edit-member-title' };

interface EditMemberFormProps {
  collaborationId: string;
  member: Member;
  parties: readonly Organisation[];
  onDone: (saved: Member | null) => void;
}

/** Role, party and function of one member, saved with the version the user started from. */
export function EditMemberForm({ collaborationId, member, parties, onDone }: EditMemberFormProps) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const update = useUpdateMember(collaborationId);
  const [role, setRole] = useState<MemberRole>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisation?.id ?? '');
  const [title, setTitle] = useState(member.title);
  const [baseVersion, setBaseVersion] = useState(member.version);
  const [conflict, setConflict] = useState<Member | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { userId: member.userId, version: baseVersion, role, organisationId: organisationId || null, title },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleMemberOf(error)) },
    );
  }

  function restart(latest: Member, keepMine: boolean) {
    if (!keepMine) {
      setRole(latest.role);
      setOrganisationId(latest.organisation?.id ?? '');
      setTitle(latest.title);
    }
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(fieldIds.role)?.focus();
  }

  const partyName = (id: string | null | undefined) => {
    const party = parties.find((p) => p.id === id);
    return party ? organisationLabel(party) : t('members.noOrganisation');
  };
  const fieldErrors = fieldErrorsOf(update.error);
  const headingId = `edit-member-heading`;
  return (
    <section className="section panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('members.editHeading', { name: member.displayName || member.email })}
      </h2>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('members.role'), theirs: t(`roles.${conflict.role}`), mine: t(`roles.${role}`) },
            { label: t('members.organisation'), theirs: partyName(conflict.organisation?.id), mine: partyName(organisationId) },
            { label: t('members.titleField'), theirs: conflict.title || t('common.empty'), mine: title || t('common.empty') },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={fieldIds} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <SelectField id={fieldIds.role} label={t('members.role')} value={role} onChange={(e) => setRole(e.target.value as MemberRole)} error={fieldErrors.role}>
          <RoleOptions />
        </SelectField>
        <SelectField
          id={fieldIds.organisationId}
          label={t('members.organisation')}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={fieldErrors.organisationId}
        >
          <PartyOptions parties={parties} />
        </SelectField>
        <TextField id={fieldIds.title} label={t('members.titleField')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldErrors.title} />
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
