import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

/**
 * WeChat's privacy authorization (app.json `__usePrivacyCheck__`): before a privacy API (album,
 * camera, location, clipboard…) runs for the first time, WeChat asks the app to show its own
 * privacy prompt and waits; the API goes on only when the user taps a button with
 * open-type="agreePrivacyAuthorization" whose id is passed back. H5 has no such layer: the
 * browser asks per permission itself.
 */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void;

let pending: Resolve | null = null;
const listeners = new Set<(open: boolean) => void>();

function notify(): void {
  for (const listener of listeners) listener(pending !== null);
}

/** Called once from app.ts. */
export function installPrivacyAuthorization(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  // Base libraries before 2.32.3 have no privacy check (and no such API): nothing to handle there.
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    // Only one prompt at a time: a second request while one is open joins it.
    pending?.({ event: 'disagree' });
    pending = resolve;
    resolve({ event: 'exposureAuthorization' });
    notify();
  });
}

/** The user's answer in the prompt (agree comes from the open-type button's event). */
export function answerPrivacyAuthorization(agree: boolean): void {
  pending?.(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' });
  pending = null;
  notify();
}

/** Whether WeChat is waiting for the privacy prompt right now. */
export function usePrivacyAuthorizationRequest(): boolean {
  const [open, setOpen] = useState(pending !== null);
  useEffect(() => {
    listeners.add(setOpen);
    return () => void listeners.delete(setOpen);
  }, []);
  return open;
}

/**
 * Asks WeChat for the privacy authorization up front (it shows our prompt if the user has not
 * agreed yet), so consent to the policy and WeChat's authorization happen in one step. Resolves
 * false when the user declines. Always true on H5.
 */
export function requirePrivacyAuthorization(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
  });
}
