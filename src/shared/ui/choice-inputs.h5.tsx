import type { DateInputProps, SelectInputProps } from './choice-inputs';

/**
 * Browser: the platform's own date and select controls — on a phone they open the system picker,
 * they are labelled for screen readers, and they take typed input (Taro's H5 Picker is a scrolling
 * modal that does neither well).
 */
export function DateInput({ id, label, value, disabled, onChange }: DateInputProps) {
  return (
    <input
      className='ui-field__input ui-native-input'
      type='date'
      id={id}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function SelectInput({ id, label, value, options, placeholder, disabled, onChange }: SelectInputProps) {
  return (
    <select className='ui-field__input ui-native-input' id={id} aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      <option value='' disabled>
        {placeholder}
      </option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
