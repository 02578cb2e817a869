export default definePageConfig({ navigationBarTitleText: '事前申报辅导' });
