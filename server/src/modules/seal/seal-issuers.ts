import { newId } from '../../security/crypto';
import { regionNameOf } from '../staff/staff-regions';
import { createIssuerCertificate, generateSealKeyPair } from './seal-certificates';
import type { SealDeps } from './seal-deps';
import { SEAL_KEY_PURPOSE, type SealIssuerRow } from './seal-repository';

const ISSUER_YEARS = 20;

export type IssuerDeps = Pick<SealDeps, 'sealRepository' | 'crypto' | 'now' | 'config'>;

/**
 * The region's seal issuer in use, created on first use (its key encrypted as a seal key). After
 * a withdrawal there is none until the next one is made (by the withdrawal itself, or here).
 */
export async function regionIssuer(deps: IssuerDeps): Promise<SealIssuerRow> {
  const repo = deps.sealRepository;
  const region = deps.config.region;
  const existing = await repo.currentIssuer(region);
  if (existing) return existing;
  const regionName = regionNameOf(region);
  const keys = generateSealKeyPair();
  const now = deps.now();
  return repo.insertIssuerOnce({
    id: newId('sir'),
    region,
    name: `${regionName}电子印章签发机构`,
    certificate_pem: await createIssuerCertificate({ regionName, keys, now, years: ISSUER_YEARS }),
    private_key_enc: deps.crypto.encrypt(SEAL_KEY_PURPOSE, keys.privateKeyPem),
    key_purpose: SEAL_KEY_PURPOSE,
    created_at: now.getTime(),
    withdrawn_at: null,
    withdrawn_reason: null,
  });
}

/**
 * Withdraws the region's issuer in use (a compromised issuer key) and makes the next one. The
 * region's trust list drops the old issuer's SEAL entry on its next signing, so the seals and
 * timestamps it certified verify as untrusted here at once and in the other region after its next
 * fetch; new seals, and existing ones at their next stamp, are certified by the new issuer.
 */
export async function withdrawRegionIssuer(deps: IssuerDeps, reason: string): Promise<{ withdrawn: SealIssuerRow | null; current: SealIssuerRow }> {
  const old = await deps.sealRepository.currentIssuer(deps.config.region);
  if (old && !(await deps.sealRepository.withdrawIssuer(old.id, deps.now().getTime(), reason))) {
    throw new Error(`seal issuer ${old.id} was withdrawn meanwhile`);
  }
  return { withdrawn: old ?? null, current: await regionIssuer(deps) };
}
