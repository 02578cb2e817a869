/**
 * Personal data that people type into forms and free text, as it is kept at rest.
 *
 * - A value that is wholly a mobile number, a bank-card number (16–19 digits) or an 18-character
 *   citizen ID (a partner's phone, a card for 丧葬补助金, a spouse's ID) is encrypted inside the
 *   stored JSON and decrypted for whoever may read the application or draft (the applicant, the
 *   staff handling it): they need the real number, a database dump must not show it.
 * - Free text (12345 case content and replies, staff reasons, file names, the text fields of a
 *   form) has any 18-character citizen ID in it masked to `5101**********1234` (first 4 and
 *   last 4 kept, as everywhere else) before it is stored: nobody needs it back in full there.
 */
import { maskCitizenId } from '../../../types/identity-numbers';
import type { Crypto } from '../security/crypto';

/** 17 digits and a check character, not inside a longer run of letters or digits. */
const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

const SENSITIVE_WHOLE_VALUES = [/^1[3-9]\d{9}$/, /^\d{16,19}$/, /^\d{17}[\dXx]$/];

/** What an encrypted value in a stored values JSON starts with. */
export const SEALED_PREFIX = 'sealed:';

export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskCitizenId(id.toUpperCase()));
}

export function maskIdNumbersInOptionalText<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? maskIdNumbersInText(text) : text) as T;
}

function isSensitiveValue(value: string): boolean {
  const trimmed = value.trim().replace(/[\s-]/g, '');
  return SENSITIVE_WHOLE_VALUES.some((pattern) => pattern.test(trimmed));
}

function sealOne(crypto: Crypto, value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.startsWith(SEALED_PREFIX)) return value;
    return isSensitiveValue(value) ? `${SEALED_PREFIX}${crypto.encrypt('form-values', value)}` : maskIdNumbersInText(value);
  }
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? maskIdNumbersInText(item) : item));
  return value;
}

function openOne(crypto: Crypto, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(SEALED_PREFIX)) return value;
  try {
    return crypto.decrypt('form-values', value.slice(SEALED_PREFIX.length));
  } catch {
    // Typed by a person, not sealed by this node: it is what they wrote.
    return value;
  }
}

/** Form values (an application's or a draft's) as the JSON stored at rest. */
export function sealFormValues(crypto: Crypto, values: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, sealOne(crypto, value)])));
}

/** The stored JSON back to the values an authorised reader sees. */
export function openFormValues<T = Record<string, unknown>>(crypto: Crypto, json: string): T {
  const values = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, openOne(crypto, value)])) as T;
}
