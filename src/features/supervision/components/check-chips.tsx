import { View } from '@tarojs/components';
import '@/features/supervision/components/supervision.scss';

interface CheckChipsProps<V extends string> {
  label: string;
  options: { value: V; label: string; fixed?: boolean }[];
  selected: readonly V[];
  onToggle: (value: V) => void;
  testId: string;
}

/** A labelled group of on/off chips (checkboxes to assistive technology); a fixed one stays on. */
export function CheckChips<V extends string>({ label, options, selected, onToggle, testId }: CheckChipsProps<V>) {
  return (
    <View className='ui-chips sup-chips' role='group' aria-label={label} data-testid={testId}>
      {options.map((o) => {
        const on = selected.includes(o.value);
        return (
          <View
            key={o.value}
            role='checkbox'
            aria-checked={on}
            aria-disabled={o.fixed}
            className={`ui-chip sup-chip${on ? ' ui-chip--active sup-chip--on' : ''}${o.fixed ? ' sup-chip--fixed' : ''}`}
            data-value={o.value}
            onClick={o.fixed ? undefined : () => onToggle(o.value)}
          >
            {o.label}
          </View>
        );
      })}
    </View>
  );
}
