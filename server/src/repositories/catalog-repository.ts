import {
  CertificateClass,
  City,
  ServiceHall,
  ServiceItem,
} from '../../../types/catalog';
import type { Db } from '../db/database';

export interface CatalogData {
  cities: City[];
  certificateClasses: CertificateClass[];
  services: ServiceItem[];
  halls: ServiceHall[];
}

/** Reference data of the catalogue: written by the seed, read once into memory at start. */
export function createCatalogRepository(db: Db) {
  const upsertCity = db.prepare(
    `INSERT INTO cities (code, name, short_name, lat, lng) VALUES (@code, @name, @shortName, @lat, @lng)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name, lat = excluded.lat, lng = excluded.lng`,
  );
  const upsertClass = db.prepare(
    `INSERT INTO certificate_classes (code, name, holder, data_json) VALUES (@code, @name, @holder, @json)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, holder = excluded.holder, data_json = excluded.data_json`,
  );
  const upsertService = db.prepare(
    `INSERT INTO services (code, name, department, popularity, data_json) VALUES (@code, @name, @department, @popularity, @json)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, department = excluded.department,
       popularity = excluded.popularity, data_json = excluded.data_json`,
  );
  const upsertHall = db.prepare(
    `INSERT INTO halls (id, city, kind, data_json) VALUES (@id, @city, @kind, @json)
     ON CONFLICT (id) DO UPDATE SET city = excluded.city, kind = excluded.kind, data_json = excluded.data_json`,
  );
  const allJson = (table: string) => db.prepare<[], { data_json: string }>(`SELECT data_json FROM ${table} ORDER BY rowid`);
  const allCities = db.prepare<[], { code: string; name: string; short_name: string; lat: number; lng: number }>(
    'SELECT code, name, short_name, lat, lng FROM cities ORDER BY code',
  );

  return {
    upsertCity: (city: City) => upsertCity.run(city),
    upsertCertificateClass: (c: CertificateClass) => upsertClass.run({ code: c.code, name: c.name, holder: c.holder, json: JSON.stringify(c) }),
    upsertService: (s: ServiceItem) =>
      upsertService.run({ code: s.code, name: s.name, department: s.department, popularity: s.popularity, json: JSON.stringify(s) }),
    upsertHall: (h: ServiceHall) => upsertHall.run({ id: h.id, city: h.city, kind: h.kind, json: JSON.stringify(h) }),

    /** Parsed with the contract on the way in, so a bad row fails at start, not in a response. */
    loadAll(): CatalogData {
      return {
        cities: allCities.all().map((r) => City.parse({ code: r.code, name: r.name, shortName: r.short_name, lat: r.lat, lng: r.lng })),
        certificateClasses: allJson('certificate_classes').all().map((r) => CertificateClass.parse(JSON.parse(r.data_json))),
        services: allJson('services').all().map((r) => ServiceItem.parse(JSON.parse(r.data_json))),
        halls: allJson('halls').all().map((r) => ServiceHall.parse(JSON.parse(r.data_json))),
      };
    },
  };
}
