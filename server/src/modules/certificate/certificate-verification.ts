/**
 * Online resolution of an `ECP1:` presentation (scqr-v1 §5, §6) for a registered verifier: the
 * signature and disclosures are already checked (verifyPayload); here the status list is
 * consulted (this node's and the peer's stored lists, from the database), the disclosed fields are
 * returned, a hotel or window gets the holder's photo checked against `ph` (certificates of this
 * node), and the holder's 用证记录 is written.
 */
import type { z } from 'zod';
import type { VerificationResult } from '../../../../types/service-code';
import type { EcpBodyView, VerifyResult } from '../../../../scqr/verify';
import type { JsonValue } from '../../../../scqr/json';
import type { VerifierOrganisationRow } from '../service-code/verifier-repository';
import { newId } from '../../security/crypto';
import { CERTIFICATE_CATALOGUE } from './certificate-catalog';
import { certificatePhoto } from './certificate-service';
import { regionOfListId, listIdOfUrl } from './certificate-status';
import type { CertificateDeps } from './certificate-deps';
import { verifyPayload } from '../trust/payload-verification';

type Answer = z.input<typeof VerificationResult>;

const text = (v: JsonValue): string => (typeof v === 'string' ? v : JSON.stringify(v));

export async function resolveCertificatePresentation(
  deps: CertificateDeps,
  org: VerifierOrganisationRow,
  payload: string,
  result: VerifyResult,
  answer: Answer,
  at: Date,
): Promise<Answer> {
  if (!result.ok) return answer;
  let body = result.body as EcpBodyView;
  let checked = result;
  if (body.st) {
    // The status list must be the issuing region's own, and is checked with resolveStatus (§6).
    const listId = listIdOfUrl(body.st.u);
    if (!listId || regionOfListId(listId) !== result.iss) return { ...answer, reason: 'REVOKED' };
    await deps.certificateStatus.freshen(body.st);
    // verifyPayload asks for the status synchronously: look it up first, and answer (or throw,
    // = REVOKED) from that for the reference the code carries.
    const st = body.st;
    const looked = await deps.certificateStatus.resolve(st).then(
      (status) => ({ status }),
      (error: unknown) => ({ error }),
    );
    checked = await verifyPayload(deps, payload, at, (ref) => {
      if (ref.u !== st.u || ref.i !== st.i) throw new RangeError('not the status reference looked up');
      if ('error' in looked) throw looked.error;
      return looked.status;
    });
    if (!checked.ok) return { ...answer, reason: checked.reason };
    body = checked.body as EcpBodyView;
  }
  const source = body.f ?? checked.disclosed ?? {};
  const disclosed: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) disclosed[k] = text(v);

  const own = checked.iss === deps.config.region;
  const cti = checked.claims?.cti;
  const presentation = own && cti ? await deps.certificateRepository.findPresentation(cti) : null;
  const scopes = JSON.parse(org.scopes_json) as string[];
  // An online-signed presentation resolves once per verifier organisation (scqr-v1 §5), like a
  // GSC1 code: a photographed or forwarded QR yields nothing (and no photo) a second time. The
  // claim and the 用证记录 commit together. Offline batches (§3.2) are verified without a call
  // and stay resolvable for their lifetime.
  const outcome = await deps.db.transaction(async (): Promise<{ photoBase64?: string } | 'USED'> => {
    if (presentation?.kind === 'online' && cti) {
      if (!(await deps.serviceCodeRepository.claimResolution(cti, org.id, at.getTime(), presentation.exp))) return 'USED';
    }
    let photo: string | undefined;
    if (presentation && body.ph && (org.kind === 'hotel' || org.kind === 'window') && scopes.includes('fullName')) {
      const stored = await certificatePhoto(deps, presentation.certificate_id);
      const ph = Buffer.from(body.ph, 'base64').toString('hex');
      // The bytes served must be the ones the issuer digested into the signed `ph`.
      if (stored && stored.digestHex === ph) photo = stored.photo.toString('base64');
    }
    if (presentation) {
      await deps.certificateRepository.recordUsage({
        id: newId('cus'),
        user_id: presentation.user_id,
        certificate_id: presentation.certificate_id,
        class_code: body.dt,
        at: at.getTime(),
        organisation_id: org.id,
        verifier_name: org.name,
        verifier_kind: org.kind,
        verifier_region: org.region,
        fields_json: JSON.stringify(Object.keys(disclosed)),
        photo: photo ? 1 : 0,
      });
    }
    return photo ? { photoBase64: photo } : {};
  });
  if (outcome === 'USED') return { ...answer, reason: 'USED' };
  const { photoBase64 } = outcome;
  return {
    ...answer,
    ok: true,
    reason: 'OK',
    certificate: {
      classCode: body.dt,
      className: CERTIFICATE_CATALOGUE.get(body.dt)?.name ?? body.dt,
      disclosed,
      holderRegion: body.hr,
      certificateId: body.id ?? null,
      ...(photoBase64 ? { photoBase64 } : {}),
      photo: photoBase64 ? 'matched' : body.ph ? 'unavailable' : 'none',
    },
  };
}
