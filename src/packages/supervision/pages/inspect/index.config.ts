export default definePageConfig({ navigationBarTitleText: '一码监督' });
