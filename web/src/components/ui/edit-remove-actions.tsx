import type { Ref } from 'react';
import { Button } from './button.js';
import { ConfirmButton } from './confirm-button.js';

interface EditRemoveActionsProps {
  editLabel: string;
  /** The edit form is open: its button steps aside (focus returns to it through `editButtonRef` when the form closes). */
  editing: boolean;
  onEdit: () => void;
  editButtonRef: Ref<HTMLButtonElement>;
  removeLabel: string;
  removeQuestion: string;
  removeConfirmLabel: string;
  removing: boolean;
  onRemove: () => void;
}

/** A page's "Ändra …" and "Ta bort …" (asked inline) for the people who may change it. */
export function EditRemoveActions({ editLabel, editing, onEdit, editButtonRef, removeLabel, removeQuestion, removeConfirmLabel, removing, onRemove }: EditRemoveActionsProps) {
  return (
    <div className="page-actions">
      {!editing ? (
        <Button ref={editButtonRef} variant="secondary" onClick={onEdit}>
          {editLabel}
        </Button>
      ) : null}
      <ConfirmButton label={removeLabel} question={removeQuestion} confirmLabel={removeConfirmLabel} busy={removing} onConfirm={onRemove} />
    </div>
  );
}
