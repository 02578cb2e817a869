import { CertificateClass, City, ServiceHall, ServiceItem } from '../../../../types/catalog';
import { createCatalogRepository } from './catalog-repository';
import { CERTIFICATE_CLASSES } from './reference/certificate-classes';
import { CITIES } from './reference/cities';
import { HALLS } from './reference/halls';
import { SERVICES } from './reference/services';
import type { Seeder } from '../../seed';

/** The catalogue reference data, checked against the contract before it is written. */
export const catalogSeeder: Seeder = {
  name: 'service-catalogue',
  async run(db) {
    const repo = createCatalogRepository(db);
    for (const c of CITIES) await repo.upsertCity(City.parse(c));
    for (const c of CERTIFICATE_CLASSES) await repo.upsertCertificateClass(CertificateClass.parse(c));
    for (const s of SERVICES) await repo.upsertService(ServiceItem.parse(s));
    for (const h of HALLS) await repo.upsertHall(ServiceHall.parse(h));
  },
};
