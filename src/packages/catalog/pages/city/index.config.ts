export default definePageConfig({ navigationBarTitleText: '切换市州' });
