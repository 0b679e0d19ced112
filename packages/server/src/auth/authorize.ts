import { type Action, type Actor, authorize as decide, type Resource } from '@dondoc/domain';
import { AppError } from '../errors';

const NOT_FOUND: Record<Resource['kind'] | 'none', string> = {
  assignment: 'Không tìm thấy nhiệm vụ được giao.',
  extension: 'Không tìm thấy đề nghị gia hạn.',
  obstacle: 'Không tìm thấy khó khăn, vướng mắc này.',
  directive: 'Không tìm thấy văn bản.',
  file: 'Không tìm thấy tệp.',
  token: 'Không tìm thấy mã truy cập.',
  report: 'Không tìm thấy báo cáo.',
  none: 'Không tìm thấy.',
};

/**
 * The server's side of the policy: asks the domain's `authorize` and throws the 403 or 404 it
 * decides. Every route and use case checks through here; none compares roles itself.
 */
export function authorize(
  actor: Actor,
  action: Action,
  resource?: Resource,
  messages: { forbidden?: string; notFound?: string } = {},
): void {
  const decision = decide(actor, action, resource);
  if (decision === 'allow') return;
  if (decision === 'not_found') {
    throw new AppError('not_found', messages.notFound ?? NOT_FOUND[resource?.kind ?? 'none']);
  }
  throw new AppError('forbidden', messages.forbidden ?? 'Bạn không có quyền thực hiện thao tác này.');
}
