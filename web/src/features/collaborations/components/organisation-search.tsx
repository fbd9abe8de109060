import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import type { LocalizedText } from '../../../lib/api-errors.js';
import type { Organisation, OrganisationKind } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useDebouncedValue } from '../../../lib/use-debounced-value.js';
import { useOrganisationSearch } from '../api/search-organisations.js';

interface OrganisationSearchProps {
  idPrefix: string;
  label: string;
  /** Organisations already chosen; they are left out of the results. */
  excludeIds: readonly string[];
  /** Visible text of each result's button, e.g. "Lägg till". */
  pickLabel: string;
  onPick: (organisation: Organisation) => void;
  busy?: boolean;
  error?: LocalizedText | undefined;
}

const kinds: readonly OrganisationKind[] = ['kommun', 'lokalpolisomrade', 'other'];

/** Search by name or kommunkod; each hit has its own button, and the number of hits is announced. */
export function OrganisationSearch({ idPrefix, label, excludeIds, pickLabel, onPick, busy, error }: OrganisationSearchProps) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const debouncedQ = useDebouncedValue(q.trim());
  const search = useOrganisationSearch({ q: debouncedQ, kind: kind || undefined });
  const inputId = `${idPrefix}-q`;

  const hits = debouncedQ ? (search.data ?? []).filter((o) => !excludeIds.includes(o.id)) : [];
  let status = '';
  if (debouncedQ && search.isFetching) status = t('organisations.searching');
  else if (debouncedQ && search.isError) status = t('organisations.searchFailed');
  else if (debouncedQ && search.data) status = t('organisations.hits', { count: hits.length });

  return (
    <div className="org-search">
      <div className="org-search__inputs">
        <SelectField id={`${idPrefix}-kind`} label={t('organisations.kindFilter')} value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind | '')}>
          <option value="">{t('organisations.allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`organisations.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={inputId}
          type="search"
          label={label}
          hint={t('organisations.searchHint')}
          autoComplete="off"
          value={q}
          error={error}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter in a search field must not submit the surrounding form.
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </div>
      <p className="org-search__status" role="status">
        {status}
      </p>
      {hits.length ? (
        <ul className="org-search__results">
          {hits.map((organisation) => (
            <li key={organisation.id}>
              <span className="org-search__name">
                {organisationLabel(organisation)}
                {organisation.countyName ? <span className="muted">{t('organisations.inCounty', { county: organisation.countyName })}</span> : null}
              </span>
              <Button
                variant="secondary"
                disabled={busy}
                aria-label={`${pickLabel} ${organisationLabel(organisation)}`}
                onClick={() => {
                  onPick(organisation);
                  // The hit disappears from the list; keep the user in the search field rather than nowhere.
                  document.getElementById(inputId)?.focus();
                }}
              >
                {pickLabel}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
