import { fold, seesAllUnits } from '@dondoc/domain';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import { buildReport, type PeriodicReport, type ReportRequest } from './build-report';
import { reportCsv } from './export-csv';
import { type Letterhead, reportDocx } from './export-docx';
import { reportPdf } from './export-pdf';
import { reportXlsx } from './export-xlsx';

export const REPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const MEDIA: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

export interface LetterheadInput {
  place?: string;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string[];
}

/**
 * The periodic report the actor may read (`report.read`): an officer's covers their unit and those
 * below it unless they chose one of those; another unit's is refused.
 */
export async function periodicReport(ctx: Ctx, req: ReportRequest): Promise<PeriodicReport> {
  const scope = { ...req.scope };
  if (!seesAllUnits(ctx.actor) && !scope.unitId && ctx.actor.unitId) {
    scope.unitId = ctx.actor.unitId;
    scope.withChildren = true;
  }
  authorize(
    ctx.actor,
    'report.read',
    { kind: 'report', unitId: scope.unitId },
    {
      forbidden: 'Bạn không có quyền xem báo cáo của phạm vi này.',
    },
  );
  return buildReport(ctx, { ...req, scope });
}

/** The report as a file to download: its bytes, media type and a file name. */
export async function exportReport(
  ctx: Ctx,
  req: ReportRequest,
  format: ReportFormat,
  head: LetterheadInput = {},
): Promise<{ bytes: Buffer; mediaType: string; fileName: string }> {
  const report = await periodicReport(ctx, req);
  const fileName = `bao-cao-${report.period.key.replace('..', '_')}.${format}`;
  const bytes =
    format === 'xlsx'
      ? await reportXlsx(report)
      : format === 'csv'
        ? reportCsv(report)
        : format === 'docx'
          ? await reportDocx(report, await letterhead(ctx, head))
          : await reportPdf(report, await letterhead(ctx, head));
  return { bytes, mediaType: MEDIA[format], fileName };
}

/** The issuing body is the actor's unit under its parent; what the clerk fills is left blank. */
async function letterhead(ctx: Ctx, input: LetterheadInput): Promise<Letterhead> {
  const unit = ctx.actor.unitId
    ? await ctx.db
        .selectFrom('units')
        .leftJoin('units as parent', 'parent.id', 'units.parent_id')
        .select(['units.name', 'units.short_name', 'parent.name as parentName'])
        .where('units.id', '=', ctx.actor.unitId)
        .executeTakeFirst()
    : undefined;
  const name = unit?.name ?? '……';
  const initials = fold(name)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return {
    parentBody: unit?.parentName ?? '',
    body: name,
    abbreviation: unit?.short_name
      ? fold(unit.short_name)
          .replace(/[^a-z0-9]/gi, '')
          .toUpperCase()
      : initials,
    place: input.place ?? '',
    recipients: input.recipients?.length
      ? input.recipients
      : [unit?.parentName ? `Lãnh đạo ${unit.parentName}` : 'Như trên'],
    signer: {
      authority: input.signerAuthority ?? '',
      title: input.signerTitle ?? 'Thủ trưởng cơ quan',
      name: input.signerName ?? '',
    },
  };
}
