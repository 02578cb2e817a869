import { SealDetail, SealIdParams, SealList, SealStatusLists, SealSummary, SealVerification, SetSealStatusBody, StampDocumentBody, StampedDocument, VerifyStampedDocumentBody } from './seal';
import { sealRoutes } from './seal-routes';

/** 电子印章's entries of the contract (spread into api.ts's `endpoints`). */
export const sealEndpoints = {
  listMySeals: {
    ...sealRoutes.listMySeals,
    summary: '电子印章 the caller may use: as the legal representative, or as an agent of the acting enterprise with its 电子证照 scope',
    response: SealList,
  },
  getMySeal: {
    ...sealRoutes.getMySeal,
    summary: 'One seal: its certificate, the issuer\'s, status and every use',
    params: SealIdParams,
    response: SealDetail,
  },
  stampDocument: {
    ...sealRoutes.stampDocument,
    summary: 'Stamp an uploaded PDF: the round seal on its last page and a PDF signature (CMS, seal certificate); the use is recorded',
    params: SealIdParams,
    body: StampDocumentBody,
    response: StampedDocument,
  },
  verifyStampedDocument: {
    ...sealRoutes.verifyStampedDocument,
    summary: 'Check a stamped PDF (an upload of the caller): signature, seal certificate chain to a trusted seal issuer, suspension/revocation, who stamped it and when',
    body: VerifyStampedDocumentBody,
    response: SealVerification,
  },
  setSealStatus: {
    ...sealRoutes.setSealStatus,
    summary: 'Back office (证照 officers): suspend, reinstate or revoke a seal (revocation is final; audited)',
    params: SealIdParams,
    body: SetSealStatusBody,
    response: SealSummary.omit({ role: true }),
  },
  getSealStatusLists: {
    ...sealRoutes.getSealStatusLists,
    summary: 'The region\'s seal issuer\'s revocation list (X.509 CRL, signed by the issuer): suspended and revoked seals, since when',
    response: SealStatusLists,
  },
} as const;
