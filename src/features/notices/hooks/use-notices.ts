import { useApiQuery } from '@/shared/api/use-api-query';
import { getNotice, listNotices, noticeKeys } from '@/features/notices/api/notices-api';

const TEN_MINUTES = 10 * 60_000;

/** The notices in force today. `ready: false` holds the request back (首页 asks once 热门服务 is in). */
export function useNotices(ready = true) {
  return useApiQuery(ready ? noticeKeys.current() : null, listNotices, TEN_MINUTES);
}

export function useNotice(id: string | undefined) {
  return useApiQuery(id ? noticeKeys.detail(id) : null, () => getNotice(id as string), TEN_MINUTES);
}
