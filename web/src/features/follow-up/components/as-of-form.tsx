import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { TextField } from '../../../components/ui/field.js';

/** "Status per datum": choosing a day alone changes nothing; "Visa" does (WCAG 3.2.2). */
export function AsOfForm({ asOf, onChange }: { asOf: string; onChange: (asOf: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(asOf);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange(value);
  }

  return (
    <form className="as-of" onSubmit={submit} noValidate>
      <TextField id="as-of" label={t('followUp.asOf')} hint={t('followUp.asOfHint')} type="date" value={value} onChange={(e) => setValue(e.target.value)} />
      <div className="form__actions">
        <Button type="submit" variant="secondary">
          {t('followUp.show')}
        </Button>
        {asOf ? (
          <Button variant="quiet" onClick={() => onChange('')}>
            {t('followUp.today')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
