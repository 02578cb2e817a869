export default definePageConfig({ navigationBarTitleText: '用码记录' });
