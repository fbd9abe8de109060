import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../lib/api-errors.js';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: LocalizedText | undefined;
  required?: boolean | undefined;
}

/** ids to put in aria-describedby: the hint and the error, when present. */
function describedBy({ id, hint, error }: FieldFrameProps, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, hint, error, required, children }: FieldFrameProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> {t('common.required')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldErrorText id={`${id}-error`} error={error} /> : null}
      {children}
    </div>
  );
}

export function FieldErrorText({ id, error }: { id: string; error: LocalizedText }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('common.errorPrefix')} </span>
      <span lang={error.lang}>{error.text}</span>
    </p>
  );
}

type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { describedById?: string };

export function TextField({ id, label, hint, error, required, describedById, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={id}
        type="text"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error }, describedById)}
        {...input}
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ id, label, hint, error, required, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={id}
        rows={5}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
        {...textarea}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = FieldFrameProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;

export function SelectField({ id, label, hint, error, required, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

interface RadioGroupProps<V extends string> {
  name: string;
  legend: ReactNode;
  value: V;
  options: readonly { value: V; label: ReactNode; lang?: string }[];
  onChange: (value: V) => void;
  error?: LocalizedText | undefined;
}

export function RadioGroup<V extends string>({ name, legend, value, options, onChange, error }: RadioGroupProps<V>) {
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'field field--invalid radio-group' : 'field radio-group'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error ? <FieldErrorText id={errorId} error={error} /> : null}
      {options.map((option) => (
        <div className="radio-group__option" key={option.value}>
          <input
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${name}-${option.value}`} lang={option.lang}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

type CheckboxFieldProps = Omit<FieldFrameProps, 'required'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

/** One checkbox with its label beside it (a large target), the hint and any error below the label. */
export function CheckboxField({ id, label, hint, error, ...input }: CheckboxFieldProps) {
  return (
    <div className={error ? 'field field--invalid checkbox-field' : 'field checkbox-field'}>
      {error ? <FieldErrorText id={`${id}-error`} error={error} /> : null}
      <div className="checkbox-field__row">
        <input
          id={id}
          name={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, label, hint, error })}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint checkbox-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface PeriodFieldsProps {
  ids: { periodStart: string; periodEnd: string };
  labels: { periodStart: ReactNode; periodEnd: ReactNode };
  value: { periodStart: string; periodEnd: string };
  onChange: (key: 'periodStart' | 'periodEnd', value: string) => void;
  errors: { periodStart?: LocalizedText | undefined; periodEnd?: LocalizedText | undefined };
}

/** A required period as two date fields side by side (plans, medborgarlöften). */
export function PeriodFields({ ids, labels, value, onChange, errors }: PeriodFieldsProps) {
  return (
    <div className="form__row">
      {(['periodStart', 'periodEnd'] as const).map((key) => (
        <TextField
          key={key}
          id={ids[key]}
          label={labels[key]}
          type="date"
          required
          value={value[key]}
          onChange={(e) => onChange(key, e.target.value)}
          error={errors[key]}
        />
      ))}
    </div>
  );
}
