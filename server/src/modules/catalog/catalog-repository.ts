import {
  CertificateClass,
  City,
  ServiceHall,
  ServiceItem,
} from '../../../../types/catalog';
import type { Database } from '../../db/database';

export interface CatalogData {
  cities: City[];
  certificateClasses: CertificateClass[];
  services: ServiceItem[];
  halls: ServiceHall[];
}

/** Reference data of the catalogue: written by the seed, read once into memory at start. */
export function createCatalogRepository(db: Database) {
  return {
    async upsertCity(city: City): Promise<void> {
      await db.q
        .insertInto('cities')
        .values({ code: city.code, name: city.name, short_name: city.shortName, lat: city.lat, lng: city.lng })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            short_name: eb.ref('excluded.short_name'),
            lat: eb.ref('excluded.lat'),
            lng: eb.ref('excluded.lng'),
          })),
        )
        .execute();
    },
    async upsertCertificateClass(c: CertificateClass): Promise<void> {
      await db.q
        .insertInto('certificate_classes')
        .values({ code: c.code, name: c.name, holder: c.holder, data_json: JSON.stringify(c) })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            holder: eb.ref('excluded.holder'),
            data_json: eb.ref('excluded.data_json'),
          })),
        )
        .execute();
    },
    async upsertService(s: ServiceItem): Promise<void> {
      await db.q
        .insertInto('services')
        .values({ code: s.code, name: s.name, department: s.department, popularity: s.popularity, data_json: JSON.stringify(s) })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            department: eb.ref('excluded.department'),
            popularity: eb.ref('excluded.popularity'),
            data_json: eb.ref('excluded.data_json'),
          })),
        )
        .execute();
    },
    async upsertHall(h: ServiceHall): Promise<void> {
      await db.q
        .insertInto('halls')
        .values({ id: h.id, city: h.city, kind: h.kind, data_json: JSON.stringify(h) })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            city: eb.ref('excluded.city'),
            kind: eb.ref('excluded.kind'),
            data_json: eb.ref('excluded.data_json'),
          })),
        )
        .execute();
    },

    /**
     * Parsed with the contract on the way in, so a bad row fails at start, not in a response.
     * Ordered by key: every list the store answers is sorted again (popularity, distance, id).
     */
    async loadAll(): Promise<CatalogData> {
      const [cities, classes, services, halls] = await Promise.all([
        db.q.selectFrom('cities').select(['code', 'name', 'short_name', 'lat', 'lng']).orderBy('code').execute(),
        db.q.selectFrom('certificate_classes').select('data_json').orderBy('code').execute(),
        db.q.selectFrom('services').select('data_json').orderBy('code').execute(),
        db.q.selectFrom('halls').select('data_json').orderBy('id').execute(),
      ]);
      return {
        cities: cities.map((r) => City.parse({ code: r.code, name: r.name, shortName: r.short_name, lat: r.lat, lng: r.lng })),
        certificateClasses: classes.map((r) => CertificateClass.parse(JSON.parse(r.data_json))),
        services: services.map((r) => ServiceItem.parse(JSON.parse(r.data_json))),
        halls: halls.map((r) => ServiceHall.parse(JSON.parse(r.data_json))),
      };
    },
  };
}
