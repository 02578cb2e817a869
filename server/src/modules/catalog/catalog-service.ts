import type { Audience, CityCode, LifeEvent, ServiceSummary, Theme } from '../../../../types/catalog';
import { AppError } from '../../errors';
import { searchServices as searchIndex } from './search/search-services';
import type { AuthContext } from '../identity/auth-context';
import type { CatalogDeps } from './catalog-deps';
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

export function listServices(deps: CatalogDeps, f: ServiceListFilter) {
  return deps.catalog.remembered(`list:${JSON.stringify(f)}`, () => computeServicePage(deps, f));
}

function computeServicePage(deps: CatalogDeps, f: ServiceListFilter) {
  const matching = deps.catalog.popular(
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

export function listHotServices(deps: CatalogDeps, q: { audience?: Audience; city?: CityCode; chuanyu?: boolean; limit: number }) {
  const items = deps.catalog
    .popular((s) => servesAudience(s, q.audience) && offeredIn(s, q.city) && (q.chuanyu === undefined || s.chuanyu === q.chuanyu))
    .slice(0, q.limit)
    .map(toSummary);
  return { items };
}

export function searchServices(deps: CatalogDeps, q: { q: string; audience?: Audience; city?: CityCode; limit: number }) {
  return deps.catalog.remembered(`search:${JSON.stringify([q.q, q.audience, q.city, q.limit])}`, () => computeSearch(deps, q));
}

function computeSearch(deps: CatalogDeps, q: { q: string; audience?: Audience; city?: CityCode; limit: number }) {
  const result = searchIndex(deps.searchIndex, q.q, { audience: q.audience, city: q.city, limit: q.limit });
  const items = result.items.flatMap((hit) => {
    const summary = deps.catalog.summary(hit.code);
    return summary ? [{ ...summary, matched: hit.matched }] : [];
  });
  return { items, suggestions: result.suggestions };
}

export function getServiceByCode(deps: CatalogDeps, code: string) {
  const detail = deps.catalog.detail(code);
  if (!detail) throw new AppError('NOT_FOUND', 'No service with this code');
  return detail;
}

export function listDepartments(deps: CatalogDeps, audience: Audience | undefined) {
  return { items: deps.catalog.departments(audience) };
}

export function listCities(deps: CatalogDeps) {
  return { items: deps.catalog.cities };
}

export function listHalls(
  deps: CatalogDeps,
  q: { city?: CityCode; service?: string; kind?: 'hall' | 'kiosk'; lat?: number; lng?: number; limit: number },
) {
  if ((q.lat === undefined) !== (q.lng === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'lat and lng go together', {
      issues: [{ path: q.lat === undefined ? 'lat' : 'lng', code: 'REQUIRED', message: 'lat and lng go together' }],
    });
  }
  return { items: deps.catalog.nearbyHalls(q) };
}

function requireService(deps: CatalogDeps, code: string): void {
  if (!deps.catalog.has(code)) throw new AppError('NOT_FOUND', 'No service with this code');
}

function summaries(deps: CatalogDeps, codes: string[]): ServiceSummary[] {
  return codes.flatMap((code) => {
    const s = deps.catalog.summary(code);
    return s ? [s] : [];
  });
}

export async function listFavorites(deps: CatalogDeps, auth: AuthContext) {
  return { items: summaries(deps, await deps.userServiceRepository.listFavoriteCodes(auth.userId)) };
}

export async function addFavorite(deps: CatalogDeps, auth: AuthContext, code: string) {
  requireService(deps, code);
  await deps.userServiceRepository.addFavorite(auth.userId, code, deps.now().getTime());
  return { ok: true as const };
}

export async function removeFavorite(deps: CatalogDeps, auth: AuthContext, code: string) {
  requireService(deps, code);
  await deps.userServiceRepository.removeFavorite(auth.userId, code);
  return { ok: true as const };
}

export async function listRecents(deps: CatalogDeps, auth: AuthContext) {
  return { items: summaries(deps, await deps.userServiceRepository.listRecentCodes(auth.userId)) };
}

export async function recordRecent(deps: CatalogDeps, auth: AuthContext, code: string) {
  requireService(deps, code);
  await deps.userServiceRepository.recordRecent(auth.userId, code, deps.now().getTime());
  return { ok: true as const };
}
