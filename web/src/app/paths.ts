/** Every address in the app, in Swedish as the users read them. */
export const paths = {
  home: '/',
  signIn: '/logga-in',
  account: '/konto',
  createCollaboration: '/ny-samverkan',
  collaboration: (id: string) => `/samverkan/${id}`,
  members: (id: string) => `/samverkan/${id}/medlemmar`,
  audit: (id: string) => `/samverkan/${id}/logg`,
  tokens: (id: string) => `/samverkan/${id}/api-nycklar`,
};

/** The part after /samverkan/:id/ that needs the admin role. */
export const adminSections = ['logg', 'api-nycklar'];
