import { ROLES } from '@dondoc/domain';
import { z } from 'zod';

/** The inputs of user management (routes/users.ts). */

const password = z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200);

export const newUser = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{3,60}$/i, 'Tên đăng nhập gồm chữ không dấu, số, dấu chấm, gạch (3–60 ký tự)'),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  unitId: z.number().int().positive().nullable(),
  password,
});

const EDITABLE = 'displayName, role, unitId, disabled (khóa tài khoản), password';
// unknown fields are refused rather than dropped: dropped, {"locked":true} became an empty update
export const userPatch = z
  .strictObject(
    {
      displayName: z.string().trim().min(1).max(200).optional(),
      role: z.enum(ROLES).optional(),
      unitId: z.number().int().positive().nullable().optional(),
      disabled: z.boolean().optional(),
      password: password.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Trường không được hỗ trợ: ${issue.keys.join(', ')}. Các trường sửa được: ${EDITABLE}.`
          : undefined,
    },
  )
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: `Không có thay đổi nào: cần ít nhất một trong các trường ${EDITABLE}.`,
  });
