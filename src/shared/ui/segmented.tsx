import { View } from '@tarojs/components';

interface SegmentedProps<V extends string> {
  options: { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}

export function Segmented<V extends string>({ options, value, onChange }: SegmentedProps<V>) {
  return (
    <View className='ui-segmented' role='tablist'>
      {options.map((o) => (
        <View
          key={o.value}
          role='tab'
          aria-selected={o.value === value}
          className={`ui-segmented__item${o.value === value ? ' ui-segmented__item--active' : ''}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}
