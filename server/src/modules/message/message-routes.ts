import { listMessages, markAllMessagesRead, markMessageRead } from './message-service';
import type { RouteHandlers } from '../../http/route-types';
import type { MessageDeps } from './message-deps';

/** 消息中心: the caller's own messages. */
export function messageRoutes(deps: MessageDeps): RouteHandlers<'listMessages' | 'markMessageRead' | 'markAllMessagesRead'> {
  return {
    listMessages: ({ auth }) => listMessages(deps, auth),
    markMessageRead: ({ auth, params }) => markMessageRead(deps, auth, params.id),
    markAllMessagesRead: ({ auth }) => markAllMessagesRead(deps, auth),
  };
}
