import type { ReactNode } from 'react';
import { createElement } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; className?: string };

/** Taro components as plain DOM elements, so tests query what a user would see. */
function passthrough(tag: string) {
  return function Component({ children, onClick, className, ...rest }: Props) {
    const attrs: Record<string, unknown> = { className, onClick };
    for (const [k, v] of Object.entries(rest)) if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'id' || k === 'src' || k === 'style') attrs[k] = v;
    return createElement(tag, attrs, children);
  };
}

export const View = passthrough('div');
export const Text = passthrough('span');
export const Image = passthrough('img');
export const ScrollView = passthrough('div');

export function Button({ children, onClick, disabled, className, ...rest }: Props) {
  return createElement('button', { className, onClick, disabled, 'data-testid': rest['data-testid'] }, children);
}

export function Input({ value, placeholder, onInput, id, maxlength, ...rest }: Props) {
  return createElement('input', {
    id,
    value,
    placeholder,
    maxLength: maxlength,
    'aria-label': rest['aria-label'],
    disabled: rest.disabled,
    onChange: (e: { target: { value: string } }) => (onInput as ((ev: unknown) => void) | undefined)?.({ detail: { value: e.target.value } }),
  });
}

export function Switch({ checked, onChange, ...rest }: Props) {
  return createElement('input', {
    type: 'checkbox',
    role: 'switch',
    checked,
    'aria-label': rest['aria-label'],
    onChange: (e: { target: { checked: boolean } }) => (onChange as ((ev: unknown) => void) | undefined)?.({ detail: { value: e.target.checked } }),
  });
}
