import Taro from '@tarojs/taro';
import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios';

type TaroMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';

/**
 * axios has no adapter inside the mini-program runtime, so every request of both targets goes
 * through Taro.request: one code path, the same behaviour on weapp and H5.
 */
export const taroAdapter: AxiosAdapter = (config) =>
  new Promise((resolve, reject) => {
    const base = config.baseURL ?? '';
    const query = config.params
      ? Object.entries(config.params as Record<string, unknown>)
          .filter(([, v]) => v !== undefined && v !== null && v !== '')
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
          .join('&')
      : '';
    const url = `${base}${config.url ?? ''}${query ? `?${query}` : ''}`;
    const headers = AxiosHeaders.from(config.headers as never).toJSON() as Record<string, string>;
    // Taro.request also returns a promise that rejects alongside `fail`: handled there, so this
    // one is silenced, or every offline request logs an unhandled rejection on the phone.
    const task = Taro.request({
      url,
      method: (config.method ?? 'get').toUpperCase() as TaroMethod,
      data: config.data,
      header: headers,
      timeout: config.timeout || 15000,
      dataType: 'json',
      success: (res) => {
        const response: AxiosResponse = {
          data: res.data,
          status: res.statusCode,
          statusText: String(res.statusCode),
          headers: res.header ?? {},
          config,
        };
        const validate = config.validateStatus;
        if (!validate || validate(res.statusCode)) resolve(response);
        else reject(new AxiosError(`HTTP ${res.statusCode}`, AxiosError.ERR_BAD_RESPONSE, config, null, response));
      },
      fail: (err) => {
        const timedOut = /timeout/i.test(err.errMsg ?? '');
        reject(new AxiosError(err.errMsg ?? 'request failed', timedOut ? AxiosError.ECONNABORTED : AxiosError.ERR_NETWORK, config));
      },
    });
    void Promise.resolve(task).catch(() => undefined);
  });
