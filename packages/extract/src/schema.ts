import { RHYTHMS } from '@dondoc/domain';
import { z } from 'zod';

/** The extraction output as a schema (packages/extract/corpus/SCHEMA.md), to validate what leaves the library. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const every = z.enum(RHYTHMS);

const due = z.union([
  z.object({ type: z.literal('date'), date: isoDate, every: every.optional(), label: z.string().optional() }),
  z.object({ type: z.literal('period'), end: isoDate, label: z.string(), every: every.optional() }),
  z.object({ type: z.literal('recurring'), every, label: z.string() }),
  z.object({ type: z.literal('ongoing') }),
  z.null(),
]);

export const directiveSchema = z.object({
  document: z.object({
    kind: z.enum(['cong-van', 'thong-bao-ket-luan', 'ke-hoach', 'chi-thi', 'quyet-dinh', 'other']),
    number: z.string().min(1).nullable(),
    issuer: z.string().nullable(),
    date: isoDate.nullable(),
    subject: z.string().nullable(),
    signer: z.string().nullable(),
    recipients: z.array(z.string()),
    references: z.array(z.object({ number: z.string().min(1), date: isoDate.nullable() })),
  }),
  tasks: z.array(
    z.object({
      ref: z.string(),
      text: z.string().min(1),
      lead: z.array(z.string().min(1)),
      support: z.array(z.string().min(1)),
      due,
      targets: z.array(
        z.object({
          metric: z.string(),
          value: z.number().min(0).max(100),
          unit: z.literal('%'),
          by: isoDate.nullable(),
        }),
      ),
      spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })),
      warnings: z.array(z.string()),
    }),
  ),
});
