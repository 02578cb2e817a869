import type { z } from 'zod';
import type { Enterprise, EnterpriseRole, Profile } from '../../../../types/identity';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import { getProfile, toEnterprise } from '../identity/profile-service';
import type { AuthContext, ServiceContext } from '../../service-context';

/** Minority names are written with either middle dot; compare them as one. */
function normalizeName(name: string): string {
  return name.trim().replace(/[\u2022\u30fb\uff0e]/g, '\u00b7').replace(/\s+/g, ' ');
}

/**
 * 法人 binding. Real-name first (a binding grants acting for a company). The role is
 * legal_representative when the registry's 法定代表人 is the verified person, agent (经办人)
 * otherwise.
 */
export async function bindEnterprise(
  ctx: ServiceContext,
  auth: AuthContext,
  creditCode: string,
): Promise<z.input<typeof Enterprise>> {
  const { enterprises, realNames } = ctx.repos;
  const realName = await realNames.findByUser(auth.userId);
  if (!realName) throw new AppError('REAL_NAME_REQUIRED', 'Complete real-name verification before binding an enterprise');

  const knownId = await enterprises.findIdByCreditCode(creditCode);
  if (knownId && (await enterprises.findBinding(auth.userId, knownId))) {
    throw new AppError('ENTERPRISE_ALREADY_BOUND', 'This enterprise is already bound to your account');
  }
  const record = await ctx.providers.enterpriseRegistry.findByCreditCode(creditCode);
  if (!record) throw new AppError('ENTERPRISE_NOT_FOUND', 'No registered enterprise has this credit code');

  const verifiedName = ctx.crypto.decrypt('person-name', realName.name_enc);
  const role: EnterpriseRole =
    normalizeName(record.legalRepresentative) === normalizeName(verifiedName) ? 'legal_representative' : 'agent';
  const now = ctx.providers.now().getTime();

  const row = await ctx.db.transaction(async () => {
    let enterpriseId = await enterprises.findIdByCreditCode(creditCode);
    if (enterpriseId) {
      await enterprises.refreshEnterprise({ id: enterpriseId, name: record.name, legalRepresentative: record.legalRepresentative, updatedAt: now });
    } else {
      enterpriseId = newId('ent');
      await enterprises.insertEnterprise({ id: enterpriseId, creditCode, name: record.name, legalRepresentative: record.legalRepresentative, updatedAt: now });
    }
    // Checked again inside the transaction: the registry call above let other requests run.
    if (await enterprises.findBinding(auth.userId, enterpriseId)) return null;
    await enterprises.insertBinding({ userId: auth.userId, enterpriseId, role, boundAt: now });
    return enterprises.findBinding(auth.userId, enterpriseId);
  });
  if (!row) throw new AppError('ENTERPRISE_ALREADY_BOUND', 'This enterprise is already bound to your account');
  return toEnterprise(row);
}

export async function unbindEnterprise(ctx: ServiceContext, auth: AuthContext, enterpriseId: string): Promise<z.input<typeof Profile>> {
  await ctx.db.transaction(async () => {
    if (!(await ctx.repos.enterprises.deleteBinding(auth.userId, enterpriseId))) {
      // 404: from this caller's point of view the binding does not exist (whoever else has it).
      throw new AppError('ENTERPRISE_NOT_BOUND', 'No such enterprise among yours', { status: 404 });
    }
    await ctx.repos.sessions.clearActingAsForUser(auth.userId, enterpriseId);
  });
  return getProfile(ctx, auth);
}

/** 个人/法人 switch for this session: null acts as oneself, an id acts for a bound enterprise. */
export async function setActingAs(ctx: ServiceContext, auth: AuthContext, enterpriseId: string | null): Promise<z.input<typeof Profile>> {
  if (enterpriseId !== null && !(await ctx.repos.enterprises.findBinding(auth.userId, enterpriseId))) {
    throw new AppError('ENTERPRISE_NOT_BOUND', 'You can only act for an enterprise bound to your account');
  }
  await ctx.repos.sessions.setActingAs(auth.tokenHash, enterpriseId);
  return getProfile(ctx, auth);
}
