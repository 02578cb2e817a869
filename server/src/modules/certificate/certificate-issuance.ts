/**
 * Issuing certificates: the certificates an approval yields (企业设立登记 → 营业执照, 食品经营许可 → 食品经营许可证,
 * 结婚登记 → 结婚证, 出生医学证明 → 出生医学证明), bundles included through their sub-applications.
 */
import { randomInt } from 'node:crypto';
import { isValidCreditCode, maskPersonName } from '../../../../types/identity-numbers';
import { chinaDate } from '../../../../types/working-days';
import type { ApplicationRow } from '../application/application-repository';
import type { NewCertificate } from './certificate-repository';
import type { Crypto } from '../../security/crypto';
import { buildCreditCode } from '../enterprise/credit-code';
import { catalogueClass, certificateIdFor, photoDigest, serialFrom } from './certificate-catalog';
import type { CertificateDeps } from './certificate-deps';
import { openFormValues } from '../../shared/personal-data';

export interface IssueInput {
  id: string;
  classCode: string;
  holderKind: 'person' | 'enterprise';
  holderKey: string;
  holderUserId: string | null;
  holderName: string;
  fields: Record<string, string>;
  photo: Buffer | null;
  source: 'seed' | 'application';
  applicationId: string | null;
  nowMs: number;
}

/** The stored row of a certificate: field values and photo encrypted, the holder's name masked. */
export function certificateRow(crypto: Crypto, input: IssueInput): NewCertificate {
  return {
    id: input.id,
    class_code: input.classCode,
    holder_kind: input.holderKind,
    holder_key: input.holderKey,
    holder_user_id: input.holderUserId,
    holder_name_masked: input.holderKind === 'person' ? maskPersonName(input.holderName) : input.holderName,
    fields_enc: crypto.encrypt('certificate-fields', JSON.stringify(input.fields)),
    photo_enc: input.photo ? crypto.encrypt('certificate-photo', input.photo.toString('base64')) : null,
    photo_digest: input.photo ? photoDigest(input.photo).toString('hex') : null,
    valid_from: input.fields.validFrom ?? null,
    valid_to: input.fields.validTo ?? null,
    source: input.source,
    application_id: input.applicationId,
    issued_at: input.nowMs,
  };
}

/** Which certificate an approved (sub-)application of a service yields. */
export const CERTIFICATE_BY_SERVICE: Readonly<Record<string, string>> = {
  'SCJG-0001': 'BIZLIC', // 企业设立登记 (also as a member of the 开办 一件事 bundles)
  'SCJG-0004': 'BIZLIC', // 个体工商户设立登记
  'SCJG-0005': 'FOODOP', // 食品经营许可
  'HY-0001': 'MARRY', // 结婚登记
  'WJ-0001': 'BIRTH', // 出生医学证明首次签发
};

const ORG_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A new enterprise's credit code, the same for every sub-application of one bundle. */
function newCreditCode(region: string, seed: string): string {
  const serial = serialFrom(seed);
  const body = `MA${serial.slice(0, 6)}`.split('').map((c, i) => (i < 2 ? c : ORG_CODE_ALPHABET[Number(c) + (i % 3) * 7]));
  return buildCreditCode('91', region === '500000' ? '500103' : '510104', body.join(''));
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? v.join('、') : '');

/**
 * The approve hook (staff-service): awaited inside the approval's transaction, which its queries
 * join (so it may run again when that transaction is retried: it only writes to the database).
 * Issues at most one certificate per (application, class); a service that yields none is left alone.
 */
