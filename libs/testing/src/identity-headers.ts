/** A person as the gateway forwards them. */
export interface TestUser {
  id: string;
  email: string;
  role?: 'admin' | 'member';
}

/** The headers a trusted service sends to act for `user` (or for itself, with no user). */
export function trustedHeaders(serviceToken: string, user?: TestUser): Record<string, string> {
  return {
    'x-service-token': serviceToken,
    ...(user
      ? {
          'x-user-id': user.id,
          'x-user-email': user.email,
          ...(user.role ? { 'x-user-role': user.role } : {}),
        }
      : {}),
  };
}
