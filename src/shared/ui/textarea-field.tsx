import { Textarea, View } from '@tarojs/components';

interface TextareaFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  /** Also shows how much is left, as the limit is otherwise only discovered by typing into it. */
  maxlength?: number;
  /** Taller for a statement or report, shorter for a reason or note. */
  size?: 'regular' | 'tall';
  error?: string;
  disabled?: boolean;
  /** For journeys that look the error up; `<id>-error` otherwise. */
  errorTestId?: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line field: the label is its accessible name, the error is read out with it. */
export function TextareaField({ id, label, value, placeholder, maxlength, size = 'regular', error, disabled, errorTestId, onChange }: TextareaFieldProps) {
  return (
    <View className='ui-field'>
      <View className='ui-field__label' id={`${id}-label`}>
        {label}
      </View>
      <Textarea
        className={`ui-field__input ui-field__textarea ui-field__textarea--${size}`}
        id={id}
        name={id}
        value={value}
        maxlength={maxlength ?? -1}
        placeholder={placeholder}
        disabled={disabled}
        aria-label={label}
        nativeProps={{ 'aria-label': label }}
        onInput={(e) => onChange(e.detail.value)}
      />
      {maxlength !== undefined && (
        <View className='ui-field__counter' aria-hidden>
          {value.length}/{maxlength}
        </View>
      )}
      {error && (
        <View className='ui-field__error' role='alert' data-testid={errorTestId ?? `${id}-error`}>
          {error}
        </View>
      )}
    </View>
  );
}
