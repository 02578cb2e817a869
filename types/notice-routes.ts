/** 通知公告: method, path and auth of each endpoint (spread into routes.ts; no schemas here). */
export const noticeRoutes = {
  listNotices: { method: 'GET', path: '/api/v1/notices', auth: false },
  getNotice: { method: 'GET', path: '/api/v1/notices/:id', auth: false },
} as const;
