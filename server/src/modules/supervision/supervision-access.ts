/**
 * Who may read and write inspections: an inspector within their office's region (and, for an
 * inspection's details, their department among its departments); an enterprise only its own,
 * through the 企业码 scope (the inspections are recorded on its code).
 */
import { AppError } from '../../errors';
import type { AuthContext, ServiceContext } from '../../service-context';
import { regionCoversTarget, routedRegionOf } from '../application/application-routing';
import { requireEnterpriseScope } from '../enterprise/enterprise-authority';
import type { BoundEnterpriseRow } from '../enterprise/enterprise-repository';
import type { InspectionRow, InspectorRow } from './supervision-repository';

/** The inspector this user is (matched by the HMAC of their login phone), if any. */
export async function inspectorOf(ctx: ServiceContext, userId: string): Promise<InspectorRow | null> {
  const user = await ctx.db.q.selectFrom('users').select('phone_hash').where('id', '=', userId).executeTakeFirst();
  return user?.phone_hash ? ctx.supervision.findInspectorByPhoneHash(user.phone_hash) : null;
}

/** 403 FORBIDDEN for anyone but an inspector. */
export async function requireInspector(ctx: ServiceContext, auth: AuthContext): Promise<InspectorRow> {
  const inspector = await inspectorOf(ctx, auth.userId);
  if (!inspector) throw new AppError('FORBIDDEN', 'Inspectors (执法人员) only');
  return inspector;
}

/**
 * The office region that inspects an enterprise: the city of its registration authority (digits
 * 3–8 of the 统一社会信用代码); an enterprise registered in another province is that province's.
 */
export function enterpriseRegion(ctx: ServiceContext, creditCode: string): string {
  const district = creditCode.slice(2, 8);
  if (district.slice(0, 2) !== ctx.config.region.slice(0, 2)) return `${district.slice(0, 2)}0000`;
  return routedRegionOf(district, ctx.config.region);
}

/** 403 STAFF_OFFICE_FORBIDDEN for an enterprise outside the inspector's region. */
export function requireRegion(inspector: InspectorRow, region: string): void {
  if (!regionCoversTarget(inspector.region, region)) {
    throw new AppError('STAFF_OFFICE_FORBIDDEN', "This enterprise is inspected by another region's offices");
  }
}

/** Whether the inspector may read the inspection's findings, photos and 整改: their region and department. */
export function inspectorReads(inspector: InspectorRow, row: InspectionRow): boolean {
  return regionCoversTarget(inspector.region, row.enterprise_region) && row.departments.includes(inspector.department);
}

/** The enterprise this session acts for, with the 企业码 scope (403 otherwise). */
export function requireEnterpriseOfCode(ctx: ServiceContext, auth: AuthContext): Promise<BoundEnterpriseRow> {
  return requireEnterpriseScope(ctx, auth, 'service_code', 'Act as the enterprise (法人 or an agent with its 企业码 scope) to see its inspections');
}
