import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import type { FieldErrors } from '../../../lib/api-errors.js';
import type { FocusArea, Organisation } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { metadataKeys } from './agreement-diff.js';
import {
  commitmentFieldId,
  emptySignatory,
  metadataDateKeys,
  metadataFieldId,
  newKey,
  signatoryFieldId,
  type CommitmentDraft,
  type ContentDraft,
  type SignatoryDraft,
} from './content-draft.js';

interface ContentFieldsProps {
  value: ContentDraft;
  onChange: (draft: ContentDraft) => void;
  fieldErrors: FieldErrors;
  /** The collaboration's parties: the agreement's parties are chosen among them. */
  parties: readonly Organisation[];
  /** The collaboration's focus areas. */
  focusAreas: readonly FocusArea[];
}

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The document's metadata, its parties and focus areas, each party's commitments and the signatories. */
export function ContentFields({ value, onChange, fieldErrors, parties, focusAreas }: ContentFieldsProps) {
  const { t } = useTranslation();
  const label = useOrganisationLabel();
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const partyOptions = parties.filter((p) => value.parties.includes(p.id));

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('agreements.metadataHeading')}</legend>
        <div className="form__row">
          {metadataKeys.map((key) => (
            <TextField
              key={key}
              id={metadataFieldId(key)}
              label={t(`agreements.meta.${key}`)}
              type={metadataDateKeys.includes(key) ? 'date' : 'text'}
              maxLength={key === 'diarienummer' ? 100 : key === 'documentType' ? 200 : key === 'appliesTo' ? 500 : 300}
              value={value.metadata[key]}
              onChange={(e) => onChange({ ...value, metadata: { ...value.metadata, [key]: e.target.value } })}
              error={fieldErrors[`content.metadata.${key}`]}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset" id="edit-agreement-parties" tabIndex={-1}>
        <legend>{t('agreements.edit.partiesLegend')}</legend>
        {parties.length === 0 ? <p>{t('agreements.edit.noParties')}</p> : null}
        {parties.map((party) => (
          <CheckboxField
            key={party.id}
            id={`edit-agreement-party-${party.id}`}
            label={label(party)}
            checked={value.parties.includes(party.id)}
            onChange={(e) => onChange({ ...value, parties: toggle(value.parties, party.id, e.target.checked) })}
          />
        ))}
      </fieldset>

      <fieldset className="fieldset" id="edit-agreement-focus-areas" tabIndex={-1}>
        <legend>{t('agreements.focusAreas')}</legend>
        {focusAreas.length === 0 ? <p>{t('agreements.edit.noFocusAreas')}</p> : null}
        {focusAreas.map((area) => (
          <CheckboxField
            key={area.id}
            id={`edit-agreement-focus-area-${area.id}`}
            label={area.name}
            checked={value.focusAreaIds.includes(area.id)}
            onChange={(e) => onChange({ ...value, focusAreaIds: toggle(value.focusAreaIds, area.id, e.target.checked) })}
          />
        ))}
      </fieldset>

      <CommitmentsFields value={value} onChange={onChange} fieldErrors={fieldErrors} parties={partyOptions} />
      <SignatoriesFields value={value} onChange={onChange} fieldErrors={fieldErrors} parties={partyOptions} />
    </>
  );
}

interface ListFieldsProps {
  value: ContentDraft;
  onChange: (draft: ContentDraft) => void;
  fieldErrors: FieldErrors;
  /** The agreement's own parties (as now chosen). */
  parties: readonly Organisation[];
}

/** One group per party of the agreement, and one for joint commitments; each row keeps its place in the document. */
function CommitmentsFields({ value, onChange, fieldErrors, parties }: ListFieldsProps) {
  const { t } = useTranslation();
  const label = useOrganisationLabel();
  const strays = [...new Set(value.commitments.map((c) => c.partyId))].filter((id) => id !== '' && !parties.some((p) => p.id === id));
  const groups = [
    ...parties.map((p) => ({ partyId: p.id, name: label(p) })),
    ...strays.map((id) => ({ partyId: id, name: t('agreements.unknownParty') })),
    { partyId: '', name: t('agreements.joint') },
  ];
  const set = (commitments: CommitmentDraft[]) => onChange({ ...value, commitments });

  return (
    <fieldset className="fieldset">
      <legend>{t('agreements.commitments')}</legend>
      <p className="field__hint">{t('agreements.edit.commitmentsHint')}</p>
      {groups.map((group) => {
        const rows = value.commitments.map((c, index) => ({ c, index })).filter(({ c }) => c.partyId === group.partyId);
        const groupName = group.partyId ? group.name : t('agreements.edit.jointCommitments');
        return (
          <fieldset className="fieldset fieldset--nested" key={group.partyId || 'joint'}>
            <legend>{groupName}</legend>
            {rows.length === 0 ? <p className="muted">{t('agreements.edit.noCommitmentsFor')}</p> : null}
            {rows.map(({ c, index }, n) => (
              <div className="list-row" key={c.key}>
                <TextAreaField
                  id={commitmentFieldId(index)}
                  label={group.partyId ? t('agreements.edit.commitmentN', { n: n + 1, party: groupName }) : t('agreements.edit.jointCommitmentN', { n: n + 1 })}
                  rows={3}
                  maxLength={2000}
                  value={c.text}
                  onChange={(e) => set(value.commitments.map((x) => (x.key === c.key ? { ...x, text: e.target.value } : x)))}
                  error={fieldErrors[`content.commitments.${index}.text`] ?? fieldErrors[`content.commitments.${index}.partyId`]}
                />
                <Button
                  variant="secondary"
                  onClick={() => {
                    set(value.commitments.filter((x) => x.key !== c.key));
                    focusSoon(addCommitmentId(group.partyId));
                  }}
                >
                  {group.partyId ? t('agreements.edit.removeCommitment', { n: n + 1, party: groupName }) : t('agreements.edit.removeJointCommitment', { n: n + 1 })}
                </Button>
              </div>
            ))}
            <Button
              id={addCommitmentId(group.partyId)}
              variant="secondary"
              onClick={() => {
                set([...value.commitments, { key: newKey(), partyId: group.partyId, text: '' }]);
                focusSoon(commitmentFieldId(value.commitments.length));
              }}
            >
              {group.partyId ? t('agreements.edit.addCommitment', { party: groupName }) : t('agreements.edit.addJointCommitment')}
            </Button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

const addCommitmentId = (partyId: string) => `edit-agreement-add-commitment-${partyId || 'joint'}`;

function SignatoriesFields({ value, onChange, fieldErrors, parties }: ListFieldsProps) {
  const { t } = useTranslation();
  const label = useOrganisationLabel();
  const set = (signatories: SignatoryDraft[]) => onChange({ ...value, signatories });
  const update = (key: number, changes: Partial<SignatoryDraft>) => set(value.signatories.map((s) => (s.key === key ? { ...s, ...changes } : s)));
  const error = (index: number, field: string) => fieldErrors[`content.signatories.${index}.${field}`];

  return (
    <fieldset className="fieldset">
      <legend>{t('agreements.signatories')}</legend>
      {value.signatories.length === 0 ? <p className="muted">{t('agreements.noSignatories')}</p> : null}
      {value.signatories.map((s, index) => {
        const n = index + 1;
        return (
          <fieldset className="fieldset fieldset--nested" key={s.key}>
            <legend>{t('agreements.edit.signatoryN', { n })}</legend>
            <div className="form__row">
              <TextField
                id={signatoryFieldId(index, 'name')}
                label={t('agreements.edit.signatoryName')}
                required
                maxLength={200}
                autoComplete="off"
                value={s.name}
                onChange={(e) => update(s.key, { name: e.target.value })}
                error={error(index, 'name')}
              />
              <TextField
                id={signatoryFieldId(index, 'title')}
                label={t('agreements.edit.signatoryTitle')}
                hint={t('agreements.edit.signatoryTitleHint')}
                maxLength={200}
                value={s.title}
                onChange={(e) => update(s.key, { title: e.target.value })}
                error={error(index, 'title')}
              />
              <SelectField
                id={signatoryFieldId(index, 'organisationId')}
                label={t('agreements.edit.signatoryParty')}
                value={s.organisationId}
                onChange={(e) => update(s.key, { organisationId: e.target.value })}
                error={error(index, 'organisationId')}
              >
                <option value="">{t('agreements.edit.noParty')}</option>
                {parties.map((p) => (
                  <option key={p.id} value={p.id}>
                    {label(p)}
                  </option>
                ))}
                {s.organisationId && !parties.some((p) => p.id === s.organisationId) ? (
                  <option value={s.organisationId}>{t('agreements.unknownParty')}</option>
                ) : null}
              </SelectField>
              <TextField
                id={signatoryFieldId(index, 'organisation')}
                label={t('agreements.edit.signatoryOrganisation')}
                hint={t('agreements.edit.signatoryOrganisationHint')}
                maxLength={300}
                value={s.organisation}
                onChange={(e) => update(s.key, { organisation: e.target.value })}
                error={error(index, 'organisation')}
              />
              <TextField
                id={signatoryFieldId(index, 'place')}
                label={t('agreements.edit.signatoryPlace')}
                maxLength={100}
                value={s.place}
                onChange={(e) => update(s.key, { place: e.target.value })}
                error={error(index, 'place')}
              />
              <TextField
                id={signatoryFieldId(index, 'date')}
                label={t('agreements.edit.signatoryDate')}
                type="date"
                value={s.date}
                onChange={(e) => update(s.key, { date: e.target.value })}
                error={error(index, 'date')}
              />
            </div>
            <Button
              variant="secondary"
              onClick={() => {
                set(value.signatories.filter((x) => x.key !== s.key));
                focusSoon('edit-agreement-add-signatory');
              }}
            >
              {t('agreements.edit.removeSignatory', { n, name: s.name || t('agreements.edit.signatoryN', { n }) })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        id="edit-agreement-add-signatory"
        variant="secondary"
        onClick={() => {
          set([...value.signatories, emptySignatory()]);
          focusSoon(signatoryFieldId(value.signatories.length, 'name'));
        }}
      >
        {t('agreements.edit.addSignatory')}
      </Button>
    </fieldset>
  );
}
