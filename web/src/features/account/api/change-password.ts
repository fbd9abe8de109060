import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';

export interface ChangePasswordInput {
  /** Required when the account already has a password. */
  currentPassword?: string | undefined;
  newPassword: string;
}

/** Signs out every other browser of this account; this one stays signed in. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiRequest<void>('/api/session/password', { method: 'PUT', body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
