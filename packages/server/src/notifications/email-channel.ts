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

/** Notices sent at once (escalations, an office's reminder): one mail, one notice or a list. */
export function immediateMail(
  recipient: Recipient,
  notices: OutgoingNotice[],
): { subject: string; text: string } {
  const urgent = notices.some((n) => n.escalation);
  if (notices.length === 1) {
    const n = notices[0]!;
    return {
      subject: urgent ? `Cảnh báo: ${n.title}` : n.title,
      text: [`Kính gửi ${recipient.displayName},`, '', n.title, n.body, '', `Xem: ${n.link}`].join('\n'),
    };
  }
  const lines = [`Kính gửi ${recipient.displayName},`, ''];
  for (const n of notices) lines.push(`- ${n.title}`, `  ${n.body}`, `  ${n.link}`);
  return {
    subject: urgent
      ? `Cảnh báo: ${notices.length} nhiệm vụ cần xử lý ngay`
      : `Văn phòng nhắc việc: ${notices.length} nhiệm vụ`,
    text: lines.join('\n'),
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
      const mail = delivery.digest
        ? digestMail(recipient, notices, delivery.day)
        : immediateMail(recipient, notices);
      await transport.sendMail({ from, to: recipient.email, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
