import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { useT } from '@/shared/i18n/use-t';
import { back } from '@/shared/platform/navigation';
import { Icon } from './icon';
import { backIcon, homeIcon } from './icons/navigation-icons';
import type { TitleBarProps } from './title-bar';
import './title-bar.scss';

/**
 * The browser: no WeChat bar above the page, so the page draws its own — its name and a way back.
 * A page opened from a link (a shared guide, a message) has nothing to go back to: the control
 * then reads 首页 and goes there, rather than leaving the resident on a page with no way out.
 */
export function TitleBar({ title }: TitleBarProps) {
  const t = useT();
  const [hasHistory, setHasHistory] = useState(false);
  // The stack is only final once the page is shown (Taro pushes it after the first render).
  useDidShow(() => setHasHistory(Taro.getCurrentPages().length > 1));
  const label = hasHistory ? t('nav.back') : t('nav.home');

  return (
    <View className='ui-title-bar'>
      <button
        type='button'
        className='ui-title-bar__back'
        aria-label={label}
        data-testid='title-bar-back'
        data-target={hasHistory ? 'back' : 'home'}
        onClick={() => back()}
      >
        <Icon glyph={hasHistory ? backIcon : homeIcon} tone='onPrimary' />
      </button>
      <View className='ui-title-bar__title' role='heading' aria-level={1} data-testid='title-bar-title'>
        {title}
      </View>
    </View>
  );
}
