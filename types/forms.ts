import { z } from 'zod';
import { IsoDateTime } from './common';
import type { Condition as ConditionType, FormDefinition as FormDefinitionType } from './form-engine';

/**
 * HTTP schemas for forms, drafts and uploads. The definition types and the engine themselves are
 * zod-free in ./form-engine (the app imports those); these schemas only describe the wire.
 */

export const Condition: z.ZodType<ConditionType> = z.lazy(() =>
  z.union([
    z.object({ field: z.string(), equals: z.union([z.string(), z.number(), z.boolean()]) }),
    z.object({ field: z.string(), in: z.array(z.union([z.string(), z.number(), z.boolean()])) }),
    z.object({ field: z.string(), notEmpty: z.literal(true) }),
    z.object({ all: z.array(Condition) }),
    z.object({ any: z.array(Condition) }),
    z.object({ not: Condition }),
  ]),
);

export const FieldType = z.enum([
  'text', 'textarea', 'number', 'date', 'select', 'radio', 'multiselect', 'boolean', 'phone', 'idNumber', 'photo',
]);
export const PrefillKey = z.enum([
  'profile.name', 'profile.idNumber', 'profile.phone', 'enterprise.name', 'enterprise.creditCode', 'enterprise.legalRepresentative',
]);

export const FormField = z.object({
  id: z.string(),
  label: z.string(),
  type: FieldType,
  section: z.string().optional(),
  required: z.boolean().optional(),
  requiredWhen: Condition.optional(),
  visibleWhen: Condition.optional(),
  readOnly: z.boolean().optional(),
  prefill: PrefillKey.optional(),
  placeholder: z.string().optional(),
  help: z.string().optional(),
  minLength: z.number().int().optional(),
  maxLength: z.number().int().optional(),
  pattern: z.string().optional(),
  patternCode: z.string().optional(),
  /** The expected format in words, with an example; also sent with a format error's issue. */
  format: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  minDate: z.string().optional(),
  maxDate: z.string().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  minItems: z.number().int().optional(),
  maxItems: z.number().int().optional(),
  members: z.array(z.string()).optional(),
});

export const MaterialSlot = z.object({
  id: z.string(),
  name: z.string(),
  required: z.boolean(),
  certificateClass: z.string().nullable(),
  note: z.string().optional(),
  accept: z.array(z.string()),
  maxFiles: z.number().int(),
  visibleWhen: Condition.optional(),
  members: z.array(z.string()).optional(),
});

export const BundleMember = z.object({
  key: z.string(),
  name: z.string(),
  department: z.string(),
  serviceCode: z.string().nullable(),
});

export const FormDefinition: z.ZodType<FormDefinitionType> = z.object({
  serviceCode: z.string(),
  serviceName: z.string(),
  version: z.number().int(),
  fields: z.array(FormField),
  materials: z.array(MaterialSlot),
  bundle: z.object({ members: z.array(BundleMember) }).optional(),
});

/** What the pre-fill needs, for the signed-in user (材料智能调用). Everything masked. */
export const PrefillSources = z.object({
  profile: z.object({ name: z.string().nullable(), idNumber: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  enterprise: z.object({ name: z.string(), creditCode: z.string(), legalRepresentative: z.string().nullable() }).nullable(),
  /** E-certificate classes the user holds (IDCARD once real-name verified; the wallet adds more). */
  certificates: z.array(z.string()),
});
export type PrefillSources = z.infer<typeof PrefillSources>;

// ---- values on the wire ----

export const MaterialValue = z.union([
  z.object({ source: z.literal('certificate'), certificateClass: z.string().min(1).max(16) }),
  z.object({ source: z.literal('upload'), uploadIds: z.array(z.string().min(1).max(64)).max(20) }),
]);
export const FieldValue = z.union([
  z.string().max(4000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
  z.null(),
]);
/** A form's values by field / material id. The engine decides what is valid; this only bounds the shape. */
export const FormValues = z.record(z.string().min(1).max(64), z.union([FieldValue, MaterialValue]));

// ---- drafts ----

export const DraftParams = z.object({ serviceCode: z.string().regex(/^[A-Z]{2,4}-\d{4}$/, { message: 'SERVICE_CODE_INVALID' }) });
/** Work in progress: any JSON values (bounded on the server), never validated strictly. */
export const SaveDraftBody = z.object({
  values: z.record(z.string().min(1).max(64), z.unknown()),
  /** When the client last changed the draft; the newest change wins across devices. */
  updatedAt: IsoDateTime,
});
export const Draft = z.object({
  serviceCode: z.string(),
  values: z.record(z.string(), z.unknown()),
  updatedAt: IsoDateTime,
  savedAt: IsoDateTime,
});
export type Draft = z.infer<typeof Draft>;
export const DraftList = z.object({
  items: z.array(z.object({ serviceCode: z.string(), serviceName: z.string(), updatedAt: IsoDateTime })),
});

// ---- uploads ----

export const UPLOAD_MAX_BYTES = 3 * 1024 * 1024;
export const UploadContentType = z.enum(['image/jpeg', 'image/png', 'application/pdf']);
export const CreateUploadBody = z.object({
  name: z.string().trim().min(1).max(120),
  contentType: z.string().min(1).max(100),
  /** The file, base64 (multipart is awkward in both the mini-program and H5 request layers). */
  dataBase64: z.string().min(1).max(Math.ceil(UPLOAD_MAX_BYTES / 3) * 4 + 1024),
});
export const Upload = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  contentType: UploadContentType,
  createdAt: IsoDateTime,
});
export type Upload = z.infer<typeof Upload>;
export const UploadIdParams = z.object({ id: z.string().min(1).max(64) });
/** An upload's bytes as JSON (base64), so both targets can show or save them without a cookie on an <img>. */
export const UploadContent = z.object({ upload: Upload, dataBase64: z.string() });
export type UploadContent = z.infer<typeof UploadContent>;
