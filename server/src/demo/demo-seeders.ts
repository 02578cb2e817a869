/**
 * The development profile's fixtures: the demo enterprise registry (with the credit profiles and
 * 一企一档 facts a registry would share), back-office staff, verifier organisations and this
 * region's e-certificates. Production code never reads them; seed.ts runs them in development only.
 */
import { createCertificateRepository } from '../modules/certificate/certificate-repository';
import { certificateIdFor, serialFrom } from '../modules/certificate/certificate-catalog';
import { demoHolderPhoto } from './demo-photo';
import { certificateRow } from '../modules/certificate/certificate-issuance';
import { createRegistryRepository } from '../modules/enterprise/registry-repository';
import { createVerifierRepository } from '../modules/service-code/verifier-repository';
import { createStaffRepository } from '../modules/staff/staff-repository';
import { createSupervisionRepository } from '../modules/supervision/supervision-repository';
import type { Seeder } from '../seed';
import { DEMO_CERTIFICATES } from './demo-certificates';
import { DEMO_ENTERPRISES } from './demo-enterprises';
import { DEMO_INSPECTORS } from './demo-inspectors';
import { DEMO_PROFILES } from './demo-policy-profiles';
import { STAFF_MEMBERS } from './demo-staff';
import { DEMO_VERIFIERS } from './demo-verifiers';

const demoEnterpriseRegistry: Seeder = {
  name: 'demo-enterprise-registry',
  async run(db) {
    const registry = createRegistryRepository(db);
    for (const e of DEMO_ENTERPRISES) {
      await registry.upsert(e);
      await registry.setCreditProfile(e.creditCode, { creditRating: e.creditRating, licences: e.licences });
      await registry.setRegisteredFacts(e.creditCode, DEMO_PROFILES[e.name] ?? null);
    }
  },
};

const demoStaff: Seeder = {
  name: 'demo-back-office-staff',
  async run(db, { region }) {
    const repo = createStaffRepository(db);
    for (const member of STAFF_MEMBERS.filter((m) => m.region.slice(0, 2) === region.slice(0, 2))) await repo.upsert({ ...member });
  },
};

/** 一码监督 inspectors of the node's own province/municipality, by the HMAC of their office phone. */
const demoInspectors: Seeder = {
  name: 'demo-inspectors',
  async run(db, { crypto, region }) {
    const repo = createSupervisionRepository(db);
    for (const { phone, ...inspector } of DEMO_INSPECTORS.filter((i) => i.region.slice(0, 2) === region.slice(0, 2))) {
      await repo.upsertInspector({ ...inspector, phone_hash: crypto.hmac('phone', phone) });
    }
  },
};

/**
 * The node's own region's verifier organisations and member phones (as HMACs, like every phone),
 * so the same phone scans for 成都… on 510000 and for 重庆… on 500000.
 */
const demoVerifiers: Seeder = {
  name: 'demo-verifiers',
  async run(db, { crypto, region }) {
    const verifiers = createVerifierRepository(db);
    for (const v of DEMO_VERIFIERS.filter((d) => d.region === region)) {
      await verifiers.upsertOrganisation({ id: v.id, name: v.name, kind: v.kind, region: v.region, scopes_json: JSON.stringify(v.scopes) });
      for (const phone of v.memberPhones) await verifiers.upsertMember(crypto.hmac('phone', phone), v.id);
    }
  },
};

/** Every demo certificate of this region has a fixed identifier, inserted when absent. */
const demoCertificates: Seeder = {
  name: 'demo-certificates',
  async run(db, { crypto, region, now }) {
    const repo = createCertificateRepository(db, region);
    for (const demo of DEMO_CERTIFICATES.filter((c) => c.region === region)) {
      const holderRef = demo.holder.kind === 'person' ? demo.holder.idNumber : demo.holder.creditCode;
      const id = certificateIdFor(demo.classCode, region, 2024, serialFrom(`${region}:${demo.classCode}:${holderRef}`));
      if (await repo.findById(id)) continue;
      await repo.insert(
        certificateRow(crypto, {
          id,
          classCode: demo.classCode,
          holderKind: demo.holder.kind,
          holderKey: demo.holder.kind === 'person' ? crypto.hmac('id-number', demo.holder.idNumber) : demo.holder.creditCode,
          holderUserId: null,
          holderName: demo.holder.name,
          fields: demo.fields,
          photo: demo.photo ? demoHolderPhoto(`${region}:${holderRef}`) : null,
          source: 'seed',
          applicationId: null,
          nowMs: now().getTime(),
        }),
      );
    }
  },
};

export const DEMO_SEEDERS: readonly Seeder[] = [demoEnterpriseRegistry, demoStaff, demoInspectors, demoVerifiers, demoCertificates];
