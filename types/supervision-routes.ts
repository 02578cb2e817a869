/** 一码监督: method, path and auth of each endpoint (spread into routes.ts; no schemas here). */
export const supervisionRoutes = {
  getInspectorMembership: { method: 'GET', path: '/api/v1/supervision/me', auth: true },
  scanEnterpriseForInspection: { method: 'POST', path: '/api/v1/supervision/scans', auth: true },
  recordInspection: { method: 'POST', path: '/api/v1/supervision/inspections', auth: true },
  listOfficeInspections: { method: 'GET', path: '/api/v1/supervision/inspections', auth: true },
  getOfficeInspection: { method: 'GET', path: '/api/v1/supervision/inspections/:id', auth: true },
  listMyEnterpriseInspections: { method: 'GET', path: '/api/v1/me/inspections', auth: true },
  getMyEnterpriseInspection: { method: 'GET', path: '/api/v1/me/inspections/:id', auth: true },
  confirmRectification: { method: 'POST', path: '/api/v1/me/inspections/:id/rectification', auth: true },
  reviewRectification: { method: 'POST', path: '/api/v1/supervision/inspections/:id/review', auth: true },
  getInspectionPhoto: { method: 'GET', path: '/api/v1/inspections/:id/photos/:photoId', auth: true },
  getEnterpriseSupervisionRecord: { method: 'GET', path: '/api/v1/enterprises/:creditCode/inspections', auth: false },
} as const;
