import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { Button } from '../components/ui/button.js';
import { LanguageSwitch } from '../features/account/components/language-switch.js';
import { useSession } from '../features/auth/api/get-session.js';
import { useSignOut } from '../features/auth/api/sign-out.js';
import { useCollaborations } from '../features/collaborations/api/get-collaborations.js';
import { CollaborationSwitcher } from '../features/collaborations/components/collaboration-switcher.js';
import type { Collaboration } from '../lib/api-types.js';
import { applyLocale } from '../lib/i18n.js';
import { roleAtLeast } from '../lib/roles.js';
import { focusPageHeading } from '../lib/route-focus.js';
import { adminSections, paths, sharedSections } from './paths.js';

/** Skip link, header with switcher and menu, one <main>, footer: the frame of every page. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user;
  const firstRender = useRef(true);

  // Focus the new page's h1 after navigation (not on the first load, so the skip link stays first).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusPageHeading();
  }, [location.pathname]);

  // The account's language wins once we know who is signed in.
  useEffect(() => {
    if (user?.locale) void applyLocale(user.locale);
  }, [user?.locale]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        {user ? (
          <SignedInHeader displayName={user.displayName || user.email} isSystemAdmin={user.isSystemAdmin} />
        ) : (
          <div className="site-header__bar">
            <Link className="brand" to={paths.home}>
              {t('app.name')}
            </Link>
            <LanguageSwitch signedIn={false} />
          </div>
        )}
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}

function SignedInHeader({ displayName, isSystemAdmin }: { displayName: string; isSystemAdmin: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const collaborations = useCollaborations();
  const match = useMatch('/samverkan/:collaborationId/*');
  const collaborationId = match?.params.collaborationId;
  // Only the first part: a plan or an activity belongs to one collaboration, its list is in every one.
  const section = (match?.params['*'] ?? '').split('/')[0] ?? '';
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const current = collaborations.data?.find((c) => c.id === collaborationId);
  const isAdminHere = current ? roleAtLeast(current.myRole, 'admin') : false;
  const isCoordinatorHere = current ? roleAtLeast(current.myRole, 'coordinator') : false;
  const close = () => setMenuOpen(false);

  function switchTo(target: Collaboration) {
    // Stay on the same kind of page when the role there allows it.
    const keep = sharedSections.includes(section) && (!adminSections.includes(section) || roleAtLeast(target.myRole, 'admin'));
    close();
    navigate(keep ? `${paths.collaboration(target.id)}/${section}` : paths.collaboration(target.id));
  }

  return (
    <>
      <div className="site-header__bar">
        <Link className="brand" to={paths.home} onClick={close}>
          {t('app.name')}
        </Link>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('layout.menu')}
        </button>
      </div>
      <div
        id="site-menu"
        className="site-menu"
        data-open={menuOpen || undefined}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) {
            close();
            menuButton.current?.focus();
          }
        }}
      >
        <CollaborationSwitcher key={collaborationId ?? 'none'} currentId={collaborationId} onSwitch={switchTo} />
        <nav aria-label={t('layout.mainNav')}>
          <ul className="nav-list">
            <li>
              <NavLink to={paths.home} end onClick={close}>
                {t('layout.nav.home')}
              </NavLink>
            </li>
            {collaborationId ? (
              <>
                <li>
                  <NavLink to={paths.collaboration(collaborationId)} end onClick={close}>
                    {t('layout.nav.overview')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.plans(collaborationId)} onClick={close}>
                    {t('layout.nav.plans')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.agreements(collaborationId)} onClick={close}>
                    {t('layout.nav.agreements')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.promises(collaborationId)} onClick={close}>
                    {t('layout.nav.promises')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.groups(collaborationId)} onClick={close}>
                    {t('layout.nav.groups')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.situation(collaborationId)} onClick={close}>
                    {t('situation.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.problems(collaborationId)} onClick={close}>
                    {t('problems.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.indicators(collaborationId)} onClick={close}>
                    {t('indicators.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.calendar(collaborationId)} onClick={close}>
                    {t('layout.nav.calendar')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.documents(collaborationId)} onClick={close}>
                    {t('documents.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.members(collaborationId)} onClick={close}>
                    {t('layout.nav.members')}
                  </NavLink>
                </li>
                {isCoordinatorHere ? (
                  <li>
                    <NavLink to={paths.documentImport(collaborationId)} onClick={close}>
                      {t('layout.nav.documentImport')}
                    </NavLink>
                  </li>
                ) : null}
                {isAdminHere ? (
                  <>
                    <li>
                      <NavLink to={paths.audit(collaborationId)} onClick={close}>
                        {t('layout.nav.audit')}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to={paths.tokens(collaborationId)} onClick={close}>
                        {t('layout.nav.tokens')}
                      </NavLink>
                    </li>
                  </>
                ) : null}
              </>
            ) : null}
            {isSystemAdmin ? (
              <li>
                <NavLink to={paths.createCollaboration} onClick={close}>
                  {t('layout.nav.createCollaboration')}
                </NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to={paths.account} onClick={close}>
                {t('layout.nav.account')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="user-tools">
          <span className="user-tools__name">{t('layout.signedInAs', { name: displayName })}</span>
          <LanguageSwitch signedIn />
          <Button
            variant="quiet"
            onClick={() => {
              close();
              signOut.mutate(undefined, { onSettled: () => navigate(paths.signIn, { replace: true }) });
            }}
          >
            {t('layout.signOut')}
          </Button>
        </div>
      </div>
    </>
  );
}
