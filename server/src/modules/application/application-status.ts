import type { ApplicationStatus } from '../../../../types/applications';
import type { ApplicationRepository, ApplicationRow } from './application-repository';

export const TERMINAL: ReadonlySet<ApplicationStatus> = new Set(['approved', 'rejected']);

/** A bundle's status from its department sub-applications. */
export function deriveBundleStatus(children: ApplicationStatus[]): ApplicationStatus {
  if (children.includes('correction_requested')) return 'correction_requested';
  if (children.every((s) => TERMINAL.has(s))) return children.includes('approved') ? 'approved' : 'rejected';
  if (children.some((s) => s !== 'submitted')) return 'accepted';
  return 'submitted';
}

export async function currentStatus(deps: { applicationRepository: Pick<ApplicationRepository, 'listChildren'> }, row: ApplicationRow): Promise<ApplicationStatus> {
  if (!row.is_bundle) return row.status;
  return deriveBundleStatus((await deps.applicationRepository.listChildren(row.id)).map((child) => child.status));
}
