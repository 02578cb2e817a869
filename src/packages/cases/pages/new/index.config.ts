export default definePageConfig({ navigationBarTitleText: '12345诉求' });
