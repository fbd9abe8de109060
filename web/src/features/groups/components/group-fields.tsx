import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import type { FieldErrors } from '../../../lib/api-errors.js';
import type { CreateGroupInput, Group, GroupKind } from '../../../lib/api-types.js';

export const groupKinds = ['steering', 'preparation', 'working', 'council', 'local'] as const satisfies readonly GroupKind[];

export interface GroupDraft {
  kind: GroupKind;
  name: string;
  mandate: string;
  assignment: string;
  validFrom: string;
  validTo: string;
}

export function groupDraftOf(group: Group): GroupDraft {
  return {
    kind: group.kind,
    name: group.name,
    mandate: group.mandate,
    assignment: group.assignment,
    validFrom: group.validFrom ?? '',
    validTo: group.validTo ?? '',
  };
}

export const newGroupDraft: GroupDraft = { kind: 'working', name: '', mandate: '', assignment: '', validFrom: '', validTo: '' };

export function groupBodyOf(draft: GroupDraft): CreateGroupInput {
  return { ...draft, validFrom: draft.validFrom || null, validTo: draft.validTo || null };
}

export function groupFieldIds(prefix: string) {
  return {
    kind: `${prefix}-kind`,
    name: `${prefix}-name`,
    mandate: `${prefix}-mandate`,
    assignment: `${prefix}-assignment`,
    validFrom: `${prefix}-valid-from`,
    validTo: `${prefix}-valid-to`,
  };
}

interface GroupFieldsProps {
  idPrefix: string;
  value: GroupDraft;
  onChange: (draft: GroupDraft) => void;
  fieldErrors: FieldErrors;
}

/** Kind, name, mandate, uppdragsbeskrivning and validity: shared by "Ny grupp" and "Ändra gruppen". */
export function GroupFields({ idPrefix, value, onChange, fieldErrors }: GroupFieldsProps) {
  const { t } = useTranslation();
  const ids = groupFieldIds(idPrefix);
  const set = <K extends keyof GroupDraft>(key: K, next: GroupDraft[K]) => onChange({ ...value, [key]: next });
  const timeLimited = value.kind === 'working';
  return (
    <>
      <SelectField id={ids.kind} label={t('groups.kind')} value={value.kind} onChange={(e) => set('kind', e.target.value as GroupKind)} error={fieldErrors.kind}>
        {groupKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`groups.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField id={ids.name} label={t('groups.name')} required maxLength={300} value={value.name} onChange={(e) => set('name', e.target.value)} error={fieldErrors.name} />
      <TextAreaField
        id={ids.mandate}
        label={t('groups.mandate')}
        hint={t('groups.mandateHint')}
        rows={4}
        value={value.mandate}
        onChange={(e) => set('mandate', e.target.value)}
        error={fieldErrors.mandate}
      />
      <TextAreaField
        id={ids.assignment}
        label={t('groups.assignment')}
        hint={t('groups.assignmentHint')}
        rows={4}
        value={value.assignment}
        onChange={(e) => set('assignment', e.target.value)}
        error={fieldErrors.assignment}
      />
      <div className="form__row">
        <TextField id={ids.validFrom} label={t('groups.validFrom')} type="date" value={value.validFrom} onChange={(e) => set('validFrom', e.target.value)} error={fieldErrors.validFrom} />
        <TextField
          id={ids.validTo}
          label={t('groups.validTo')}
          hint={timeLimited ? t('groups.validToWorkingHint') : t('groups.validToHint')}
          type="date"
          required={timeLimited}
          value={value.validTo}
          onChange={(e) => set('validTo', e.target.value)}
          error={fieldErrors.validTo}
        />
      </div>
    </>
  );
}
