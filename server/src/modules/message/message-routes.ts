import { listMessages, markAllMessagesRead, markMessageRead } from './message-service';
import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';

/** 消息中心: the caller's own messages. */
export function messageRoutes(ctx: ServiceContext): RouteHandlers<'listMessages' | 'markMessageRead' | 'markAllMessagesRead'> {
  return {
    listMessages: ({ auth }) => listMessages(ctx, auth),
    markMessageRead: ({ auth, params }) => markMessageRead(ctx, auth, params.id),
    markAllMessagesRead: ({ auth }) => markAllMessagesRead(ctx, auth),
  };
}
