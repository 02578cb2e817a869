import type { Region } from '../../../types/identity';
import type { VerifierKind, VerifierScope } from '../../../types/service-code';

/**
 * Registered verifier organisations (scqr-v1 §5) for development, and their member accounts: a
 * user who signs in by SMS with one of these phones scans for that organisation. Each node seeds
 * the organisations of its own region, so the same phone is the 成都 window on the 四川 node and
 * the 重庆 window on the 重庆 node.
 */
export const DEMO_VERIFIER_PHONES: Record<VerifierKind, string> = {
  window: '13900000001',
  hotel: '13900000002',
  transit: '13900000003',
};

/** What each kind of verifier may read on online resolution. */
export const SCOPES_BY_KIND: Record<VerifierKind, VerifierScope[]> = {
  window: ['fullName', 'maskedIdNumber', 'maskedPhone', 'enterprise'],
  hotel: ['fullName', 'maskedIdNumber'],
  transit: [],
};

export interface DemoVerifier {
  id: string;
  name: string;
  kind: VerifierKind;
  region: Region;
  scopes: VerifierScope[];
  memberPhones: string[];
}

const names: Record<Region, Record<VerifierKind, string>> = {
  '510000': { window: '成都市政务服务中心综合受理窗口', hotel: '成都锦江宾馆', transit: '成都地铁' },
  '500000': { window: '重庆市政务服务中心', hotel: '重庆解放碑山城酒店', transit: '重庆轨道交通' },
};

export const DEMO_VERIFIERS: readonly DemoVerifier[] = (['510000', '500000'] as const).flatMap((region) =>
  (['window', 'hotel', 'transit'] as const).map((kind) => ({
    id: `vrf_${region}_${kind}`,
    name: names[region][kind],
    kind,
    region,
    scopes: SCOPES_BY_KIND[kind],
    memberPhones: [DEMO_VERIFIER_PHONES[kind]],
  })),
);
