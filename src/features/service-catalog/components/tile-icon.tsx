import { View } from '@tarojs/components';
import { Icon } from '@/shared/ui/icon';
import type { IconGlyph } from '@/shared/ui/icons/glyph';
import './tile-icon.scss';

/** A grid tile's pictogram (首页's quick actions, 办事's themes): white on the app's blue. */
export function TileIcon({ glyph }: { glyph: IconGlyph }) {
  return (
    <View className='tile-icon' aria-hidden>
      <Icon glyph={glyph} tone='onPrimary' size='m' />
    </View>
  );
}
