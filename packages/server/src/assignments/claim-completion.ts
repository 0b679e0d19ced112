import { nextState } from '@dondoc/domain';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { type Evidence, insertReport } from './report-progress';
import { finishChange, lockAssignment, requireStep, requireVersion } from './workflow';

export interface ClaimInput {
  narrative: string;
  evidence: Evidence[];
  version?: number;
}

/** A lead unit claims completion with evidence; the standing office then verifies it. */
export async function claimCompletion(ctx: Ctx, id: number, input: ClaimInput): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.claim', row, 'báo cáo hoàn thành');
    requireVersion(row, input.version);
    if (row.role === 'support') {
      throw new AppError(
        'refused',
        'Đơn vị phối hợp báo cáo phần việc của mình, không báo hoàn thành nhiệm vụ.',
      );
    }
    if (!input.evidence.length) {
      throw new AppError('refused', 'Báo cáo hoàn thành cần có ít nhất một minh chứng (tệp hoặc đường dẫn).');
    }
    await insertReport(db, ctx, id, { percent: 100, narrative: input.narrative, evidence: input.evidence });
    const changes = {
      state: nextState('assignment.claim', row.state),
      percent: 100,
      claimed_at: ctx.now(),
      returned: false,
      last_report_at: ctx.now(),
    };
    await db.updateTable('assignments').set(changes).where('id', '=', id).execute();
    await finishChange(db, ctx, row, 'assignment.claim', changes);
  });
}
