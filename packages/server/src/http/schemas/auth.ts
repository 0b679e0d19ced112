import { TOKEN_SCOPES } from '@dondoc/domain';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../users/create-admin';

/** The inputs of sign-in, API tokens and one's own account (routes/auth.ts, api-tokens.ts, account.ts). */

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Cần nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Cần nhập mật khẩu').max(200),
});

export const tokenBody = z.object({
  name: z.string().trim().min(1, 'Cần đặt tên cho mã truy cập').max(100),
  scope: z
    .enum(TOKEN_SCOPES, { error: 'Phạm vi là "read" (chỉ đọc) hoặc "write" (đọc và ghi)' })
    .default('read'),
  expiresInDays: z
    .number()
    .int()
    .min(1, 'Thời hạn từ 1 đến 365 ngày')
    .max(365, 'Thời hạn từ 1 đến 365 ngày')
    .default(90),
});

export const passwordBody = z.object({
  currentPassword: z.string().min(1, 'Cần nhập mật khẩu hiện tại').max(200),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`)
    .max(200, 'Mật khẩu mới quá dài'),
});
