import { creditCodeCheckChar } from '../../../../types/identity-numbers';

/**
 * GB 32100-2015 unified social credit codes: registration authority + type (91 企业, 92 个体工商户,
 * 93 农民专业合作社), the 6-digit GB/T 2260 district, the 9-character organization code (GB 11714,
 * with its own check character) and the GB 32100 check character.
 */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714-1997 check character of an 8-character organization code body. */
export function organizationCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const c = body8[i];
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * ORG_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A full credit code from its parts: `kind` (91/92/93), district, 8-character org-code body. */
export function buildCreditCode(kind: string, district: string, orgBody8: string): string {
  const first17 = `${kind}${district}${orgBody8}${organizationCodeCheckChar(orgBody8)}`;
  const check = creditCodeCheckChar(first17);
  if (check === null) throw new Error(`Not a valid credit code body: ${first17}`);
  return first17 + check;
}
