import { View } from '@tarojs/components';

/** What the title bar takes (title-bar.h5.tsx draws one in the browser). */
export interface TitleBarProps {
  title: string;
}

/**
 * The mini-program: WeChat draws the title bar with its own back and home controls (the page
 * shell sets its title), so the page draws none — a second bar would stand under the first. The
 * page's name stays in the banner for screen readers, which announce it first.
 */
export function TitleBar({ title }: TitleBarProps) {
  return (
    <View className='ui-sr-only' role='heading' aria-level={1}>
      {title}
    </View>
  );
}
