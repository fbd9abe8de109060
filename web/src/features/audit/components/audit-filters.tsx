import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { auditActions, auditEntityTypes, type AuditFilters } from '../api/get-audit-events.js';

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** Nothing is fetched until the user presses "Visa", so changing one field does not reload the list under them. */
export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState(filters.entityType ?? '');
  const [action, setAction] = useState(filters.action ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ entityType: entityType || undefined, action: action || undefined, from: from || undefined, to: to || undefined });
  }

  function clear() {
    setEntityType('');
    setAction('');
    setFrom('');
    setTo('');
    onApply({});
  }

  return (
    <form className="filters" onSubmit={submit}>
      <h2 id="audit-filters-heading" className="h3">
        {t('audit.filtersHeading')}
      </h2>
      <div className="filters__grid">
        <SelectField id="audit-entity-type" label={t('audit.entityType')} value={entityType} onChange={(e) => setEntityType(e.target.value)}>
          <option value="">{t('audit.all')}</option>
          {auditEntityTypes.map((type) => (
            <option key={type} value={type}>
              {t(`audit.entity.${type}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="audit-action" label={t('audit.action')} value={action} onChange={(e) => setAction(e.target.value)}>
          <option value="">{t('audit.all')}</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a}`)}
            </option>
          ))}
        </SelectField>
        <TextField id="audit-from" type="date" label={t('audit.from')} value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        <TextField id="audit-to" type="date" label={t('audit.to')} value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
      </div>
      <div className="form__actions">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="secondary" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
