/**
 * E-certificate identifiers (电子证照标识, GB/T 36904-2018 form) with their ISO/IEC 7064
 * MOD 37,36 check character. Zod-free: the app (wallet, 亮证) and the server share it.
 *
 *   1.2.156.3005.2.<证照类型代码>.<颁发机构代码>.<证照编号>.<版本号>.<校验位>
 *
 * This project's segments: 证照类型代码 `CY` + the class's 3-digit number in the 40-class 川渝
 * catalogue (`CY004` 机动车驾驶证), 颁发机构代码 the issuing region (GB/T 2260, `510000`), 证照编号
 * 4-digit year + 8 digits, 版本号 `001`. The check character is computed over every character
 * before it with the dots left out (`1215630052CY004510000…001`), letters upper-case.
 */

export const CERTIFICATE_ID_PREFIX = '1.2.156.3005.2.';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const M = 36;
/** Whole identifier: the OID prefix, 3 to 8 alphanumeric segments, the check character. */
const SHAPE = /^1\.2\.156\.3005\.2(\.[0-9A-Z]{1,40}){3,8}\.[0-9A-Z]$/;
export const CERTIFICATE_ID_MAX_LENGTH = 160;

function values(input: string): number[] | null {
  const out: number[] = [];
  for (const c of input) {
    if (c === '.') continue;
    const v = ALPHABET.indexOf(c);
    if (v < 0) return null;
    out.push(v);
  }
  return out;
}

/** The running value of the hybrid system (M = 36, M + 1 = 37) after these characters. */
function product(digits: readonly number[]): number {
  let p = M;
  for (const a of digits) {
    let s = (p + a) % M;
    if (s === 0) s = M;
    p = (s * 2) % (M + 1);
  }
  return p;
}

/**
 * ISO/IEC 7064 MOD 37,36 check character of `body` (dots ignored; 0-9 and A-Z only), or null when
 * the body holds another character.
 */
export function mod3736CheckChar(body: string): string | null {
  const digits = values(body.toUpperCase());
  if (digits === null || digits.length === 0) return null;
  return ALPHABET[(M + 1 - product(digits)) % M];
}

/** True when the last character is the MOD 37,36 check character of everything before it. */
export function hasValidMod3736Check(withCheck: string): boolean {
  const digits = values(withCheck.toUpperCase());
  if (digits === null || digits.length < 2) return false;
  const p = product(digits.slice(0, -1));
  let s = (p + digits[digits.length - 1]) % M;
  if (s === 0) s = M;
  return s === 1;
}

/** A well-formed GB/T 36904 identifier whose check character matches. */
export function isValidCertificateId(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > CERTIFICATE_ID_MAX_LENGTH || !SHAPE.test(raw)) return false;
  return hasValidMod3736Check(raw);
}

/** Builds `1.2.156.3005.2.<segments…>.<check>` from its segments (upper-case alphanumerics). */
export function buildCertificateId(segments: readonly string[]): string {
  const body = CERTIFICATE_ID_PREFIX + segments.join('.');
  const check = mod3736CheckChar(body);
  if (check === null || segments.some((s) => !/^[0-9A-Z]{1,40}$/.test(s))) {
    throw new RangeError(`not a certificate identifier body: ${body}`);
  }
  return `${body}.${check}`;
}
