/** SCQR v1 (scqr-v1.md): signed QR codes for 川渝 mutual recognition. Public API. */
export {
  CLOCK_SKEW_SECONDS,
  PREFIX_ECP,
  PREFIX_GSC,
  REASONS,
  type ClaimsView,
  type EcpBodyView,
  type Kind,
  type Profile,
  type Reason,
  type AsyncEs256Verifier,
  type Es256Verifier,
  type VerifyOptions,
  type VerifyResult,
  verify,
  verifyAsync,
} from './verify';
export {
  GSC_BATCH,
  type EcpContent,
  type IssueOptions,
  type OfflineCredential,
  encodeEcp,
  encodeGsc,
  encodeGscBatch,
  issueEcpOffline,
  offlineFieldNames,
  presentEcpOffline,
} from './encode';
export {
  TRUST_LIST_GRACE_MS,
  TrustListError,
  type Purpose,
  type TrustList,
  type TrustListEntry,
  type TrustListJwk,
  type TrustStore,
  type TrustedIssuer,
  entryKey,
  findIssuers,
  isTrustListStale,
  mergeTrustLists,
  parseTrustList,
  signTrustList,
  toTrustStore,
  verifyTrustList,
} from './trust-list';
export {
  KID_LENGTH,
  type EcPrivateJwk,
  type EcPublicJwk,
  type RandomBytes,
  type SigningKey,
  generateSigningKey,
  kidFromPublicKey,
  privateJwk,
  publicJwk,
  publicKeyFromJwk,
  signingKeyFromJwk,
  signingKeyFromSecret,
} from './keys';
export { type EcpBody, type GscBody, type StatusRef, MAX_LIFETIME } from './cwt';
export { type CertificateStatus, decodeStatusList, encodeStatusList, statusAt } from './status';
export { type CertificateKey, certificatePublicKey } from './der';
export { type JsonValue } from './json';
export { JwsError } from './jws';
export { decodeBase45, encodeBase45, Base45Error } from './base45';
export { decodeBase64, decodeBase64Url, encodeBase64, encodeBase64Url } from './base64';
export { MAX_INFLATED_BYTES } from './zlib';
