import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to port 3000 and the embedded engine under ./data', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('turns mail and the webhook on only when configured, the webhook with its secret', () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect([env.REMINDERS_HOUR, env.DIGEST_HOUR]).toEqual([7, 8]);
    expect(parseEnv({ SMTP_URL: 'smtp://u:p@mail.maison.gov.vn:587' }).SMTP_URL).toBe(
      'smtp://u:p@mail.maison.gov.vn:587',
    );
    expect(() => parseEnv({ SMTP_URL: 'mail.maison.gov.vn' })).toThrow(/SMTP_URL phải có dạng smtp:/);
    expect(() => parseEnv({ WEBHOOK_URL: 'https://zalo.example.vn/hook' })).toThrow(
      /WEBHOOK_SECRET là bắt buộc/,
    );
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '' }).PORT).toBe(3000);
  });

  it('names every bad variable with a message in Vietnamese', () => {
    try {
      parseEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable('parseEnv accepted bad values');
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      const problems = (err as EnvError).problems.join('\n');
      expect(problems).toMatch(/^PORT: PORT phải/m);
      expect(problems).toMatch(/^DATABASE_URL: DATABASE_URL phải có dạng postgres/m);
      expect(problems).toMatch(/^LOG_LEVEL: /m);
    }
  });

  it('rejects an out-of-range port', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/65535/);
  });
});
