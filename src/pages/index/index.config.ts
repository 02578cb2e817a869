export default definePageConfig({ navigationBarTitleText: '天府通办' });
