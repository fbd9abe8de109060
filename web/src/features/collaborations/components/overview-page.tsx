import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { roleAtLeast } from '../../../lib/roles.js';
import { CollaborationDetailsForm } from './collaboration-details-form.js';
import { PartiesSection } from './parties-section.js';

export function OverviewPage({ collaboration }: { collaboration: Collaboration }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const isAdmin = roleAtLeast(collaboration.myRole, 'admin');

  return (
    <>
      <PageHeading title={collaboration.name}>{collaboration.name}</PageHeading>
      <p className="muted-text">{t('overview.yourRole', { role: t(`roles.${collaboration.myRole}`) })}</p>
      <StatusMessage message={saved ? t('overview.saved') : null} />
      {editing ? (
        <CollaborationDetailsForm
          collaboration={collaboration}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
            // Back to where the user started, once the button is on screen again.
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <section className="section" aria-labelledby="about-heading">
          <h2 id="about-heading">{t('overview.aboutHeading')}</h2>
          <p className="pre-line">{collaboration.description || t('overview.noDescription')}</p>
          {isAdmin ? (
            <Button
              ref={editButton}
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('overview.edit')}
            </Button>
          ) : null}
        </section>
      )}
      <PartiesSection collaboration={collaboration} canManage={isAdmin} />
    </>
  );
}
