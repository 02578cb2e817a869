import Taro from '@tarojs/taro';

export type SubscriptionTopic = 'application' | 'policy';

function templateIds(topic: SubscriptionTopic): string[] {
  try {
    const all = JSON.parse(SUBSCRIBE_TEMPLATES) as Partial<Record<SubscriptionTopic, string[]>>;
    return all[topic] ?? [];
  } catch {
    return [];
  }
}

/**
 * Asks, on weapp, for permission to send WeChat subscribe messages (办件进度, 临期提醒) for this
 * topic. WeChat only shows the request inside a tap handler, so call it first thing in one. The
 * template ids are the mini-program's own (TARO_APP_SUBSCRIBE_TEMPLATES at build time); without
 * them, and on H5, the in-app message centre is the channel.
 */
export function requestSubscription(topic: SubscriptionTopic): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const tmplIds = templateIds(topic);
  if (tmplIds.length === 0) return;
  Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option).catch(() => undefined);
}
