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
  plans: (id: string) => `/samverkan/${id}/planer`,
  plan: (id: string, planId: string) => `/samverkan/${id}/planer/${planId}`,
  followUp: (id: string, planId: string) => `/samverkan/${id}/planer/${planId}/uppfoljning`,
  agreements: (id: string) => `/samverkan/${id}/avtal`,
  agreement: (id: string, agreementId: string) => `/samverkan/${id}/avtal/${agreementId}`,
  calendar: (id: string) => `/samverkan/${id}/kalender`,
  situation: (id: string) => `/samverkan/${id}/lagesbild`,
  problems: (id: string, reportId?: string) => `/samverkan/${id}/problem${reportId ? `?lagesbild=${encodeURIComponent(reportId)}` : ''}`,
  situationReport: (id: string, reportId: string) => `/samverkan/${id}/lagesbild/${reportId}`,
  situationReportVersion: (id: string, reportId: string, number: number) => `/samverkan/${id}/lagesbild/${reportId}/version/${number}`,
  indicators: (id: string) => `/samverkan/${id}/indikatorer`,
  documentImport: (id: string) => `/samverkan/${id}/importera`,
  documents: (id: string, kind?: string) => `/samverkan/${id}/dokument${kind ? `?typ=${kind}` : ''}`,
  groups: (id: string) => `/samverkan/${id}/grupper`,
  group: (id: string, groupId: string) => `/samverkan/${id}/grupper/${groupId}`,
  promises: (id: string) => `/samverkan/${id}/medborgarloften`,
  promise: (id: string, promiseId: string) => `/samverkan/${id}/medborgarloften/${promiseId}`,
  activity: (id: string, activityId: string) => `/samverkan/${id}/aktiviteter/${activityId}`,
};

/** The part after /samverkan/:id/ that needs the admin role. */
export const adminSections = ['logg', 'api-nycklar'];

/** Sections that exist in every collaboration, so the switcher can keep them (a plan or an activity belongs to one). */
export const sharedSections = ['medlemmar', 'planer', 'avtal', 'grupper', 'medborgarloften', 'kalender', 'dokument', 'lagesbild', 'problem', 'indikatorer', 'logg', 'api-nycklar'];
