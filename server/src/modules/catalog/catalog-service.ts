import type { Audience, CityCode, LifeEvent, ServiceSummary, Theme } from '../../../../types/catalog';
import { hallHoursEn } from './reference/english/hall-hours';
import { AppError } from '../../errors';
import { searchServices as searchIndex } from './search/search-services';
import type { AuthContext } from '../identity/auth-context';
import type { CatalogDeps } from './catalog-deps';
import { offeredIn, servesAudience } from './catalog-store';
import type { Language } from '../../http/language';
import { departmentEn } from './reference/english/index';

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

/** The service's summary in `language` (every catalogue service has one). */
function localized(deps: CatalogDeps, language: Language) {
  return (s: { code: string }): ServiceSummary[] => {
    const summary = deps.catalog.summary(s.code, language);
    return summary ? [summary] : [];
  };
}

export function listServices(deps: CatalogDeps, f: ServiceListFilter, language: Language = 'zh-CN') {
  return deps.catalog.remembered(`list:${language}:${JSON.stringify(f)}`, () => computeServicePage(deps, f, language));
}

function computeServicePage(deps: CatalogDeps, f: ServiceListFilter, language: Language) {
  const matching = deps.catalog.popular(
    (s) =>
      servesAudience(s, f.audience) &&
      offeredIn(s, f.city) &&
      (!f.theme || s.themes.includes(f.theme)) &&
      (!f.lifeEvent || s.lifeEvents.includes(f.lifeEvent)) &&
      // A department chosen from the English list comes back by its English name.
      (!f.department || s.department === f.department || departmentEn(s.department) === f.department) &&
      (f.chuanyu === undefined || s.chuanyu === f.chuanyu),
  );
  const start = (f.page - 1) * f.pageSize;
  return {
    items: matching.slice(start, start + f.pageSize).flatMap(localized(deps, language)),
    total: matching.length,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export function listHotServices(
  deps: CatalogDeps,
  q: { audience?: Audience; city?: CityCode; chuanyu?: boolean; limit: number },
  language: Language = 'zh-CN',
) {
  const items = deps.catalog
    .popular((s) => servesAudience(s, q.audience) && offeredIn(s, q.city) && (q.chuanyu === undefined || s.chuanyu === q.chuanyu))
    .slice(0, q.limit)
    .flatMap(localized(deps, language));
  return { items };
}

export function searchServices(
  deps: CatalogDeps,
  q: { q: string; audience?: Audience; city?: CityCode; limit: number },
  language: Language = 'zh-CN',
) {
  // The words go last: they may hold any character, the fields before them never hold a '|'.
  return deps.catalog.remembered(`search|${language}|${q.audience ?? ''}|${q.city ?? ''}|${q.limit}|${q.q}`, () => computeSearch(deps, q, language));
}

function computeSearch(deps: CatalogDeps, q: { q: string; audience?: Audience; city?: CityCode; limit: number }, language: Language) {
  const result = searchIndex(deps.searchIndex, q.q, { audience: q.audience, city: q.city, limit: q.limit });
  const items = result.items.flatMap((hit) => {
    const summary = deps.catalog.summary(hit.code, language);
    return summary ? [{ ...summary, matched: hit.matched }] : [];
  });
  return { items, suggestions: result.suggestions };
}

export function getServiceByCode(deps: CatalogDeps, code: string, language: Language = 'zh-CN') {
  const detail = deps.catalog.detail(code, language);
  if (!detail) throw new AppError('NOT_FOUND', 'No service with this code');
  return detail;
}

export function listDepartments(deps: CatalogDeps, audience: Audience | undefined, language: Language = 'zh-CN') {
  return { items: deps.catalog.departments(audience, language) };
}

export function listCities(deps: CatalogDeps, language: Language = 'zh-CN') {
  return { items: deps.catalog.citiesIn(language) };
}

export function listHalls(
  deps: CatalogDeps,
  q: { city?: CityCode; service?: string; kind?: 'hall' | 'kiosk'; lat?: number; lng?: number; limit: number },
  language: Language = 'zh-CN',
) {
  if ((q.lat === undefined) !== (q.lng === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'lat and lng go together', {
      issues: [{ path: q.lat === undefined ? 'lat' : 'lng', code: 'REQUIRED', message: 'lat and lng go together' }],
    });
  }
  const items = deps.catalog.nearbyHalls(q);
  return { items: language === 'en' ? items.map((h) => ({ ...h, hours: hallHoursEn(h.hours) })) : items };
}

function requireService(deps: CatalogDeps, code: string): void {
  if (!deps.catalog.has(code)) throw new AppError('NOT_FOUND', 'No service with this code');
}

function summaries(deps: CatalogDeps, codes: string[], language: Language): ServiceSummary[] {
  return codes.map((code) => ({ code })).flatMap(localized(deps, language));
}

export async function listFavorites(deps: CatalogDeps, auth: AuthContext, language: Language = 'zh-CN') {
  return { items: summaries(deps, await deps.userServiceRepository.listFavoriteCodes(auth.userId), language) };
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

export async function listRecents(deps: CatalogDeps, auth: AuthContext, language: Language = 'zh-CN') {
  return { items: summaries(deps, await deps.userServiceRepository.listRecentCodes(auth.userId), language) };
}

export async function recordRecent(deps: CatalogDeps, auth: AuthContext, code: string) {
  requireService(deps, code);
  await deps.userServiceRepository.recordRecent(auth.userId, code, deps.now().getTime());
  return { ok: true as const };
}
