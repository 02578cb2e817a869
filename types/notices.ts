import { z } from 'zod';

/**
 * 通知公告: the province's short notices shown on 首页 (new 川渝通办 services, 惠企政策 deadlines,
 * service-hall hours on holidays, planned maintenance). Reference data of the server's notice
 * module; a notice is listed from its publication day until the day before it expires.
 */
export const NoticeCategory = z.enum(['new_service', 'policy', 'hall_hours', 'maintenance']);
export type NoticeCategory = z.infer<typeof NoticeCategory>;

const CalendarDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date' });

export const NoticeSummary = z.object({
  id: z.string(),
  category: NoticeCategory,
  title: z.string(),
  /** The issuing body, as printed under the notice. */
  issuer: z.string(),
  publishedOn: CalendarDate,
  /** The first day the notice is no longer shown. */
  expiresOn: CalendarDate,
});
export type NoticeSummary = z.infer<typeof NoticeSummary>;

export const NoticeList = z.object({ items: z.array(NoticeSummary) });
export type NoticeList = z.infer<typeof NoticeList>;

export const NoticeDetail = NoticeSummary.extend({
  /** Paragraphs, in order. */
  body: z.array(z.string()).min(1),
  /** A service of the catalogue the notice is about, offered as 去办理 under it. */
  serviceCode: z.string().nullable(),
});
export type NoticeDetail = z.infer<typeof NoticeDetail>;

export const NoticeIdParams = z.object({ id: z.string().regex(/^[a-z0-9-]{3,60}$/) });
