import type { CertificateFieldDef, OfflineBatch, TemplateFields } from '@contract/certificates';
import { readUserCache, removeUserCache, writeUserCache } from '@/shared/storage/user-cache';

/**
 * What the phone keeps to show a certificate with no network (scqr-v1 §3.2). Checked against what
 * the node issues: each credential is a COSE signature over salted digests only, plus one
 * disclosure per field. Sensitive fields (ID number, address, file number…) are masked by the node
 * before they are digested, so no full ID number is ever on the phone; the other values are those
 * printed on the certificate face that the holder is shown without re-authentication anyway. The
 * batch expires within 24 h (it is dropped on read after that), it lives in the per-user cache
 * that sign-out wipes, and it carries no key: nothing on the phone can sign a new presentation.
 */
export interface CachedOfflineBatch {
  batch: OfflineBatch;
  className: string;
  /** Field labels only (no values), so the offline picker can name what it discloses. */
  fields: CertificateFieldDef[];
  /** What 住宿/交通 disclose for the class, so an offline code matches the online one. */
  templates: TemplateFields;
  /** Next credential to show: a fresh one each time, so two showings are not linkable by signature. */
  next: number;
}

const keyOf = (userId: string, certificateId: string) => `ecp-offline:${userId}:${certificateId}`;

export function readOfflineBatch(userId: string, certificateId: string, nowSec: number): CachedOfflineBatch | null {
  const cached = readUserCache<CachedOfflineBatch>(keyOf(userId, certificateId));
  if (!cached) return null;
  // Expired, used up, or written by an older app version without the class's template lists.
  if (cached.batch.exp <= nowSec || cached.batch.credentials.length === 0 || !cached.templates) {
    removeUserCache(keyOf(userId, certificateId));
    return null;
  }
  return cached;
}

export function writeOfflineBatch(userId: string, entry: CachedOfflineBatch): void {
  writeUserCache(keyOf(userId, entry.batch.certificateId), entry);
}

export function removeOfflineBatch(userId: string, certificateId: string): void {
  removeUserCache(keyOf(userId, certificateId));
}

/** Refresh while online when less than this is left, so a trip never outlives the batch. */
export const OFFLINE_REFRESH_BELOW_SECONDS = 6 * 3600;
