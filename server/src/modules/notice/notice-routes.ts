import type { RouteHandlers } from '../../http/route-types';
import type { NoticeDeps } from './notice-deps';
import { getNotice, listNotices } from './notice-service';

/** 通知公告: public, read-only, in the reader's language. */
export function noticeRoutes(deps: NoticeDeps): RouteHandlers<'listNotices' | 'getNotice'> {
  return {
    listNotices: ({ language }) => listNotices(deps, language),
    getNotice: ({ params, language }) => getNotice(deps, params.id, language),
  };
}
