import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { Group, GroupMember, Organisation } from '../../../lib/api-types.js';
import { useRemoveGroupMember } from '../api/remove-group-member.js';
import { GroupMemberForm } from './group-member-form.js';

const editButtonId = (memberId: string) => `edit-group-member-button-${memberId}`;

interface GroupMembersSectionProps {
  collaborationId: string;
  group: Group;
  canEdit: boolean;
  parties: readonly Organisation[];
}

/** The members as a table (one card per member on a phone); coordinators add, change and remove them. */
export function GroupMembersSection({ collaborationId, group, canEdit, parties }: GroupMembersSectionProps) {
  const { t } = useTranslation();
  const remove = useRemoveGroupMember(collaborationId, group.id);
  const [editing, setEditing] = useState<GroupMember | null>(null);
  const [note, setNote] = useState('');

  return (
    <section className="section" aria-labelledby="group-members-heading">
      <h2 id="group-members-heading" tabIndex={-1}>
        {t('groups.members')}
      </h2>
      <p className="muted-text">{t('groups.membersIntro')}</p>
      <StatusMessage message={note} />
      {remove.error ? <ErrorSummary error={remove.error} /> : null}
      {group.members.length === 0 ? (
        <p>{t('groups.noMembers')}</p>
      ) : (
        <TableRegion labelledBy="group-members-caption">
          <table className="table table--stack" role="table">
            <caption id="group-members-caption" className="visually-hidden">
              {t('groups.membersCaption', { name: group.name })}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('groups.memberName')}</th>
                <th scope="col" role="columnheader">{t('groups.memberTitle')}</th>
                <th scope="col" role="columnheader">{t('groups.organisation')}</th>
                {canEdit ? <th scope="col" role="columnheader">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {group.members.map((member) => (
                <tr role="row" key={member.id}>
                  <th scope="row" role="rowheader">{member.name}</th>
                  <td role="cell" data-label={t('groups.memberTitle')}>{member.title || t('common.empty')}</td>
                  <td role="cell" data-label={t('groups.organisation')}>{member.organisationLabel || t('common.empty')}</td>
                  {canEdit ? (
                    <td role="cell">
                      <div className="row-actions">
                        <Button
                          id={editButtonId(member.id)}
                          variant="secondary"
                          aria-label={t('groups.editMemberNamed', { name: member.name })}
                          onClick={() => {
                            setNote('');
                            setEditing(member);
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        <ConfirmButton
                          label={t('common.remove')}
                          accessibleLabel={t('groups.removeMemberNamed', { name: member.name })}
                          question={t('groups.removeMemberQuestion', { name: member.name })}
                          confirmLabel={t('groups.removeMemberConfirm')}
                          busy={remove.isPending}
                          onConfirm={() => {
                            setNote('');
                            remove.mutate(member.id, {
                              onSuccess: () => {
                                if (editing?.id === member.id) setEditing(null);
                                setNote(t('groups.memberRemoved', { name: member.name }));
                                document.getElementById('group-members-heading')?.focus();
                              },
                            });
                          }}
                        />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canEdit && editing ? (
        <GroupMemberForm
          key={editing.id}
          collaborationId={collaborationId}
          group={group}
          member={editing}
          parties={parties}
          onDone={(saved) => {
            const id = editing.id;
            setEditing(null);
            if (saved) setNote(t('groups.memberSaved', { name: saved.name }));
            requestAnimationFrame(() => document.getElementById(editButtonId(id))?.focus());
          }}
        />
      ) : null}
      {canEdit && !editing ? (
        <GroupMemberForm
          collaborationId={collaborationId}
          group={group}
          member={null}
          parties={parties}
          onDone={(saved) => {
            if (saved) setNote(t('groups.memberAdded', { name: saved.name }));
          }}
        />
      ) : null}
    </section>
  );
}
