import { View } from '@tarojs/components';
import { useT } from '@/shared/i18n/use-t';
import { go } from '@/shared/platform/navigation';
import { Button } from './button';

/** What a page that needs an account shows to a visitor, with the way forward. */
export function SignInPrompt({ message, needRealName = false }: { message: string; needRealName?: boolean }) {
  const t = useT();
  return (
    <View className='ui-card ui-empty'>
      <View className='sign-in-prompt__message'>{message}</View>
      <Button onClick={() => go(needRealName ? '/packages/account/pages/real-name/index' : '/packages/account/pages/login/index')}>
        {needRealName ? t('mine.realNameTodo') : t('common.goLogin')}
      </Button>
    </View>
  );
}
