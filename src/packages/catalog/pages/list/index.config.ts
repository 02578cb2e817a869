export default definePageConfig({ navigationBarTitleText: '服务列表' });
