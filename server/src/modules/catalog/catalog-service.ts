import type { Audience, CityCode, LifeEvent, ServiceSummary, Theme } from '../../../../types/catalog';
import { AppError } from '../../errors';
import { searchServices as searchIndex } from './search/search-services';
import type { AuthContext, ServiceContext } from '../../service-context';
import { offeredIn, servesAudience, toSummary } from './catalog-store';

export interface ServiceListFilter {
  audience?: Audience;
  theme?: Theme;
  lifeEvent?: LifeEvent;
  department?: string;
  city?: CityCode;
  chuanyu?: boolean;
  page: number;
  pageSize: number;
}

export function listServices(ctx: ServiceContext, f: ServiceListFilter) {
  return ctx.catalog.remembered(`list:${JSON.stringify(f)}`, () => computeServicePage(ctx, f));
}

function computeServicePage(ctx: ServiceContext, f: ServiceListFilter) {
  const matching = ctx.catalog.popular(
    (s) =>
      servesAudience(s, f.audience) &&
      offeredIn(s, f.city) &&
      (!f.theme || s.themes.includes(f.theme)) &&
      (!f.lifeEvent || s.lifeEvents.includes(f.lifeEvent)) &&
      (!f.department || s.department === f.department) &&
      (f.chuanyu === undefined || s.chuanyu === f.chuanyu),
  );
  const start = (f.page - 1) * f.pageSize;
  return { items: matching.slice(start, start + f.pageSize).map(toSummary), total: matching.length, page: f.page, pageSize: f.pageSize };
}

export function listHotServices(ctx: ServiceContext, q: { audience?: Audience; city?: CityCode; chuanyu?: boolean; limit: number }) {
  const items = ctx.catalog
    .popular((s) => servesAudience(s, q.audience) && offeredIn(s, q.city) && (q.chuanyu === undefined || s.chuanyu === q.chuanyu))
    .slice(0, q.limit)
    .map(toSummary);
  return { items };
}

export function searchServices(ctx: ServiceContext, q: { q: string; audience?: Audience; city?: CityCode; limit: number }) {
  return ctx.catalog.remembered(`search:${JSON.stringify([q.q, q.audience, q.city, q.limit])}`, () => computeSearch(ctx, q));
}

function computeSearch(ctx: ServiceContext, q: { q: string; audience?: Audience; city?: CityCode; limit: number }) {
  const result = searchIndex(ctx.searchIndex, q.q, { audience: q.audience, city: q.city, limit: q.limit });
  const items = result.items.flatMap((hit) => {
    const summary = ctx.catalog.summary(hit.code);
    return summary ? [{ ...summary, matched: hit.matched }] : [];
  });
  return { items, suggestions: result.suggestions };
}

export function getServiceByCode(ctx: ServiceContext, code: string) {
  const detail = ctx.catalog.detail(code);
  if (!detail) throw new AppError('NOT_FOUND', 'No service with this code');
  return detail;
}

export function listDepartments(ctx: ServiceContext, audience: Audience | undefined) {
  return { items: ctx.catalog.departments(audience) };
}

export function listCities(ctx: ServiceContext) {
  return { items: ctx.catalog.cities };
}

export function listHalls(
  ctx: ServiceContext,
  q: { city?: CityCode; service?: string; kind?: 'hall' | 'kiosk'; lat?: number; lng?: number; limit: number },
) {
  if ((q.lat === undefined) !== (q.lng === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'lat and lng go together', {
      issues: [{ path: q.lat === undefined ? 'lat' : 'lng', code: 'REQUIRED', message: 'lat and lng go together' }],
    });
  }
  return { items: ctx.catalog.nearbyHalls(q) };
}

function requireService(ctx: ServiceContext, code: string): void {
  if (!ctx.catalog.has(code)) throw new AppError('NOT_FOUND', 'No service with this code');
}

function summaries(ctx: ServiceContext, codes: string[]): ServiceSummary[] {
  return codes.flatMap((code) => {
    const s = ctx.catalog.summary(code);
    return s ? [s] : [];
  });
}

export async function listFavorites(ctx: ServiceContext, auth: AuthContext) {
  return { items: summaries(ctx, await ctx.repos.userServices.listFavoriteCodes(auth.userId)) };
}

export async function addFavorite(ctx: ServiceContext, auth: AuthContext, code: string) {
  requireService(ctx, code);
  await ctx.repos.userServices.addFavorite(auth.userId, code, ctx.providers.now().getTime());
  return { ok: true as const };
}

export async function removeFavorite(ctx: ServiceContext, auth: AuthContext, code: string) {
  requireService(ctx, code);
  await ctx.repos.userServices.removeFavorite(auth.userId, code);
  return { ok: true as const };
}

export async function listRecents(ctx: ServiceContext, auth: AuthContext) {
  return { items: summaries(ctx, await ctx.repos.userServices.listRecentCodes(auth.userId)) };
}

export async function recordRecent(ctx: ServiceContext, auth: AuthContext, code: string) {
  requireService(ctx, code);
  await ctx.repos.userServices.recordRecent(auth.userId, code, ctx.providers.now().getTime());
  return { ok: true as const };
}
