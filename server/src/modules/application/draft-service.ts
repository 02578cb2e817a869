import type { z } from 'zod';
import type { Draft, DraftList } from '../../../../types/forms';
import { AppError } from '../../errors';
import { openFormValues, sealFormValues } from '../../shared/personal-data';
import type { DraftRow } from './draft-repository';
import { getServiceForm } from './form-service';
import type { AuthContext, ServiceContext } from '../../service-context';

/** Work in progress is not validated, only bounded: 32 KiB of JSON and 200 keys. */
export const DRAFT_MAX_BYTES = 32 * 1024;
const DRAFT_MAX_KEYS = 200;

function toDraft(ctx: ServiceContext, row: DraftRow): z.input<typeof Draft> {
  return {
    serviceCode: row.service_code,
    values: openFormValues(ctx.crypto, row.values_json),
    updatedAt: new Date(row.updated_at).toISOString(),
    savedAt: new Date(row.saved_at).toISOString(),
  };
}

export async function getDraft(ctx: ServiceContext, auth: AuthContext, serviceCode: string): Promise<z.input<typeof Draft>> {
  const row = await ctx.applications.repos.drafts.find(auth.userId, serviceCode);
  if (!row) throw new AppError('DRAFT_NOT_FOUND', 'No draft for this service');
  return toDraft(ctx, row);
}

export async function listDrafts(ctx: ServiceContext, auth: AuthContext): Promise<z.input<typeof DraftList>> {
  return {
    items: (await ctx.applications.repos.drafts.list(auth.userId)).map((row) => ({
      serviceCode: row.service_code,
      serviceName: ctx.catalog.summary(row.service_code)?.name ?? row.service_code,
      updatedAt: new Date(row.updated_at).toISOString(),
    })),
  };
}

/** Autosave. The newest `updatedAt` wins: an older save (a slower device) answers the stored newer draft. */
export async function saveDraft(
  ctx: ServiceContext,
  auth: AuthContext,
  serviceCode: string,
  body: { values: Record<string, unknown>; updatedAt: string },
): Promise<z.input<typeof Draft>> {
  getServiceForm(ctx, serviceCode);
  const valuesJson = JSON.stringify(body.values);
  if (Buffer.byteLength(valuesJson) > DRAFT_MAX_BYTES || Object.keys(body.values).length > DRAFT_MAX_KEYS) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'A draft holds at most 32 KiB of values');
  }
  const now = ctx.providers.now().getTime();
  // A client clock far in the future must not pin a draft forever.
  const updatedAt = Math.min(new Date(body.updatedAt).getTime(), now + 5 * 60_000);
  // Phone, card and ID numbers encrypted, IDs inside free text masked (shared/personal-data.ts).
  await ctx.applications.repos.drafts.save({ user_id: auth.userId, service_code: serviceCode, values_json: sealFormValues(ctx.crypto, body.values), updated_at: updatedAt, saved_at: now });
  return getDraft(ctx, auth, serviceCode);
}

export async function deleteDraft(ctx: ServiceContext, auth: AuthContext, serviceCode: string) {
  if (!(await ctx.applications.repos.drafts.remove(auth.userId, serviceCode))) throw new AppError('DRAFT_NOT_FOUND', 'No draft for this service');
  return { ok: true as const };
}
