import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { Member, MemberRole, Organisation } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { memberRoles, roleAtLeast } from '../../../lib/roles.js';
import { useMembers } from '../api/get-members.js';
import { useRemoveMember } from '../api/remove-member.js';
import { AddMemberForm } from './add-member-form.js';
import { EditMemberForm } from './edit-member-form.js';

interface MembersPageProps {
  collaborationId: string;
  collaborationName: string;
  myRole: MemberRole;
  parties: readonly Organisation[];
}

export function MembersPage({ collaborationId, collaborationName, myRole, parties }: MembersPageProps) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const members = useMembers(collaborationId);
  const remove = useRemoveMember(collaborationId);
  const [editing, setEditing] = useState<Member | null>(null);
  const [note, setNote] = useState('');
  const isAdmin = roleAtLeast(myRole, 'admin');
  const nameOf = (m: Member) => m.displayName || m.email;

  function focusRowAction(userId: string) {
    requestAnimationFrame(() => document.getElementById(`edit-${userId}`)?.focus());
  }

  return (
    <>
      <PageHeading title={t('members.title')}>{t('members.title')}</PageHeading>
      <p className="muted-text">{t('members.intro', { name: collaborationName })}</p>
      <details className="details">
        <summary>{t('members.aboutRoles')}</summary>
        <dl className="role-list">
          {memberRoles.map((role) => (
            <div key={role}>
              <dt>{t(`roles.${role}`)}</dt>
              <dd>{t(`roleDescriptions.${role}`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <StatusMessage message={note} />
      {remove.error ? <ErrorSummary error={remove.error} /> : null}

      {members.isPending ? <Loading /> : null}
      {members.isError ? <ErrorSummary error={members.error} /> : null}
      {members.data ? (
        <TableRegion labelledBy="members-caption">
          <table className="table table--stack" role="table">
            <caption id="members-caption">{t('members.caption', { count: members.data.length })}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('members.name')}</th>
                <th scope="col" role="columnheader">{t('members.email')}</th>
                <th scope="col" role="columnheader">{t('members.role')}</th>
                <th scope="col" role="columnheader">{t('members.organisation')}</th>
                <th scope="col" role="columnheader">{t('members.titleField')}</th>
                {isAdmin ? <th scope="col" role="columnheader">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {members.data.map((member) => (
                <tr role="row" key={member.userId}>
                  <th scope="row" role="rowheader">{member.displayName}</th>
                  <td role="cell" data-label={t('members.email')}>{member.email}</td>
                  <td role="cell" data-label={t('members.role')}>{t(`roles.${member.role}`)}</td>
                  <td role="cell" data-label={t('members.organisation')}>{member.organisation ? organisationLabel(member.organisation) : t('common.empty')}</td>
                  <td role="cell" data-label={t('members.titleField')}>{member.title || t('common.empty')}</td>
                  {isAdmin ? (
                    <td role="cell">
                      <div className="row-actions">
                        <Button
                          id={`edit-${member.userId}`}
                          variant="secondary"
                          aria-label={t('members.editNamed', { name: nameOf(member) })}
                          onClick={() => {
                            setNote('');
                            setEditing(member);
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        <ConfirmButton
                          label={t('common.remove')}
                          accessibleLabel={t('members.removeNamed', { name: nameOf(member) })}
                          question={t('members.removeQuestion', { name: nameOf(member) })}
                          confirmLabel={t('members.removeConfirm')}
                          busy={remove.isPending}
                          onConfirm={() =>
                            remove.mutate(member.userId, {
                              onSuccess: () => {
                                if (editing?.userId === member.userId) setEditing(null);
                                setNote(t('members.removed', { name: nameOf(member) }));
                                document.getElementById('page-heading')?.focus();
                              },
                            })
                          }
                        />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}

      {isAdmin && editing ? (
        <EditMemberForm
          key={editing.userId}
          collaborationId={collaborationId}
          member={editing}
          parties={parties}
          onDone={(saved) => {
            const userId = editing.userId;
            setEditing(null);
            if (saved) setNote(t('members.saved', { name: nameOf(saved) }));
            focusRowAction(userId);
          }}
        />
      ) : null}

      {isAdmin ? (
        <AddMemberForm
          collaborationId={collaborationId}
          parties={parties}
          onAdded={(member) => setNote(t('members.added', { name: nameOf(member), role: t(`roles.${member.role}`) }))}
        />
      ) : null}
    </>
  );
}
