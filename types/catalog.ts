import { z } from 'zod';

/** The 21 cities and prefectures (市州) of Sichuan by GB/T 2260 code. */
export const CityCode = z.enum([
  '510100', '510300', '510400', '510500', '510600', '510700', '510800', '510900', '511000',
  '511100', '511300', '511400', '511500', '511600', '511700', '511800', '511900', '512000',
  '513200', '513300', '513400',
]);
export type CityCode = z.infer<typeof CityCode>;

export const Audience = z.enum(['person', 'enterprise']);
export type Audience = z.infer<typeof Audience>;

/** 主题: what the service is about. Labels live in the client's i18n (convention 7). */
export const Theme = z.enum([
  // 个人
  'social_security', 'medical_insurance', 'housing_fund', 'household', 'exit_entry', 'traffic',
  'education', 'marriage_birth', 'real_estate', 'tax', 'civil_affairs', 'disability', 'veterans',
  'employment', 'health', 'pension',
  // 法人
  'market_registration', 'business_permit', 'construction', 'intellectual_property', 'finance_credit',
  'trade', 'agriculture', 'transport_business', 'environment',
]);
export type Theme = z.infer<typeof Theme>;

/** 人生/企业生命周期阶段: 个人 出生 … 身后, 企业 开办 … 注销. */
export const LifeEvent = z.enum([
  'birth', 'schooling', 'employment', 'marriage', 'housing', 'travel', 'medical', 'retirement',
  'elderly_care', 'after_death',
  'company_startup', 'company_operation', 'company_change', 'company_investment', 'company_closure',
]);
export type LifeEvent = z.infer<typeof LifeEvent>;

export const Channel = z.enum(['mobile', 'web', 'kiosk', 'window']);
export type Channel = z.infer<typeof Channel>;

export const Material = z.object({
  name: z.string().min(1),
  form: z.enum(['original', 'copy', 'electronic', 'form']),
  copies: z.number().int().min(0),
  required: z.boolean(),
  /** A class code from the 40-class e-certificate catalogue that replaces this paper material. */
  certificateClass: z.string().nullable(),
  note: z.string().optional(),
});
export type Material = z.infer<typeof Material>;

export const Step = z.object({ title: z.string().min(1), detail: z.string().min(1) });

/** 办事指南. Time limits in working days; 0 = 即办 (done on the spot). */
export const ServiceGuide = z.object({
  summary: z.string().min(1),
  conditions: z.array(z.string().min(1)).min(1),
  materials: z.array(Material),
  steps: z.array(Step).min(1),
  legalLimitDays: z.number().int().min(0),
  promisedLimitDays: z.number().int().min(0),
  fee: z.string().min(1),
  legalBasis: z.array(z.string().min(1)).min(1),
  locations: z.string().min(1),
  phone: z.string().optional(),
});
export type ServiceGuide = z.infer<typeof ServiceGuide>;

export const ServiceItem = z.object({
  /** Stable code, e.g. `SB-0001`; never reused. */
  code: z.string().regex(/^[A-Z]{2,4}-\d{4}$/),
  name: z.string().min(2),
  /** Colloquial names and synonyms people type (身份证补办, 社保卡挂失 …), searched like the name. */
  aliases: z.array(z.string()),
  department: z.string().min(2),
  audience: z.array(Audience).min(1),
  themes: z.array(Theme).min(1),
  lifeEvents: z.array(LifeEvent),
  channels: z.array(Channel).min(1),
  /** 川渝通办: can be done for Chongqing residents in Sichuan and vice versa. */
  chuanyu: z.boolean(),
  /** Has an online form (掌上办). */
  online: z.boolean(),
  /** Cities where it is offered; empty = province-wide. */
  cities: z.array(CityCode),
  /** Relative popularity 1–100, for 热门服务 and ranking ties. */
  popularity: z.number().int().min(1).max(100),
  guide: ServiceGuide,
});
export type ServiceItem = z.infer<typeof ServiceItem>;

