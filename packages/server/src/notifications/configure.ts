import type { Env } from '../env';
import type { Channel } from './channels';
import { webhookChannel } from './channels';
import { emailChannel } from './email-channel';

/** The channels the environment turns on: e-mail with SMTP_URL, the webhook with WEBHOOK_URL. */
export function notificationChannels(env: Env): { list: Channel[]; close(): void } {
  const list: Channel[] = [];
  const email = env.SMTP_URL ? emailChannel(env.SMTP_URL, env.MAIL_FROM) : null;
  if (email) list.push(email);
  if (env.WEBHOOK_URL && env.WEBHOOK_SECRET) list.push(webhookChannel(env.WEBHOOK_URL, env.WEBHOOK_SECRET));
  return { list, close: () => email?.close() };
}
