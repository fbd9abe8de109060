import type { UserDto } from './users.schemas.js';
import type { UserRow } from './users.repo.js';

export function presentUser(u: UserRow): UserDto {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    isSystemAdmin: u.isSystemAdmin,
    hasPassword: u.passwordHash !== null,
    locale: u.locale === 'en' ? 'en' : 'sv',
  };
}
