export default definePageConfig({ navigationBarTitleText: '企业公示' });
