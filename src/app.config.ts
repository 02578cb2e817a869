export default defineAppConfig({
  // Main package: the five tab pages only. Every domain is a sub-package loaded on demand.
  pages: ['pages/index/index', 'pages/services/index', 'pages/code/index', 'pages/wallet/index', 'pages/mine/index'],
  subPackages: [
    {
      root: 'packages/account',
      pages: [
        'pages/login/index',
        'pages/real-name/index',
        'pages/enterprises/index',
        'pages/enterprise-authority/index',
        'pages/settings/index',
        'pages/agreement/index',
        'pages/privacy/index',
        'pages/security/index',
      ],
    },
    {
      root: 'packages/catalog',
      pages: ['pages/list/index', 'pages/search/index', 'pages/detail/index', 'pages/nearby/index', 'pages/city/index', 'pages/favorites/index'],
    },
    { root: 'packages/service-code', pages: ['pages/usage/index'] },
    { root: 'packages/policies', pages: ['pages/index/index', 'pages/profile/index', 'pages/detail/index', 'pages/grants/index'] },
    { root: 'packages/applications', pages: ['pages/apply/index', 'pages/list/index', 'pages/detail/index', 'pages/messages/index'] },
    { root: 'packages/verifier', pages: ['pages/scan/index'] },
    { root: 'packages/wallet', pages: ['pages/detail/index', 'pages/present/index', 'pages/usage/index'] },
    { root: 'packages/staff', pages: ['pages/queue/index', 'pages/review/index', 'pages/case/index'] },
    { root: 'packages/cases', pages: ['pages/list/index', 'pages/new/index', 'pages/detail/index'] },
    { root: 'packages/consultation', pages: ['pages/ask/index', 'pages/coaching/index', 'pages/feedback/index'] },
    { root: 'packages/seal', pages: ['pages/list/index', 'pages/detail/index', 'pages/verify/index'] },
    { root: 'packages/supervision', pages: ['pages/inspect/index', 'pages/detail/index', 'pages/enterprise/index', 'pages/public/index'] },
    { root: 'packages/notices', pages: ['pages/list/index', 'pages/detail/index'] },
  ],
  preloadRule: {
    'pages/mine/index': { network: 'all', packages: ['packages/account'] },
    'pages/index/index': { network: 'all', packages: ['packages/catalog'] },
    'pages/services/index': { network: 'all', packages: ['packages/catalog'] },
  },
  lazyCodeLoading: 'requiredComponents',
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的政务服务大厅和自助终端' },
  },
  requiredPrivateInfos: ['getLocation'],
  // WeChat's privacy check (基础库 2.32.3+): privacy APIs wait for our prompt (shared/platform/privacy.ts).
  __usePrivacyCheck__: true,
  // The 亮码 page asks for full brightness and a screen that stays on (see shared/platform/screen).
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1452c2',
    navigationBarTitleText: '天府通办',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
  tabBar: {
    // The mini-program draws its own bar (src/custom-tab-bar): WeChat's cannot grow for 长辈版.
    // Taro's H5 router has no custom tab bar and draws its own, sized for 长辈版 in ui.scss.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#4b5563',
    selectedColor: '#1452c2',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/services/index', text: '办事', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-active.png' },
      { pagePath: 'pages/code/index', text: '亮码', iconPath: 'assets/tab/code.png', selectedIconPath: 'assets/tab/code-active.png' },
      { pagePath: 'pages/wallet/index', text: '证照', iconPath: 'assets/tab/wallet.png', selectedIconPath: 'assets/tab/wallet-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
});
