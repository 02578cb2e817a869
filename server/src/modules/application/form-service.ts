import type { z } from 'zod';
import type { FieldIssue } from '../../../../types/common';
import type { FormDefinition, FormIssue } from '../../../../types/form-engine';
import type { PrefillSources } from '../../../../types/forms';
import { maskPersonName } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import type { AuthContext } from '../identity/auth-context';
import type { ApplicationDeps } from './application-deps';
import type { Language } from '../../http/language';

/**
 * E-certificate classes a user holds, for 材料智能调用. Until the certificate wallet lands, a
 * real-name verified user holds the 电子身份证 (IDCARD) and nothing else; the wallet adds its
 * classes through `walletCertificateClasses`.
 */
export async function heldCertificateClasses(deps: ApplicationDeps, userId: string): Promise<string[]> {
  const held = new Set<string>(await walletCertificateClasses(deps, userId));
  if (await deps.realNameRepository.findByUser(userId)) held.add('IDCARD');
  return [...held].sort();
}

/** The wallet's hook: the classes of the user's valid e-certificates in the 卡包 (issue 6). */
export async function walletCertificateClasses(deps: ApplicationDeps, userId: string): Promise<string[]> {
  return deps.certificateHolding.validCertificateClasses(userId);
}

export function getServiceForm(deps: ApplicationDeps, code: string, language: Language = 'zh-CN'): FormDefinition {
  if (!deps.catalog.has(code)) throw new AppError('NOT_FOUND', 'No service with this code');
  const form = deps.forms.formFor(code, language);
  if (!form) throw new AppError('FORM_NOT_AVAILABLE', 'This service is not done online; see its guide for where to go');
  return form;
}

/**
 * The caller's own sign-in phone, in full: 联系电话 is where the department calls back, so it
 * must be a number it can dial, and it is the caller's own. Null for a WeChat-only account.
 */
export async function loginPhone(deps: Pick<ApplicationDeps, 'certificateRepository' | 'crypto'>, userId: string): Promise<string | null> {
  const enc = await deps.certificateRepository.phoneEncOf(userId);
  return enc ? deps.crypto.decrypt('phone', enc) : null;
}

/**
 * What pre-fills a form for this caller: masked real-name data (the name and ID number are
 * read-only and re-filled by the server), the login phone, the acting enterprise, held certificates.
 */
export async function getPrefillSources(deps: ApplicationDeps, auth: AuthContext): Promise<z.input<typeof PrefillSources>> {
  const realName = await deps.realNameRepository.findByUser(auth.userId);
  // The acting enterprise pre-fills 办件 only for whoever holds its applications scope.
  const acting = await deps.enterpriseAccess.actingBinding(auth);
  const enterprise = acting && (await deps.enterpriseAccess.hasEnterpriseScope(auth.userId, acting, 'applications')) ? acting : null;
  return {
    profile: realName
      ? { name: realName.name_masked, idNumber: realName.id_number_masked, phone: await loginPhone(deps, auth.userId) }
      : null,
    enterprise: enterprise
      ? { name: enterprise.name, creditCode: enterprise.credit_code, legalRepresentative: maskPersonName(enterprise.legal_representative) }
      : null,
    certificates: await heldCertificateClasses(deps, auth.userId),
  };
}

const HINTS: Record<string, string> = {
  REQUIRED: 'Required',
  INVALID_TYPE: 'Wrong type',
  TOO_SHORT: 'Too short',
  TOO_LONG: 'Too long',
  TOO_SMALL: 'Too small',
  TOO_LARGE: 'Too large',
  INVALID_FORMAT: 'Wrong format',
  INVALID_VALUE: 'Not one of the allowed values',
  DATE_TOO_EARLY: 'Date too early',
  DATE_TOO_LATE: 'Date too late',
  UNKNOWN_FIELD: 'Not a field of this form',
  CERTIFICATE_NOT_HELD: 'You hold no e-certificate of this class',
  TOO_MANY_FILES: 'Too many files',
  UPLOAD_NOT_FOUND: 'No such upload of yours',
  ID_NUMBER_NOT_ALLOWED: 'Do not enter a full citizen ID number here',
  NOT_REQUESTED: 'Not among the fields the department asked to correct',
};

export function toFieldIssues(issues: FormIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, message: HINTS[issue.code] ?? 'Invalid value' }));
}

export function formInvalid(issues: FormIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The form has invalid fields', { issues: toFieldIssues(issues) });
}