export async function issueCertificatesOnApproval(deps: CertificateDeps, row: ApplicationRow, nowMs: number): Promise<string | null> {
  const classCode = CERTIFICATE_BY_SERVICE[row.service_code];
  if (!classCode) return null;
  const repo = deps.certificateRepository;
  if (await repo.findByApplication(row.id, classCode)) return null;
  const parent = row.parent_id ? ((await deps.applicationRepository.findById(row.parent_id)) ?? null) : null;
  const values = { ...(parent ? openFormValues(deps.crypto, parent.values_json) : {}), ...openFormValues(deps.crypto, row.values_json) };
  const realName = await deps.realNameRepository.findByUser(row.user_id);
  if (!realName) return null;
  const applicantName = deps.crypto.decrypt('person-name', realName.name_enc);
  const region = deps.config.region;
  const c = catalogueClass(classCode);
  const issuer = c.issuer[region];
  const today = chinaDate(nowMs);
  const serial = String(randomInt(0, 100_000_000)).padStart(8, '0');
  const id = certificateIdFor(classCode, region, Number(today.slice(0, 4)), serial);
  const base = { id, classCode, holderUserId: row.user_id, photo: null, source: 'application' as const, applicationId: row.id, nowMs };

  // Read before the fields are built (a 结婚证 carries the applicant's ID number).
  const idNumberEnc = classCode === 'MARRY' ? await repo.idNumberEncOf(row.user_id) : null;
  if (classCode === 'MARRY' && !idNumberEnc) throw new Error('no real-name record');

  let input: IssueInput;
  if (c.holder === 'enterprise') {
    const given = str(values.enterpriseCreditCode).toUpperCase();
    const creditCode = isValidCreditCode(given) ? given : newCreditCode(region, parent?.id ?? row.id);
    const entName = str(values.companyName) || str(values.shopName) || str(values.enterpriseName) || `${applicantName}的企业`;
    const fields: Record<string, string> =
      classCode === 'BIZLIC'
        ? {
            creditCode, entName,
            entType: row.service_code === 'SCJG-0004' ? '个体工商户' : ({ llc: '有限责任公司', jsc: '股份有限公司', sole: '个人独资企业', partnership: '合伙企业' } as Record<string, string>)[str(values.companyType)] ?? '有限责任公司',
            legalRepresentative: applicantName,
            businessScope: str(values.businessScope) || '—',
            registeredCapital: values.registeredCapital !== undefined ? `${str(values.registeredCapital)}万元人民币` : '',
            establishedDate: today,
            address: str(values.businessAddress),
            registrationAuthority: issuer,
            issueDate: today,
          }
        : {
            entName, creditCode, legalRepresentative: applicantName,
            premises: str(values.businessAddress),
            mainBusiness: '餐饮服务经营者',
            businessItems: str(values.foodBusiness),
            licenceNo: `JY2${region.slice(0, 4)}${serial}`,
            issuer,
            validFrom: today,
            validTo: `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`,
          };
    input = { ...base, holderKind: 'enterprise', holderKey: creditCode, holderName: entName, fields };
  } else {
    const fields: Record<string, string> =
      classCode === 'MARRY'
        ? {
            holderName: applicantName, registrationDate: today, certNo: `J${region.slice(0, 4)}${today.slice(0, 4)}${serial}`,
            name: applicantName, idNumber: deps.crypto.decrypt('id-number', idNumberEnc as string),
            spouseName: str(values.partnerName), registrationAuthority: `${issuer}婚姻登记处`,
          }
        : {
            childName: str(values.babyName), sex: ({ male: '男', female: '女', M: '男', F: '女' } as Record<string, string>)[str(values.babySex)] ?? str(values.babySex),
            birthDate: str(values.birthDate), birthplace: str(values.birthHospital), institution: str(values.birthHospital),
            motherName: str(values.motherName), fatherName: str(values.fatherName),
            certNo: `${region === '500000' ? 'Q' : 'S'}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`, issueDate: today,
          };
    // A 结婚证 is the applicant's own (held by ID-number HMAC); a 出生医学证明 is the child's,
    // held in the applying parent's wallet (holder_user_id).
    input = classCode === 'MARRY'
      ? { ...base, holderKind: 'person', holderKey: realName.id_number_hash, holderName: applicantName, fields }
      : { ...base, holderKind: 'person', holderKey: `child:${row.id}`, holderName: fields.childName || applicantName, fields };
  }
  for (const [k, v] of Object.entries(input.fields)) if (v === '') delete input.fields[k];
  await repo.insert(certificateRow(deps.crypto, input));
  return id;
}
