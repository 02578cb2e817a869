/**
 * Who may read and write inspections: an inspector within their office's region (and, for an
 * inspection's details, their department among its departments); an enterprise only its own,
 * through the 企业码 scope (the inspections are recorded on its code).
 */
import { AppError } from '../../errors';
import type { AuthContext } from '../identity/auth-context';
import { regionCoversTarget, routedRegionOf } from '../application/application-routing';
import type { BoundEnterpriseRow } from '../enterprise/enterprise-repository';
import type { SupervisionDeps } from './supervision-deps';
import type { InspectionRow, InspectorRow } from './supervision-repository';

/** The inspector this user is (matched by the HMAC of their login phone), if any. */
export function inspectorOf(deps: Pick<SupervisionDeps, 'supervisionRepository'>, userId: string): Promise<InspectorRow | null> {
  return deps.supervisionRepository.findInspectorOfUser(userId);
}

/** 403 FORBIDDEN for anyone but an inspector. */
export async function requireInspector(deps: Pick<SupervisionDeps, 'supervisionRepository'>, auth: AuthContext): Promise<InspectorRow> {
  const inspector = await inspectorOf(deps, auth.userId);
  if (!inspector) throw new AppError('FORBIDDEN', 'Inspectors (执法人员) only');
  return inspector;
}

/**
 * The office region that inspects an enterprise: the city of its registration authority (digits
 * 3–8 of the 统一社会信用代码); an enterprise registered in another province is that province's.
 */
export function enterpriseRegion(deps: Pick<SupervisionDeps, 'config'>, creditCode: string): string {
  const district = creditCode.slice(2, 8);
  if (district.slice(0, 2) !== deps.config.region.slice(0, 2)) return `${district.slice(0, 2)}0000`;
  return routedRegionOf(district, deps.config.region);
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
export function requireEnterpriseOfCode(deps: Pick<SupervisionDeps, 'enterpriseAccess'>, auth: AuthContext): Promise<BoundEnterpriseRow> {
  return deps.enterpriseAccess.requireEnterpriseScope(auth, 'service_code', 'Act as the enterprise (法人 or an agent with its 企业码 scope) to see its inspections');
}
