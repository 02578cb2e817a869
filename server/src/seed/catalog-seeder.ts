import { CertificateClass, City, ServiceHall, ServiceItem } from '../../../types/catalog';
import { createCatalogRepository } from '../repositories/catalog-repository';
import { CERTIFICATE_CLASSES } from './data/certificate-classes';
import { CITIES } from './data/cities';
import { HALLS } from './data/halls';
import { SERVICES } from './data/services';
import type { Seeder } from './index';

/** The catalogue reference data, checked against the contract before it is written. */
export const catalogSeeder: Seeder = {
  name: 'service-catalogue',
  run(db) {
    const repo = createCatalogRepository(db);
    for (const c of CITIES) repo.upsertCity(City.parse(c));
    for (const c of CERTIFICATE_CLASSES) repo.upsertCertificateClass(CertificateClass.parse(c));
    for (const s of SERVICES) repo.upsertService(ServiceItem.parse(s));
    for (const h of HALLS) repo.upsertHall(ServiceHall.parse(h));
  },
};
