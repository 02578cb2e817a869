export default definePageConfig({ navigationBarTitleText: '用证记录' });
