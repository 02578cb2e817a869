import { useEffect } from 'react';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { listMessages, markAllMessagesRead, messageKeys } from '@/features/messages/api/messages-api';

/** 消息中心 as the server has it now: the newest first, with the unread count. */
export function useMessages() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? messageKeys.inbox() : null, listMessages, 0);
}

/**
 * Opening the inbox reads it: the unread marks go once shown. The list on screen keeps its
 * highlights for this visit (it is not refetched), the next visit shows them read.
 */
export function useMarkReadWhenShown(unread: number) {
  const { run } = useApiMutation(() => markAllMessagesRead());
  useEffect(() => {
    if (unread > 0) void run(undefined);
  }, [unread, run]);
}
