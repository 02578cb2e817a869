/** 电子印章: method, path and auth of each endpoint (spread into routes.ts; no schemas here). */
export const sealRoutes = {
  listMySeals: { method: 'GET', path: '/api/v1/me/seals', auth: true },
  getMySeal: { method: 'GET', path: '/api/v1/me/seals/:id', auth: true },
  stampDocument: { method: 'POST', path: '/api/v1/me/seals/:id/stamps', auth: true },
  verifyStampedDocument: { method: 'POST', path: '/api/v1/seal-verifications', auth: true },
  setSealStatus: { method: 'POST', path: '/api/v1/staff/seals/:id/status', auth: true },
  getSealStatusLists: { method: 'GET', path: '/api/v1/seal-status-lists', auth: false },
} as const;
