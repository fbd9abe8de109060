import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AgreementChange, AgreementDiff } from '../../../lib/api-types.js';
import { formatValue } from '../../../lib/format.js';
import { sectionKeys } from './sections.js';

type Op = 'equal' | 'added' | 'removed';

/** One line: removed ones struck through and "Borttaget:" for screen readers, added ones "Tillagt:". */
function DiffLine({ op, children }: { op: Op; children: string }) {
  const { t } = useTranslation();
  if (op === 'removed') {
    return (
      <li className="diff__line diff__line--removed">
        <span className="visually-hidden">{t('agreements.diff.removed')} </span>
        <del>{children || ' '}</del>
      </li>
    );
  }
  if (op === 'added') {
    return (
      <li className="diff__line diff__line--added">
        <span className="visually-hidden">{t('agreements.diff.added')} </span>
        <ins>{children || ' '}</ins>
      </li>
    );
  }
  return <li className="diff__line">{children || ' '}</li>;
}

export const metadataKeys = [
  'documentType',
  'documentOwner',
  'decisionBody',
  'preparedBy',
  'adoptedOn',
  'revisedBy',
  'lastRevisedOn',
  'diarienummer',
  'appliesTo',
] as const;
const topFields = ['kind', 'title', 'validity', 'noticeMonths', 'parties', 'commitments', 'focusAreaIds', 'signatories'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => (list as readonly string[]).includes(value ?? '');

function fieldLabel(t: TFunction, field: string): string {
  const [head, key] = field.split('.');
  if (head === 'sections' && isOneOf(sectionKeys, key)) return t(`agreements.sections.${key}`);
  if (head === 'metadata' && isOneOf(metadataKeys, key)) return t(`agreements.meta.${key}`);
  if (isOneOf(topFields, field)) return t(`agreements.diff.fields.${field}`);
  return field;
}

function Change({ change }: { change: AgreementChange }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  switch (change.kind) {
    case 'value':
      return (
        <ul className="diff">
          <DiffLine op="removed">{formatValue(change.before)}</DiffLine>
          <DiffLine op="added">{formatValue(change.after)}</DiffLine>
        </ul>
      );
    case 'validity':
      return (
        <ul className="diff">
          <DiffLine op="removed">{change.beforeText?.[lang] ?? t('agreements.noValidity')}</DiffLine>
          <DiffLine op="added">{change.afterText?.[lang] ?? t('agreements.noValidity')}</DiffLine>
        </ul>
      );
    case 'ids':
      return <p>{t('agreements.diff.idsChanged', { added: change.added.length, removed: change.removed.length })}</p>;
    case 'text':
      return (
        <ul className="diff">
          {change.lines.map((line, i) => (
            <DiffLine key={i} op={line.op}>
              {line.text}
            </DiffLine>
          ))}
        </ul>
      );
    case 'commitments':
      return (
        <ul className="diff">
          {change.items.map((item, i) => (
            <DiffLine key={i} op={item.op}>
              {item.commitment.text}
            </DiffLine>
          ))}
        </ul>
      );
    case 'signatories':
      return (
        <ul className="diff">
          {change.items.map((item, i) => (
            <DiffLine key={i} op={item.op}>
              {[item.signatory.name, item.signatory.title, item.signatory.organisation].filter(Boolean).join(', ')}
            </DiffLine>
          ))}
        </ul>
      );
  }
}

/** The differences between two versions, one h3 per changed field. */
export function AgreementDiffView({ diff }: { diff: AgreementDiff }) {
  const { t } = useTranslation();
  if (diff.changes.length === 0) return <p>{t('agreements.diff.none')}</p>;
  return (
    <div className="diff-list">
      {diff.changes.map((change) => (
        <section key={change.field} className="diff-change">
          <h3>{fieldLabel(t, change.field)}</h3>
          <Change change={change} />
        </section>
      ))}
    </div>
  );
}
