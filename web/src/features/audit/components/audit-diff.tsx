import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, Organisation } from '../../../lib/api-types.js';
import { formatValue } from '../../../lib/format.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { memberRoles } from '../../../lib/roles.js';

type Row = { key: string; before: unknown; after: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields that differ between before and after; on create or delete, every field there is. */
export function changedFields(before: unknown, after: unknown): Row[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const bothSides = isRecord(before) && isRecord(after);
  return keys
    .filter((key) => !bothSides || JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) => ({ key, before: b[key], after: a[key] }));
}

const fieldKeys = [
  'name',
  'description',
  'version',
  'parties',
  'email',
  'displayName',
  'role',
  'organisation',
  'title',
  'userId',
  'kind',
  'municipalityCode',
  'countyCode',
  'countyName',
  'id',
  'scope',
  'prefix',
  'createdAt',
  'lastUsedAt',
  'revokedAt',
  'method',
  'locale',
  'isSystemAdmin',
  'hasPassword',
] as const;
type FieldKey = (typeof fieldKeys)[number];
const isFieldKey = (key: string): key is FieldKey => (fieldKeys as readonly string[]).includes(key);

const isOrganisation = (value: unknown): value is Organisation => isRecord(value) && typeof value.name === 'string' && typeof value.kind === 'string';

export function AuditDiff({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const captionId = useId();
  const rows = changedFields(event.before, event.after);
  if (rows.length === 0) return <span className="muted">{t('common.empty')}</span>;

  const show = (key: string, value: unknown) => {
    if (key === 'role' && typeof value === 'string' && (memberRoles as readonly string[]).includes(value)) {
      return t(`roles.${value as (typeof memberRoles)[number]}`);
    }
    if (isOrganisation(value)) return organisationLabel(value);
    return formatValue(value);
  };

  return (
    <details className="details details--compact">
      <summary>{t('audit.showChanges', { count: rows.length })}</summary>
      <table className="table table--diff">
        <caption id={captionId} className="visually-hidden">
          {t('audit.diffCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{isFieldKey(row.key) ? t(`audit.fields.${row.key}`) : row.key}</th>
              <td className="pre-wrap">{show(row.key, row.before)}</td>
              <td className="pre-wrap">{show(row.key, row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
