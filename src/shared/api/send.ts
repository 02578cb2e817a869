import Taro from '@tarojs/taro';
import { ApiClientError } from './api-error';
import { errorFromResponse, REQUEST_TIMEOUT_MS, type SendOptions } from './send-options';

/**
 * The mini-program's transport: Taro.request (WeChat has no XMLHttpRequest or fetch). The H5
 * build takes `send.h5.ts` instead, so its first load does not carry Taro's request layer.
 */
export function send(options: SendOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Taro.request also returns a promise that rejects alongside `fail`: handled there, so this
    // one is silenced, or every offline request logs an unhandled rejection on the phone.
    const task = Taro.request({
      url: options.url,
      method: options.method as 'GET',
      data: options.data as never,
      header: options.headers,
      timeout: REQUEST_TIMEOUT_MS,
      dataType: 'json',
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data);
        else reject(errorFromResponse(res.statusCode, res.data));
      },
      fail: (err) => {
        const message = err.errMsg ?? 'request failed';
        reject(new ApiClientError(/timeout/i.test(message) ? 'TIMEOUT' : 'NETWORK', 0, message));
      },
    });
    void Promise.resolve(task).catch(() => undefined);
  });
}
