import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { useCollaborations } from '../api/get-collaborations.js';

interface CollaborationSwitcherProps {
  currentId: string | undefined;
  onSwitch: (collaboration: Collaboration) => void;
}

/**
 * A labelled list and a button: choosing in the list alone changes nothing
 * (arrow keys on a closed list would otherwise jump between pages, WCAG 3.2.2).
 * Give it key={currentId} so it starts over when the page changes.
 */
export function CollaborationSwitcher({ currentId, onSwitch }: CollaborationSwitcherProps) {
  const { t } = useTranslation();
  const collaborations = useCollaborations();
  const [selected, setSelected] = useState(currentId ?? '');
  const list = collaborations.data ?? [];
  if (list.length === 0) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const target = list.find((c) => c.id === selected);
    if (target) onSwitch(target);
  }

  return (
    <form className="switcher" onSubmit={submit} aria-label={t('switcher.formLabel')}>
      <label htmlFor="collaboration-switcher">{t('switcher.label')}</label>
      <div className="switcher__controls">
        <select id="collaboration-switcher" value={selected} onChange={(e) => setSelected(e.target.value)}>
          {currentId ? null : <option value="">{t('switcher.choose')}</option>}
          {list.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary">
          {t('switcher.go')}
        </Button>
      </div>
    </form>
  );
}
