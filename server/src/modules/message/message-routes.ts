import { listMessages, markAllMessagesRead, markMessageRead } from './message-service';
import type { RouteHandlers } from '../../http/route-types';
import type { MessageDeps } from './message-deps';
import { messagesIn } from './message-english';

/** 消息中心: the caller's own messages. */
export function messageRoutes(deps: MessageDeps): RouteHandlers<'listMessages' | 'markMessageRead' | 'markAllMessagesRead'> {
  return {
    listMessages: async ({ auth, language }) => messagesIn(deps, await listMessages(deps, auth), language),
    markMessageRead: ({ auth, params }) => markMessageRead(deps, auth, params.id),
    markAllMessagesRead: ({ auth }) => markAllMessagesRead(deps, auth),
  };
}
