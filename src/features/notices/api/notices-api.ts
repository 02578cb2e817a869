import { callApi } from '@/shared/api/client';

const all = ['notices'] as const;
/** 通知公告 are the same for everyone; they change with the day and the reader's language. */
export const noticeKeys = {
  all,
  current: () => [...all, 'current'] as const,
  detail: (id: string) => [...all, 'detail', id] as const,
};

export const listNotices = () => callApi('listNotices');
export const getNotice = (id: string) => callApi('getNotice', { params: { id } });
