export default definePageConfig({ navigationBarTitleText: '智能咨询' });
