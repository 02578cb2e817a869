/** Build target, for the few screens that differ (e.g. 微信一键登录 exists only in WeChat). */
export const isWeapp = process.env.TARO_ENV === 'weapp';
export const isH5 = process.env.TARO_ENV === 'h5';
