/**
 * External registries, one interface each (convention 11). buildApp picks the development
 * implementation unless configuration (or a test) supplies another.
 */
import type { EnterpriseProfileBody } from '../../../types/policies';

export interface SmsProvider {
  /** Delivers a login code. The code and phone are personal data: implementations never log them. */
  sendLoginCode(phone: string, code: string, validMinutes: number): Promise<void>;
}

export interface WeappIdentity {
  openid: string;
  unionid?: string;
}

export interface WeappAuthProvider {
  /**
   * Exchanges a `Taro.login()` code for the user's openid (WeChat code2session).
   * Throws AppError WEAPP_LOGIN_FAILED when WeChat rejects the code.
   */
  exchangeCode(code: string): Promise<WeappIdentity>;
}

export type RealNameResult = { ok: true } | { ok: false; reason: 'mismatch' };

export interface RealNameProvider {
  /** Asks the identity authority whether this name and citizen ID belong together. */
  verify(person: { name: string; idNumber: string }): Promise<RealNameResult>;
}

export interface RegistryEnterprise {
  creditCode: string;
  name: string;
  legalRepresentative: string;
}

/** What a 企业码 shows besides name and credit code (公共信用综合评价 / 纳税信用等级, licences held). */
export interface EnterpriseCreditProfile {
  creditRating: string;
  licences: string[];
}

/**
 * What the registry confirms for 一企一档 (行业、规模、参保、资质): the facts 免申即享 may rest on,
 * unlike what an owner types in.
 */
export type RegisteredEnterpriseFacts = Omit<EnterpriseProfileBody, 'regionCode'>;

export interface EnterpriseRegistryProvider {
  /** The registered enterprise with this (already checksum-valid, upper-case) credit code, or null. */
  findByCreditCode(creditCode: string): Promise<RegistryEnterprise | null>;
  /**
   * 法定代表人身份核验: whether this person (real name AND citizen ID) is the enterprise's registered
   * legal representative. The registry confirms or denies; it never hands out the representative's ID.
   */
  isLegalRepresentative(creditCode: string, person: { name: string; idNumber: string }): Promise<boolean>;
  /** Its credit profile, or null when the registry has none (optional: older doubles lack it). */
  findCreditProfile?(creditCode: string): Promise<EnterpriseCreditProfile | null>;
  /** The registry's 一企一档 facts, or null when it shares none. */
  findRegisteredFacts?(creditCode: string): Promise<RegisteredEnterpriseFacts | null>;
}

export interface Providers {
  sms: SmsProvider;
  weapp: WeappAuthProvider;
  realName: RealNameProvider;
  enterpriseRegistry: EnterpriseRegistryProvider;
  /** The clock every expiry is computed from; tests move it instead of waiting. */
  now: () => Date;
}
