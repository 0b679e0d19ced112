import { formatVnDate } from '@dondoc/domain';
import nodemailer from 'nodemailer';
import type { NotificationTopic } from '../db/schema';
import type { Channel, OutgoingNotice, Recipient } from './channels';
import { TOPIC_LABELS } from './messages';

const ORDER: NotificationTopic[] = ['overdue', 'due_soon', 'awaiting', 'report', 'reminder'];

/** A digest mail in plain Vietnamese: the notices grouped, each line with its link. */
export function digestMail(
  recipient: Recipient,
  notices: OutgoingNotice[],
  day: string,
): { subject: string; text: string } {
  const lines = [`Kính gửi ${recipient.displayName},`, '', `Các việc cần đôn đốc ngày ${formatVnDate(day)}:`];
  for (const topic of ORDER) {
    const group = notices.filter((n) => n.topic === topic);
    if (!group.length) continue;
    lines.push('', `${TOPIC_LABELS[topic].toUpperCase()} (${group.length})`);
    for (const n of group) lines.push(`- ${n.title}`, `  ${n.link}`);
  }
  lines.push(
    '',
    'Thư được gửi tự động từ hệ thống theo dõi nhiệm vụ dondoc. Có thể chọn loại thông báo nhận qua thư trong trang Tài khoản.',
  );
  return {
    subject: `Nhắc việc ngày ${formatVnDate(day)}: ${notices.length} việc cần đôn đốc`,
    text: lines.join('\n'),
  };
}

/** One notice sent at once (an escalation, an office's reminder). */
export function immediateMail(
  recipient: Recipient,
  notice: OutgoingNotice,
): { subject: string; text: string } {
  return {
    subject: notice.escalation ? `Cảnh báo: ${notice.title}` : notice.title,
    text: [
      `Kính gửi ${recipient.displayName},`,
      '',
      notice.title,
      notice.body,
      '',
      `Xem: ${notice.link}`,
    ].join('\n'),
  };
}

/** E-mail through SMTP (`SMTP_URL`, e.g. smtp://user:pass@mail.example.vn:587). */
export function emailChannel(smtpUrl: string, from: string): Channel & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    name: 'email',
    mode: 'digest',
    reaches: (r) => !!r.email,
    async send(recipient, notices, delivery) {
      if (!recipient.email || !notices.length) return;
      const mails = delivery.digest
        ? [digestMail(recipient, notices, delivery.day)]
        : notices.map((n) => immediateMail(recipient, n));
      for (const mail of mails)
        await transport.sendMail({ from, to: recipient.email, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
