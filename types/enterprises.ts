/**
 * 法人与经办人授权: the legal representative authorizes an agent (named by real name and citizen ID)
 * for some scopes until an end date, revokes it, and sees who did what for the enterprise.
 */
import { z } from 'zod';
import { IsoDateTime } from './common';
import { CitizenId, EnterpriseRole, EnterpriseScope, PersonName } from './identity';

export const AuthorizationIdParams = z.object({
  enterpriseId: z.string().min(1).max(64),
  authorizationId: z.string().min(1).max(64),
});

/** The last day the authorization holds (China time, inclusive). */
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });

export const GrantAuthorizationBody = z.object({
  granteeName: PersonName,
  granteeIdNumber: CitizenId,
  scopes: z.array(EnterpriseScope).min(1).max(4),
  validUntil: CalendarDate,
});
export type GrantAuthorizationBody = z.input<typeof GrantAuthorizationBody>;

export const AuthorizationStatus = z.enum(['active', 'expired', 'revoked']);
export type AuthorizationStatus = z.infer<typeof AuthorizationStatus>;

export const EnterpriseAuthorization = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  granteeName: z.string(),
  granteeIdNumber: z.string(),
  scopes: z.array(EnterpriseScope),
  validUntil: z.string(),
  status: AuthorizationStatus,
  createdAt: IsoDateTime,
  revokedAt: IsoDateTime.nullable(),
});
export type EnterpriseAuthorization = z.infer<typeof EnterpriseAuthorization>;

export const EnterpriseAuthorizationList = z.object({ items: z.array(EnterpriseAuthorization) });
export type EnterpriseAuthorizationList = z.infer<typeof EnterpriseAuthorizationList>;

export const EnterpriseActivityAction = z.enum([
  'bound',
  'unbound',
  'authorization_granted',
  'authorization_revoked',
  'profile_saved',
  'policy_subscriptions_saved',
  'policy_applied',
  'certificate_presented',
  'certificate_loss_reported',
  'enterprise_code_issued',
  /** 电子印章: a document stamped with the enterprise's seal (detail: the document's name). */
  'seal_stamped',
  /** 一码监督: 整改 confirmed for an inspection (detail: the task). */
  'rectification_confirmed',
]);
export type EnterpriseActivityAction = z.infer<typeof EnterpriseActivityAction>;

export const EnterpriseActivity = z.object({
  id: z.string(),
  actorName: z.string(),
  actorRole: EnterpriseRole,
  action: EnterpriseActivityAction,
  detail: z.string().nullable(),
  at: IsoDateTime,
});
export type EnterpriseActivity = z.infer<typeof EnterpriseActivity>;

export const EnterpriseActivityList = z.object({ items: z.array(EnterpriseActivity) });
export type EnterpriseActivityList = z.infer<typeof EnterpriseActivityList>;
