/**
 * Check-character rules for Chinese identity numbers, shared by client and server so a typo is
 * caught on the phone before it costs a round trip, and re-checked by the server that trusts nobody.
 */

const CITIZEN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CITIZEN_ID_CHECK = '10X98765432';

/**
 * Why a citizen identity number (GB 11643-1999: 6-digit region, birth date, 3-digit sequence,
 * MOD 11-2 check character) is not one, so that a resident is told which part to re-read:
 * the count of characters, a letter where a digit belongs, a birth date that cannot be (or lies
 * in the future), or the last character not matching the other seventeen.
 */
export type CitizenIdProblem = 'CITIZEN_ID_LENGTH' | 'CITIZEN_ID_FORMAT' | 'CITIZEN_ID_BIRTH_DATE' | 'CITIZEN_ID_CHECK_DIGIT';

/** The MOD 11-2 check character of the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * CITIZEN_ID_WEIGHTS[i];
  return CITIZEN_ID_CHECK[sum % 11];
}

export function citizenIdProblem(raw: string, today: Date = new Date()): CitizenIdProblem | null {
  const id = raw.toUpperCase();
  if (id.length !== 18) return 'CITIZEN_ID_LENGTH';
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return 'CITIZEN_ID_FORMAT';
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
    return 'CITIZEN_ID_BIRTH_DATE';
  }
  return citizenIdCheckChar(id) === id[17] ? null : 'CITIZEN_ID_CHECK_DIGIT';
}

export function isValidCitizenId(raw: string, today: Date = new Date()): boolean {
  return citizenIdProblem(raw, today) === null;
}

/**
 * 居民身份证 names: Han characters only (rare ones outside the basic block included, as 户籍
 * registers them), 2 to 15 of them as the card's name field holds, and for names transcribed
 * from minority languages segments joined by single middle dots (买买提·艾力), never leading,
 * trailing or doubled.
 */
export type PersonNameProblem = 'PERSON_NAME_LENGTH' | 'PERSON_NAME_CHARACTERS' | 'PERSON_NAME_DOT';

export const PERSON_NAME_MAX_LENGTH = 15;

/** The dots people type for the middle dot (•, ・, ．, ‧) all mean U+00B7; spaces are not part of a name. */
export function normalizePersonName(name: string): string {
  return name.trim().replace(/[\u2022\u2027\u30fb\uff0e\uff65]/g, '\u00b7');
}

export function personNameProblem(raw: string): PersonNameProblem | null {
  const name = normalizePersonName(raw);
  const chars = Array.from(name);
  if (chars.length < 2 || chars.length > PERSON_NAME_MAX_LENGTH) return 'PERSON_NAME_LENGTH';
  if (!/^[\p{Script=Han}\u00b7]+$/u.test(name)) return 'PERSON_NAME_CHARACTERS';
  if (!/^\p{Script=Han}+(\u00b7\p{Script=Han}+)*$/u.test(name)) return 'PERSON_NAME_DOT';
  return null;
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
