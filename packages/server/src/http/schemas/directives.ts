import { DIRECTIVE_STATUSES, DUE_TYPES, RHYTHMS } from '@dondoc/domain';
import { z } from 'zod';
import { isoDate, page } from './common';

/** The inputs of the directive routes (routes/directives.ts). */

export const importText = z.object({ text: z.string().min(1, 'Nội dung văn bản trống').max(2_000_000) });

const unitRef = z.object({
  name: z.string().trim().min(1, 'Tên đơn vị không được để trống').max(300),
  unitId: z.number().int().positive().nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
  match: z.enum(['suggested', 'chosen']).optional(),
});

const target = z
  .object({
    metric: z.string().trim().min(1, 'Nêu chỉ tiêu').max(500),
    value: z.number('Giá trị chỉ tiêu phải là số').min(0, 'Giá trị chỉ tiêu không được âm'),
    unit: z.string().trim().min(1, 'Nêu đơn vị tính').max(30),
    by: isoDate.nullable(),
  })
  .refine((t) => t.unit !== '%' || t.value <= 100, {
    message: 'Tỷ lệ không quá 100%',
    path: ['value'],
  });

const taskInput = z.object({
  ref: z.string().max(50).optional(),
  text: z.string().trim().min(1, 'Nội dung nhiệm vụ không được để trống').max(20_000),
  due: z.object({
    type: z.enum(DUE_TYPES),
    date: isoDate.nullable().optional(),
    label: z.string().max(200).nullable().optional(),
    every: z.enum(RHYTHMS).nullable().optional(),
  }),
  lead: z.array(unitRef).max(200),
  support: z.array(unitRef).max(200),
  targets: z.array(target).max(100).optional(),
  spans: z
    .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }))
    .max(200)
    .optional(),
  warnings: z.array(z.string().max(500)).max(50).optional(),
});

export const patchBody = z.object({
  version: z.number().int().positive(),
  number: z.string().trim().max(100).nullable().optional(),
  subject: z.string().trim().max(2000).nullable().optional(),
  issuer: z.string().trim().max(300).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  signer: z.string().trim().max(200).nullable().optional(),
  programmes: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  tasks: z.array(taskInput).max(2000).optional(),
});

export const versionBody = z.object({ version: z.number().int().positive() });
export const versionQuery = z.object({ version: z.coerce.number().int().positive() });

export const listQuery = z.object({
  status: z.enum(DIRECTIVE_STATUSES).optional(),
  q: z.string().max(200).optional(),
  programme: z.string().max(100).optional(),
  year: z.coerce.number().int().min(1945).max(2200).optional(),
  page,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const aliasBody = z.object({
  name: z.string().trim().min(1, 'Tên đơn vị không được để trống').max(300),
  unitId: z.number().int().positive().nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
});
