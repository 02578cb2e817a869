import type { FormValues } from '@contract/form-engine';
import { readUserCache, removeUserCache, writeUserCache } from '@/shared/storage/user-cache';

/**
 * What is typed survives a crash or a reload: every change is written to the phone at once
 * (synchronously), the server copy follows. The idempotency key lives with the draft, so a
 * submission retried after a reload is recognised by the server as the same one.
 */
export interface LocalDraft {
  values: FormValues;
  updatedAt: string;
  idempotencyKey: string;
}

const key = (userId: string, serviceCode: string) => `draft:${userId}:${serviceCode}`;

export function readLocalDraft(userId: string, serviceCode: string): LocalDraft | null {
  return readUserCache<LocalDraft>(key(userId, serviceCode));
}

export function writeLocalDraft(userId: string, serviceCode: string, draft: LocalDraft): void {
  writeUserCache(key(userId, serviceCode), draft);
}

export function clearLocalDraft(userId: string, serviceCode: string): void {
  removeUserCache(key(userId, serviceCode));
}
