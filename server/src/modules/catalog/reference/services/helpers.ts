/**
 * Small builders for the 办事指南 seed data. They only fill in defaults
 * (paper original, 1 copy, required, 不收费, province-wide); every guide's
 * content is written per service in the sibling modules.
 */
import type {
  Audience,
  Channel,
  CityCode,
  LifeEvent,
  Material,
  ServiceItem,
  Theme,
} from '../../../../../../types/catalog';

type MaterialForm = Material['form'];

interface MaterialOptions {
  form?: MaterialForm;
  copies?: number;
  required?: boolean;
  note?: string;
}

/** A required material; `cert` is one of the 40 e-certificate class codes or null. */
export function mat(name: string, cert: string | null = null, o: MaterialOptions = {}): Material {
  const form = o.form ?? 'original';
  const m: Material = {
    name,
    form,
    copies: o.copies ?? (form === 'electronic' ? 0 : 1),
    required: o.required ?? true,
    certificateClass: cert,
  };
  if (o.note) m.note = o.note;
  return m;
}

/** An optional material (情形材料：only in some situations). */
export function opt(name: string, cert: string | null = null, o: MaterialOptions = {}): Material {
  return mat(name, cert, { ...o, required: false });
}

/** A form to fill in (申请表/登记表), generated online when applying on the phone. */
export function form(name: string, note?: string): Material {
  return mat(name, null, { form: 'form', note });
}

/** A copy (复印件). */
export function copy(name: string, cert: string | null = null, o: MaterialOptions = {}): Material {
  return mat(name, cert, { ...o, form: 'copy' });
}

/** 申请人居民身份证 — replaced by the 电子身份证 (IDCARD) when shown in 天府通办/渝快办. */
export const idCard = (who = '申请人', o: MaterialOptions = {}): Material =>
  mat(`${who}居民身份证`, 'IDCARD', o);

/** 营业执照 — replaced by the 电子营业执照 (BIZLIC). */
export const bizLicence = (o: MaterialOptions = {}): Material =>
  mat('营业执照', 'BIZLIC', { note: '已领取电子营业执照的，授权调用后免于提交', ...o });

/** 法定代表人（负责人）身份证 for enterprise services. */
export const legalRepId = (o: MaterialOptions = {}): Material =>
  mat('法定代表人（负责人）居民身份证', 'IDCARD', o);

/** 委托书 + 经办人身份证 when an agent applies. */
export const agent = (): Material[] => [
  opt('授权委托书', null, { note: '委托他人代办时提供' }),
  opt('受托人居民身份证', 'IDCARD', { note: '委托他人代办时提供' }),
];

export const ALL: Channel[] = ['mobile', 'web', 'kiosk', 'window'];
export const ONLINE: Channel[] = ['mobile', 'web', 'window'];
export const WEB: Channel[] = ['web', 'window'];
export const KIOSK: Channel[] = ['kiosk', 'window'];
export const WINDOW: Channel[] = ['window'];

export interface ServiceDef {
  code: string;
  name: string;
  aliases: string[];
  dept: string;
  /** Defaults to ['person']. */
  aud?: Audience[];
  themes: Theme[];
  events: LifeEvent[];
  ch: Channel[];
  chuanyu?: boolean;
  /** Defaults to true when the service has a mobile or web channel. */
  online?: boolean;
  /** Defaults to [] (province-wide). */
  cities?: CityCode[];
  pop: number;
  summary: string;
  conditions: string[];
  materials: Material[];
  steps: [title: string, detail: string][];
  legal: number;
  promised: number;
  /** Defaults to 不收费. */
  fee?: string;
  basis: string[];
  where: string;
  phone?: string;
}

export function svc(d: ServiceDef): ServiceItem {
  const item: ServiceItem = {
    code: d.code,
    name: d.name,
    aliases: [...d.aliases],
    department: d.dept,
    audience: [...(d.aud ?? ['person'])],
    themes: [...d.themes],
    lifeEvents: [...d.events],
    channels: [...d.ch],
    chuanyu: d.chuanyu ?? false,
    online: d.online ?? (d.ch.includes('mobile') || d.ch.includes('web')),
    cities: [...(d.cities ?? [])],
    popularity: d.pop,
    guide: {
      summary: d.summary,
      conditions: [...d.conditions],
      materials: d.materials.map((m) => ({ ...m })),
      steps: d.steps.map(([title, detail]) => ({ title, detail })),
      legalLimitDays: d.legal,
      promisedLimitDays: d.promised,
      fee: d.fee ?? '不收费',
      legalBasis: [...d.basis],
      locations: d.where,
    },
  };
  if (d.phone) item.guide.phone = d.phone;
  return item;
}

/** Frequently used departments (full official names). */
export const DEPT = {
  rs: '四川省人力资源和社会保障厅',
  yb: '四川省医疗保障局',
  ga: '四川省公安厅',
  crj: '四川省公安厅出入境管理局',
  jg: '四川省公安厅交通警察总队',
  jy: '四川省教育厅',
  mz: '四川省民政厅',
  zr: '四川省自然资源厅',
  sw: '国家税务总局四川省税务局',
  scjg: '四川省市场监督管理局',
  cl: '四川省残疾人联合会',
  ty: '四川省退役军人事务厅',
  wj: '四川省卫生健康委员会',
  jt: '四川省交通运输厅',
  zj: '四川省住房和城乡建设厅',
  hb: '四川省生态环境厅',
  yj: '四川省药品监督管理局',
  cdgjj: '成都住房公积金管理中心',
} as const;
