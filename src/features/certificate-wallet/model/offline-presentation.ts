// Imported by the 亮证 sub-package only: scqr stays out of the main package.
import { presentEcpOffline, type OfflineCredential } from '@scqr/encode';

/** §3.2 on the phone: the chosen disclosures go outside the node's signature; no key needed. */
export function offlinePayload(credential: OfflineCredential, fieldNames: readonly string[]): string {
  return presentEcpOffline(credential, fieldNames);
}
