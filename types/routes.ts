/**
 * Method, path and auth of every endpoint, with no schema attached: the client imports only this
 * (and types), so zod stays out of the mini-program and H5 bundles. `api.ts` adds the schemas and
 * its type check keeps both tables in step.
 */
export const routes = {
  getHealth: { method: 'GET', path: '/api/v1/health', auth: false },
  sendSmsCode: { method: 'POST', path: '/api/v1/auth/sms-codes', auth: false },
  loginWithSms: { method: 'POST', path: '/api/v1/auth/sms-login', auth: false },
  loginWithWeapp: { method: 'POST', path: '/api/v1/auth/weapp-login', auth: false },
  logout: { method: 'POST', path: '/api/v1/auth/logout', auth: true },
  getProfile: { method: 'GET', path: '/api/v1/me', auth: true },
  verifyRealName: { method: 'POST', path: '/api/v1/me/real-name', auth: true },
  bindEnterprise: { method: 'POST', path: '/api/v1/me/enterprises', auth: true },
  unbindEnterprise: { method: 'DELETE', path: '/api/v1/me/enterprises/:enterpriseId', auth: true },
  setActingAs: { method: 'PUT', path: '/api/v1/me/acting-as', auth: true },
  listServices: { method: 'GET', path: '/api/v1/services', auth: false },
  searchServices: { method: 'GET', path: '/api/v1/services/search', auth: false },
  listHotServices: { method: 'GET', path: '/api/v1/services/hot', auth: false },
  getServiceByCode: { method: 'GET', path: '/api/v1/services/:code', auth: false },
  listDepartments: { method: 'GET', path: '/api/v1/departments', auth: false },
  listCities: { method: 'GET', path: '/api/v1/cities', auth: false },
  listHalls: { method: 'GET', path: '/api/v1/halls', auth: false },
  listFavorites: { method: 'GET', path: '/api/v1/me/favorites', auth: true },
  addFavorite: { method: 'PUT', path: '/api/v1/me/favorites/:code', auth: true },
  removeFavorite: { method: 'DELETE', path: '/api/v1/me/favorites/:code', auth: true },
  listRecents: { method: 'GET', path: '/api/v1/me/recents', auth: true },
  recordRecent: { method: 'POST', path: '/api/v1/me/recents', auth: true },
} as const satisfies Record<string, { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; auth: boolean }>;

export type RouteName = keyof typeof routes;
