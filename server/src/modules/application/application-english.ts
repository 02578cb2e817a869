/**
 * 我的办件, 消息中心 and the back office in the reader's language. An application keeps what was
 * filed (its service's Chinese name, its department); the English is rendered at read time from
 * stable keys, never stored per row: the service code names a catalogue service, a 一件事 part
 * without a service of its own is named by its bundle member, a 惠企政策 claim by the policy it
 * claims. Staff names are people's names and stay as written; the office after them is a
 * government body and is rendered like any department.
 */
import type { z } from 'zod';
import type { ApplicationDetail, ApplicationSummary } from '../../../../types/applications';
import type { Language } from '../../http/language';
import { departmentEn } from '../catalog/reference/english/index';
import { SERVICE_NAMES_EN } from '../catalog/reference/english/service-names';
import { POLICY_TITLES_EN } from '../policy/reference/english';
import { POLICIES } from '../policy/reference/index';
import { BUNDLE_MEMBERS_EN } from './reference/forms/english';

type Summary = z.input<typeof ApplicationSummary>;
type Detail = z.input<typeof ApplicationDetail>;

/** The service a 惠企政策 claim is filed under (its title names the policy after a ：). */
const POLICY_CLAIM_CODE = 'HQZC-0001';
const policyIdByTitle = new Map(POLICIES.map((p) => [p.title, p.id]));

/** An application's name in English, from its service code (and, for the parts named only by their bundle, its member). */
export function applicationNameEn(serviceCode: string, filedName: string): string {
  if (serviceCode === POLICY_CLAIM_CODE) {
    // 惠企政策兑现申请：高新技术企业认定奖励 → "…: Award for Certified High-Tech Enterprises".
    const [, policyTitle] = filedName.split('：');
    const policyId = policyTitle ? policyIdByTitle.get(policyTitle) : undefined;
    const policy = policyId ? POLICY_TITLES_EN[policyId] : undefined;
    const service = SERVICE_NAMES_EN[serviceCode] ?? filedName;
    return policy ? `${service}: ${policy}` : service;
  }
  // A bundle's part that is not a catalogue service of its own carries the bundle's code and the
  // member's name; a part that is a service carries that service's code.
  return BUNDLE_MEMBERS_EN[filedName] ?? SERVICE_NAMES_EN[serviceCode] ?? filedName;
}

export function departmentNameEn(department: string): string {
  return BUNDLE_MEMBERS_EN[department] ?? departmentEn(department);
}

/** "王芳（成都市政务服务中心）" → "王芳 (Chengdu Government Service Centre)": the person as named, the office in English. */
export function staffNameEn(staffName: string): string {
  const m = /^(.*)（([^（）]+)）$/.exec(staffName);
  if (!m) return staffName;
  const office = departmentEn(m[2] ?? '');
  return office === m[2] ? staffName : `${m[1]} (${office})`;
}

export function summaryIn<T extends Summary>(summary: T, language: Language): T {
  if (language !== 'en') return summary;
  return { ...summary, serviceName: applicationNameEn(summary.serviceCode, summary.serviceName), department: departmentNameEn(summary.department) };
}

export function detailIn<T extends Detail>(detail: T, language: Language): T {
  if (language !== 'en') return detail;
  // A bundle's timeline names its parts by their filed names: the same parts as its children.
  const parts = new Map(detail.children.map((child) => [child.serviceName, applicationNameEn(child.serviceCode, child.serviceName)]));
  const followUp = detail.rating?.followUp;
  return {
    ...summaryIn(detail, language),
    children: detail.children.map((child) => summaryIn(child, language)),
    timeline: detail.timeline.map((entry) => ({
      ...entry,
      staffName: entry.staffName === null ? null : staffNameEn(entry.staffName),
      part: entry.part ? (parts.get(entry.part) ?? applicationNameEn('', entry.part)) : entry.part,
    })),
    rating: detail.rating && followUp ? { ...detail.rating, followUp: { ...followUp, staffName: followUp.staffName === null ? null : staffNameEn(followUp.staffName) } } : detail.rating,
  };
}
