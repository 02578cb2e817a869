export default defineAppConfig({
  // Main package: the five tab pages only. Every domain is a sub-package loaded on demand.
  pages: ['pages/index/index', 'pages/services/index', 'pages/code/index', 'pages/wallet/index', 'pages/mine/index'],
  subPackages: [
    {
      root: 'packages/account',
      pages: ['pages/login/index', 'pages/real-name/index', 'pages/enterprises/index', 'pages/settings/index'],
    },
  ],
  preloadRule: {
    'pages/mine/index': { network: 'all', packages: ['packages/account'] },
  },
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#1452c2',
    navigationBarTitleText: '天府通办',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
  tabBar: {
    color: '#4b5563',
    selectedColor: '#1452c2',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/services/index', text: '办事' },
      { pagePath: 'pages/code/index', text: '亮码' },
      { pagePath: 'pages/wallet/index', text: '证照' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
});
