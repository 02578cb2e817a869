import type {
  Audience,
  CertificateClass,
  City,
  CityCode,
  HallWithDistance,
  ServiceDetail,
  ServiceHall,
  ServiceItem,
  ServiceSummary,
} from '../../../../types/catalog';
import type { Language } from '../../http/language';
import { boundedMemo } from '../../shared/bounded-memo';
import type { CatalogData } from './catalog-repository';
import { certificateClassEn, departmentEn, englishCity, englishService } from './reference/english/index';

const EARTH_RADIUS_KM = 6371;

function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Great-circle distance; accurate to metres at the scale of a province. */
export function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLng = (bLng - aLng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export function toSummary(s: ServiceItem): ServiceSummary {
  return {
    code: s.code,
    name: s.name,
    department: s.department,
    audience: s.audience,
    themes: s.themes,
    chuanyu: s.chuanyu,
    online: s.online,
    cities: s.cities,
    popularity: s.popularity,
    promisedLimitDays: s.guide.promisedLimitDays,
  };
}

/** A service with no city list is province-wide. */
export function offeredIn(service: ServiceItem, city: CityCode | undefined): boolean {
  return city === undefined || service.cities.length === 0 || service.cities.includes(city);
}

export function servesAudience(service: ServiceItem, audience: Audience | undefined): boolean {
  return audience === undefined || service.audience.includes(audience);
}

const byPopularity = (a: ServiceItem, b: ServiceItem) => b.popularity - a.popularity || a.code.localeCompare(b.code);

/**
 * The catalogue held in memory: it is small reference data read on every page, so lists, hot
 * services and halls are answered without touching the database (the list budget is p99 ≤ 20 ms at
 * 2,000 req/s on two cores).
 */
export class CatalogStore {
  readonly cities: City[];
  readonly services: ServiceItem[];
  readonly halls: ServiceHall[];
  private readonly byCode: Map<string, ServiceItem>;
  private readonly summaries: Map<string, ServiceSummary>;
  private readonly classes: Map<string, CertificateClass>;
  /** The English side, built once: names, departments, step headings, materials, cities. */
  private readonly english: {
    cities: City[];
    byCode: Map<string, ServiceItem>;
    summaries: Map<string, ServiceSummary>;
  };
  private readonly byPopularity: ServiceItem[];
  /**
   * Answers computed from the catalogue (list pages, searches), remembered: the catalogue is
   * fixed for the life of the process, and residents ask the same few hundred questions all day.
   */
  private readonly answers = boundedMemo<unknown>(4000);

  constructor(data: CatalogData) {
    this.cities = data.cities;
    this.services = data.services;
    this.halls = data.halls;
    this.byCode = new Map(data.services.map((s) => [s.code, s]));
    this.summaries = new Map(data.services.map((s) => [s.code, toSummary(s)]));
    this.classes = new Map(data.certificateClasses.map((c) => [c.code, c]));
    this.byPopularity = [...data.services].sort(byPopularity);
    const englishServices = data.services.map(englishService);
    this.english = {
      cities: data.cities.map(englishCity),
      byCode: new Map(englishServices.map((s) => [s.code, s])),
      summaries: new Map(englishServices.map((s) => [s.code, toSummary(s)])),
    };
  }

  /** Cities with their names in `language`. */
  citiesIn(language: Language = 'zh-CN'): City[] {
    return language === 'en' ? this.english.cities : this.cities;
  }

  /**
   * `compute()`'s answer for `key`, computed once while remembered. Keys name the question in
   * full. The answer is shared by every request that asks, so it is frozen through: no caller can
   * change what the next one gets, and the response serializer may keep its JSON with it.
   */
  remembered<V>(key: string, compute: () => V): V {
    return this.answers(key, () => deepFreeze(compute())) as V;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  summary(code: string, language: Language = 'zh-CN'): ServiceSummary | undefined {
    return (language === 'en' ? this.english.summaries : this.summaries).get(code);
  }

  /** Services sorted by popularity that pass `keep`. */
  popular(keep: (s: ServiceItem) => boolean): ServiceItem[] {
    return this.byPopularity.filter(keep);
  }

  detail(code: string, language: Language = 'zh-CN'): ServiceDetail | undefined {
    const service = (language === 'en' ? this.english.byCode : this.byCode).get(code);
    if (!service) return undefined;
    const certificateNames: Record<string, string> = {};
    for (const m of service.guide.materials) {
      if (!m.certificateClass) continue;
      const name = this.classes.get(m.certificateClass)?.name;
      certificateNames[m.certificateClass] = name ? (language === 'en' ? certificateClassEn(name) : name) : m.certificateClass;
    }
    return { ...service, certificateNames };
  }

  /** Departments by their Chinese name, counted; named in `language`. */
  departments(audience: Audience | undefined, language: Language = 'zh-CN'): { name: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const s of this.services) {
      if (servesAudience(s, audience)) counts.set(s.department, (counts.get(s.department) ?? 0) + 1);
    }
    return [...counts.entries()]
      .map(([name, count]) => ({ name: language === 'en' ? departmentEn(name) : name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, language));
  }

  nearbyHalls(query: {
    city?: CityCode;
    service?: string;
    kind?: 'hall' | 'kiosk';
    lat?: number;
    lng?: number;
    limit: number;
  }): HallWithDistance[] {
    const candidates = this.halls.filter(
      (h) => (!query.service || h.services.includes(query.service)) && (!query.kind || h.kind === query.kind),
    );
    if (query.lat !== undefined && query.lng !== undefined) {
      const { lat, lng } = query;
      return candidates
        .map((h) => ({ ...h, distanceKm: Math.round(distanceKm(lat, lng, h.lat, h.lng) * 10) / 10 }))
        .sort((a, b) => a.distanceKm - b.distanceKm)
        .slice(0, query.limit);
    }
    // Without a position: the chosen city's halls, full halls before kiosks.
    return candidates
      .filter((h) => !query.city || h.city === query.city)
      .sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'hall' ? -1 : 1))
      .slice(0, query.limit)
      .map((h) => ({ ...h, distanceKm: null }));
  }
}
