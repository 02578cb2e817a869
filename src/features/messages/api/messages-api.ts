import { callApi } from '@/shared/api/client';

const all = ['messages'] as const;
export const messageKeys = {
  all,
  inbox: () => [...all, 'inbox'] as const,
};

export const listMessages = () => callApi('listMessages');
export const markAllMessagesRead = () => callApi('markAllMessagesRead');
