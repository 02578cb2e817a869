// What the Taro build injects (config/index.ts defineConstants and TARO_ENV), for jsdom.
process.env.TARO_ENV = 'h5';
(globalThis as unknown as { API_BASE: string; TRUST_ANCHORS: string }).API_BASE = '';
(globalThis as unknown as { TRUST_ANCHORS: string }).TRUST_ANCHORS = '[]';
(globalThis as unknown as { SUBSCRIBE_TEMPLATES: string }).SUBSCRIBE_TEMPLATES = '{}';
