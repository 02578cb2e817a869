import { NoticeDetail, NoticeIdParams, NoticeList } from './notices';
import { noticeRoutes } from './notice-routes';

/** 通知公告's entries of the contract (spread into api.ts's `endpoints`). */
export const noticeEndpoints = {
  listNotices: {
    ...noticeRoutes.listNotices,
    summary: '通知公告 in force today (China): published, not yet expired, newest first',
    response: NoticeList,
  },
  getNotice: {
    ...noticeRoutes.getNotice,
    summary: 'One notice in force today, with its text; an expired or future notice is 404',
    params: NoticeIdParams,
    response: NoticeDetail,
  },
} as const;
