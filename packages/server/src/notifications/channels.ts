import { createHmac } from 'node:crypto';
import type { NotificationChannel, NotificationTopic } from '../db/schema';

/** One notification as a channel sends it. */
export interface OutgoingNotice {
  id: number;
  kind: string;
  topic: NotificationTopic;
  escalation: boolean;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
}

export interface Delivery {
  /** The working day (Vietnam) the delivery belongs to. */
  day: string;
  digest: boolean;
}

export interface Recipient {
  userId: number;
  username: string;
  displayName: string;
  email: string | null;
}

/**
 * A way to reach people besides the in-app list. The rules never see a channel: they make
 * notifications, and delivery hands them to every channel configured. A `digest` channel gets a
 * person's ordinary notices once a working day; an `immediate` one gets each as it is made.
 * Escalations go out at once on every channel. A Zalo OA or an SMS gateway is one more of these.
 */
export interface Channel {
  readonly name: NotificationChannel;
  readonly mode: 'digest' | 'immediate';
  reaches(recipient: Recipient): boolean;
  /** Sends notices to one person: a digest of the day's, or one at once. */
  send(recipient: Recipient, notices: OutgoingNotice[], delivery: Delivery): Promise<void>;
}

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * An outgoing webhook: each notice POSTed as JSON, signed with HMAC-SHA256 over
 * `<timestamp>.<body>` (headers X-Dondoc-Timestamp, X-Dondoc-Signature); a reply other than 2xx
 * fails the delivery job, which retries with back-off.
 */
export function webhookChannel(
  url: string,
  secret: string,
  fetchImpl: typeof fetch = fetch,
  clock: () => Date = () => new Date(),
): Channel {
  return {
    name: 'webhook',
    mode: 'immediate',
    reaches: () => true,
    async send(recipient, notices) {
      for (const n of notices) {
        const body = JSON.stringify({
          event: 'notification',
          id: n.id,
          recipient: { id: recipient.userId, username: recipient.username, name: recipient.displayName },
          kind: n.kind,
          topic: n.topic,
          escalation: n.escalation,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
        });
        const timestamp = String(Math.floor(clock().getTime() / 1000));
        const res = await fetchImpl(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-dondoc-timestamp': timestamp,
            'x-dondoc-signature': signWebhook(secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) throw new Error(`webhook answered ${res.status}`);
      }
    },
  };
}
