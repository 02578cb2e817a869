/**
 * Check-character rules for Chinese identity numbers, shared by client and server so a typo is
 * caught on the phone before it costs a round trip, and re-checked by the server that trusts nobody.
 */

const CITIZEN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CITIZEN_ID_CHECK = '10X98765432';

/** GB 11643-1999 citizen identity number: 6-digit region, birth date, sequence, MOD 11-2 check. */
export function isValidCitizenId(raw: string, today: Date = new Date()): boolean {
  const id = raw.toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day ||
    birth.getTime() > today.getTime()
  ) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(id[i]) * CITIZEN_ID_WEIGHTS[i];
  return CITIZEN_ID_CHECK[sum % 11] === id[17];
}

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100-2015 check character for the first 17 characters, or null if one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 32100-2015 统一社会信用代码: 18 characters of the 31-letter alphabet (no I, O, Z, S, V). */
export function isValidCreditCode(raw: string): boolean {
  const code = raw.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** Mainland mobile number as used for SMS login. */
export function isValidMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(raw);
}

/** `5101**********1234`: the masked form scqr-v1 §2 fixes (first 4, last 4 kept). */
export function maskCitizenId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;
}

/** `张*三`, `李*`, `欧**娜`: family name and last character kept, as in scqr-v1 §2. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskMobile(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