export const ServiceHall = z.object({
  id: z.string().regex(/^H\d{4}$/),
  name: z.string().min(2),
  kind: z.enum(['hall', 'kiosk']),
  city: CityCode,
  district: z.string().min(2),
  address: z.string().min(4),
  lat: z.number().min(26).max(34.5),
  lng: z.number().min(97).max(108.6),
  hours: z.string().min(2),
  phone: z.string().optional(),
  /** Service codes offered here. */
  services: z.array(z.string()).min(1),
});
export type ServiceHall = z.infer<typeof ServiceHall>;

export const CertificateHolder = z.enum(['person', 'enterprise']);

/** One of the 40 high-frequency certificate classes recognised by both regions (川渝互认). */
export const CertificateClass = z.object({
  code: z.string().regex(/^[A-Z]{2,6}$/),
  name: z.string().min(2),
  holder: CertificateHolder,
  issuer: z.object({ '510000': z.string().min(2), '500000': z.string().min(2) }),
});
export type CertificateClass = z.infer<typeof CertificateClass>;

// ---- API shapes ----

export const City = z.object({
  code: CityCode,
  name: z.string(),
  shortName: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export type City = z.infer<typeof City>;

/** What a list row needs; the full guide comes with the detail. */
export const ServiceSummary = ServiceItem.pick({
  code: true,
  name: true,
  department: true,
  audience: true,
  themes: true,
  chuanyu: true,
  online: true,
  cities: true,
  popularity: true,
}).extend({ promisedLimitDays: z.number().int() });
export type ServiceSummary = z.infer<typeof ServiceSummary>;

const BoolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ListServicesQuery = z.object({
  audience: Audience.optional(),
  theme: Theme.optional(),
  lifeEvent: LifeEvent.optional(),
  department: z.string().trim().min(1).max(60).optional(),
  city: CityCode.optional(),
  chuanyu: BoolParam.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const ServicePage = z.object({
  items: z.array(ServiceSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ServicePage = z.infer<typeof ServicePage>;

export const SearchServicesQuery = z.object({
  q: z.string().max(200),
  audience: Audience.optional(),
  city: CityCode.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const SearchMatch = z.enum(['name', 'alias', 'pinyin', 'initials', 'department', 'fuzzy', 'synonym']);
export const SearchResult = z.object({
  items: z.array(ServiceSummary.extend({ matched: SearchMatch })),
  /** Alternatives to offer when nothing (or little) matched. */
  suggestions: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const HotServicesQuery = z.object({
  audience: Audience.optional(),
  city: CityCode.optional(),
  chuanyu: BoolParam.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(8),
});
export const ServiceList = z.object({ items: z.array(ServiceSummary) });
export type ServiceList = z.infer<typeof ServiceList>;

export const ServiceCodeParams = z.object({ code: z.string().regex(/^[A-Z]{2,4}-\d{4}$/, { message: 'SERVICE_CODE_INVALID' }) });

export const ServiceDetail = ServiceItem.extend({
  /** Names of the e-certificate classes that can replace paper materials, by class code. */
  certificateNames: z.record(z.string(), z.string()),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const DepartmentsQuery = z.object({ audience: Audience.optional() });
export const DepartmentList = z.object({ items: z.array(z.object({ name: z.string(), count: z.number().int() })) });

export const CityList = z.object({ items: z.array(City) });

export const ListHallsQuery = z.object({
  city: CityCode.optional(),
  service: z.string().regex(/^[A-Z]{2,4}-\d{4}$/).optional(),
  kind: z.enum(['hall', 'kiosk']).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const HallWithDistance = ServiceHall.extend({ distanceKm: z.number().nullable() });
export type HallWithDistance = z.infer<typeof HallWithDistance>;
export const HallList = z.object({ items: z.array(HallWithDistance) });

export const RecordRecentBody = z.object({ code: ServiceCodeParams.shape.code });
