import { z } from 'zod';

/** Configuration read from environment variables once at start; a bad value stops the process. */
const envSchema = z
  .object({
    PORT: z.coerce
      .number({ error: 'PORT phải là một số (cổng TCP)' })
      .int('PORT phải là số nguyên')
      .min(1, 'PORT phải từ 1 đến 65535')
      .max(65535, 'PORT phải từ 1 đến 65535')
      .default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1, 'DATA_DIR không được để trống').default('./data'),
    DATABASE_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\/.+/,
        'DATABASE_URL phải có dạng postgres://người-dùng:mật-khẩu@máy:cổng/csdl',
      )
      .optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'LOG_LEVEL phải là một trong: fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    DONDOC_DEMO_PASSWORD: z.string().min(8, 'DONDOC_DEMO_PASSWORD phải có ít nhất 8 ký tự').optional(),
    /** The dev corpus, imported into the demo too when the folder exists. */
    DONDOC_DEMO_CORPUS: z.string().default('packages/extract/corpus/dev'),
    DUE_SOON_DAYS: z.coerce.number().int().min(0, 'DUE_SOON_DAYS phải ≥ 0').max(365).default(7),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    /** Reverse proxies in front (0: none): only then are X-Forwarded-For/-Proto believed. */
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d)$/, 'TRUST_PROXY phải là số proxy đứng trước (0, 1, 2…) hoặc true/false')
      .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v)))
      .default(0),
    /** Mail for notifications: smtp://user:pass@host:587 (smtps:// for TLS); no mail when unset. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, 'SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy:cổng')
      .optional(),
    MAIL_FROM: z.string().min(3).default('dondoc <no-reply@localhost>'),
    /** The address people open the app at, for links in mails and webhooks. */
    APP_URL: z.url({ error: 'APP_URL phải là một địa chỉ http(s)://…' }).optional(),
    /** An outgoing webhook for every notification, signed with HMAC-SHA256 under WEBHOOK_SECRET. */
    WEBHOOK_URL: z.url({ error: 'WEBHOOK_URL phải là một địa chỉ http(s)://…' }).optional(),
    WEBHOOK_SECRET: z.string().min(16, 'WEBHOOK_SECRET phải có ít nhất 16 ký tự').optional(),
    /** Vietnam's hour the day's reminders are computed at, and the hour the daily digests go out. */
    REMINDERS_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  })
  .refine((e) => !e.WEBHOOK_URL || e.WEBHOOK_SECRET, {
    path: ['WEBHOOK_SECRET'],
    error: 'WEBHOOK_SECRET là bắt buộc khi có WEBHOOK_URL',
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; empty strings count as unset so `PORT=` falls back to the default. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}
