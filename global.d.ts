/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** Injected by config/index.ts defineConstants: '' on H5 (same origin), absolute on weapp. */
declare const API_BASE: string;
/** Injected by config/index.ts: JSON of the pinned trust anchors, '[]' in development builds. */
declare const TRUST_ANCHORS: string;
/** Injected by config/index.ts: JSON of the weapp subscribe-message template ids per topic. */
declare const SUBSCRIBE_TEMPLATES: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    TARO_APP_API_BASE?: string;
    TARO_APP_TRUST_ANCHORS?: string;
    TARO_APP_SUBSCRIBE_TEMPLATES?: string;
  }
}
