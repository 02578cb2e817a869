import type { GscBody } from '@scqr/cwt';
import type { JsonValue } from '@scqr/json';
import type { TrustStore } from '@scqr/trust-list';
import { PREFIX_ECP, PREFIX_GSC, type EcpBodyView } from '@scqr/verify';
import type { VerificationResult } from '@contract/service-code';
import { verifyCode } from '@/shared/crypto/verify-code';
import type { ClassNames } from './certificate-classes';

function text(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Only what the holder disclosed: the clear fields of an online-signed code, or the checked §3.2 disclosures. */
function disclosedFields(body: EcpBodyView, disclosed: { [name: string]: JsonValue } | undefined): Record<string, string> {
  const source = body.vd ? (disclosed ?? {}) : (body.f ?? {});
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, text(v)]));
}

/**
 * scqr-v1 §7 on the device, with the cached merged trust list: no call to either region's node,
 * which is what makes a Chongqing code verifiable at a Sichuan window with no network. For a 亮证
 * code it also names the certificate class (from the cached catalogue, else its code). Async:
 * H5 checks the signature with the browser's native ECDSA (shared/crypto/verify-code).
 */
export async function verifyOffline(payload: string, store: TrustStore, at: Date = new Date(), classes: readonly ClassNames[] = []): Promise<VerificationResult> {
  const result = await verifyCode(payload.trim(), { trustList: store, at, profile: 'scqr', prefixes: [PREFIX_GSC, PREFIX_ECP] });
  const gsc = result.ok && result.kind === 'GSC' ? (result.body as GscBody) : null;
  const ecp = result.ok && result.kind === 'ECP' ? (result.body as EcpBodyView) : null;
  return {
    ok: result.ok,
    reason: result.reason,
    kind: result.kind,
    iss: result.claims ? (result.iss ?? null) : null,
    subject: gsc ? { type: gsc.t, name: gsc.n, idNumber: gsc.i, region: gsc.r } : null,
    attributes: {},
    ...(ecp
      ? {
          certificate: {
            classCode: ecp.dt,
            className: classes.find((c) => c.code === ecp.dt)?.name ?? ecp.dt,
            disclosed: disclosedFields(ecp, result.disclosed),
            holderRegion: ecp.hr,
            certificateId: ecp.id ?? null,
          },
        }
      : {}),
    verifiedAt: at.toISOString(),
  };
}
