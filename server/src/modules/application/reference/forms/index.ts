/**
 * Every online service's form, as data: the applicant block (from the real-name record), the
 * enterprise block for 法人 services, the service's own fields (written per service, or derived
 * from its guide), and one material slot per guide material. A 一件事 bundle merges its members'
 * own fields by id, so each fact is asked once.
 */
import type { ServiceItem } from '../../../../../../types/catalog';
import type { FormDefinition, FormField, MaterialSlot } from '../../../../../../types/form-engine';
import { BUNDLES } from './bundles';
import { applicantFields, area, bool, deliveryFields, enterpriseFields, withFormat } from './fields';
import { SERVICE_FIELDS } from './service-fields';

export const FORM_VERSION = 1;
export const UPLOAD_ACCEPT = ['image/jpeg', 'image/png', 'application/pdf'];

/** 法人 services that create the enterprise: there is no bound enterprise to pre-fill yet. */
const CREATES_ENTERPRISE = new Set(['SCJG-0001', 'SCJG-0004', 'YJS-0009', 'YJS-0010']);
/** Member fields that make no sense inside a bundle (the bundle asks it its own way). */
const NOT_MERGED = new Set(['applyFor', 'childName', 'insuredCategory', 'deliveryMethod', 'mailAddress']);

function materialSlots(service: ServiceItem): MaterialSlot[] {
  return service.guide.materials
    // 申请表/登记表 are generated from the online form itself.
    .filter((material) => material.form !== 'form')
    .map((material, index) => {
      const slot: MaterialSlot = {
        id: `material${index + 1}`,
        name: material.name,
        required: material.required,
        certificateClass: material.certificateClass,
        accept: UPLOAD_ACCEPT,
        maxFiles: Math.max(1, Math.min(material.copies || 1, 5)),
      };
      if (material.note) slot.note = material.note;
      return slot;
    });
}

/** Derived from the guide when the service has no fields of its own written yet. */
function genericFields(service: ServiceItem): FormField[] {
  const fields: FormField[] = [
    bool('conditionsConfirmed', `本人确认符合办理条件：${service.guide.conditions.join('；')}`, { section: '办理信息', required: true }),
    area('applicationNote', '申请事项说明', { section: '办理信息', maxLength: 500 }),
  ];
  if (service.guide.promisedLimitDays > 0) fields.push(...deliveryFields());
  return fields;
}

function isEnterpriseOnly(service: ServiceItem): boolean {
  return service.audience.length === 1 && service.audience[0] === 'enterprise';
}

function baseFields(service: ServiceItem): FormField[] {
  const fields = applicantFields();
  if (isEnterpriseOnly(service) && !CREATES_ENTERPRISE.has(service.code)) fields.push(...enterpriseFields());
  return fields;
}

function bundleForm(service: ServiceItem): FormDefinition {
  const bundle = BUNDLES[service.code];
  const fields = [...baseFields(service), ...bundle.fields];
  const byId = new Map(fields.map((field) => [field.id, field]));
  for (const member of bundle.members) {
    for (const memberField of member.serviceCode ? (SERVICE_FIELDS[member.serviceCode] ?? []) : []) {
      if (NOT_MERGED.has(memberField.id)) continue;
      const existing = byId.get(memberField.id);
      if (!existing) {
        const merged = { ...memberField, members: [member.key] };
        fields.push(merged);
        byId.set(merged.id, merged);
      } else if (existing.members && !existing.members.includes(member.key)) {
        existing.members = [...existing.members, member.key];
      }
    }
  }
  return {
    serviceCode: service.code,
    serviceName: service.name,
    version: FORM_VERSION,
    fields: fields.map((field) => withFormat({ ...field })),
    materials: materialSlots(service),
    bundle: { members: bundle.members.map((member) => ({ ...member })) },
  };
}

/** The form of an online service, or null when the service is not done online. */
export function buildForm(service: ServiceItem): FormDefinition | null {
  if (!service.online) return null;
  if (BUNDLES[service.code]) return bundleForm(service);
  return {
    serviceCode: service.code,
    serviceName: service.name,
    version: FORM_VERSION,
    fields: [...baseFields(service), ...(SERVICE_FIELDS[service.code] ?? genericFields(service))].map(withFormat),
    materials: materialSlots(service),
  };
}

/** Codes with fields written for them (the rest are derived from the guide). */
export const SPECIFIC_FORM_CODES: readonly string[] = [...Object.keys(SERVICE_FIELDS), ...Object.keys(BUNDLES)];
