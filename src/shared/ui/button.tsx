import { Button as TaroButton } from '@tarojs/components';
import type { ReactNode } from 'react';

interface ButtonProps {
  /**
   * primary: the one action a screen is for; secondary: an alternative beside it; text: a quiet
   * action (a link in a card's corner); danger: an action that cannot be undone.
   */
  variant?: 'primary' | 'secondary' | 'text' | 'danger';
  /** Sized to its label (beside an input, in a card's corner) instead of the full width of a form. */
  inline?: boolean;
  disabled?: boolean;
  loading?: boolean;
  openType?: 'getPhoneNumber' | 'share' | 'contact';
  onClick?: () => void;
  children: ReactNode;
  testId?: string;
}

/** The app's one button: every form's actions span its width, so no two screens' buttons differ. */
export function Button({ variant = 'primary', inline = false, disabled, loading, onClick, children, testId }: ButtonProps) {
  const inactive = disabled || loading;
  return (
    <TaroButton
      className={`ui-button ui-button--${variant}${inline ? ' ui-button--inline' : ''}${inactive ? ' ui-button--disabled' : ''}`}
      disabled={inactive}
      loading={loading}
      onClick={inactive ? undefined : onClick}
      data-testid={testId}
    >
      {children}
    </TaroButton>
  );
}
