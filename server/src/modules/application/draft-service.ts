import type { z } from 'zod';
import type { Draft, DraftList } from '../../../../types/forms';
import { AppError } from '../../errors';
import { openFormValues, sealFormValues } from '../../shared/personal-data';
import type { DraftRow } from './draft-repository';
import { getServiceForm } from './form-service';
import type { AuthContext } from '../identity/auth-context';
import type { ApplicationDeps } from './application-deps';

/** Work in progress is not validated, only bounded: 32 KiB of JSON and 200 keys. */
export const DRAFT_MAX_BYTES = 32 * 1024;
const DRAFT_MAX_KEYS = 200;

function toDraft(deps: ApplicationDeps, row: DraftRow): z.input<typeof Draft> {
  return {
    serviceCode: row.service_code,
    values: openFormValues(deps.crypto, row.values_json),
    updatedAt: new Date(row.updated_at).toISOString(),
    savedAt: new Date(row.saved_at).toISOString(),
  };
}

export async function getDraft(deps: ApplicationDeps, auth: AuthContext, serviceCode: string): Promise<z.input<typeof Draft>> {
  const row = await deps.draftRepository.find(auth.userId, serviceCode);
  if (!row) throw new AppError('DRAFT_NOT_FOUND', 'No draft for this service');
  return toDraft(deps, row);
}

export async function listDrafts(deps: ApplicationDeps, auth: AuthContext): Promise<z.input<typeof DraftList>> {
  return {
    items: (await deps.draftRepository.list(auth.userId)).map((row) => ({
      serviceCode: row.service_code,
      serviceName: deps.catalog.summary(row.service_code)?.name ?? row.service_code,
      updatedAt: new Date(row.updated_at).toISOString(),
    })),
  };
}

/** Autosave. The newest `updatedAt` wins: an older save (a slower device) answers the stored newer draft. */
export async function saveDraft(
  deps: ApplicationDeps,
  auth: AuthContext,
  serviceCode: string,
  body: { values: Record<string, unknown>; updatedAt: string },
): Promise<z.input<typeof Draft>> {
  getServiceForm(deps, serviceCode);
  const valuesJson = JSON.stringify(body.values);
  if (Buffer.byteLength(valuesJson) > DRAFT_MAX_BYTES || Object.keys(body.values).length > DRAFT_MAX_KEYS) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'A draft holds at most 32 KiB of values');
  }
  const now = deps.now().getTime();
  // A client clock far in the future must not pin a draft forever.
  const updatedAt = Math.min(new Date(body.updatedAt).getTime(), now + 5 * 60_000);
  // Phone, card and ID numbers encrypted, IDs inside free text masked (shared/personal-data.ts).
  await deps.draftRepository.save({ user_id: auth.userId, service_code: serviceCode, values_json: sealFormValues(deps.crypto, body.values), updated_at: updatedAt, saved_at: now });
  return getDraft(deps, auth, serviceCode);
}

export async function deleteDraft(deps: ApplicationDeps, auth: AuthContext, serviceCode: string) {
  if (!(await deps.draftRepository.remove(auth.userId, serviceCode))) throw new AppError('DRAFT_NOT_FOUND', 'No draft for this service');
  return { ok: true as const };
}
