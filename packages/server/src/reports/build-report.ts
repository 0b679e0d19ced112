import {
  type AssignmentState,
  type Color,
  computeStatus,
  customWindow,
  DEFAULT_CUTOFF_DAY,
  daysBetween,
  type Flag,
  previousPeriodKey,
  type ReportWindow,
  reportWindow,
  seesAllUnits,
  type Timeliness,
  vnDate,
} from '@dondoc/domain';
import { type SelectQueryBuilder, sql } from 'kysely';
import { rhythmOf, statusFacts } from '../assignments/refresh-status';
import type { Ctx } from '../context';
import { countedShape, isCounted, onTimeShare } from '../dashboard/counted';
import type { Db } from '../db/database';
import type { Schema } from '../db/schema';
import { directivesOf } from '../directives/programmes';
import { AppError } from '../errors';
import { directiveName } from './report-text';

/** What a report covers: one directive, one programme, one unit (with or without the units below it), or all. */
export interface ReportScope {
  directiveId?: number;
  programme?: string;
  unitId?: number;
  withChildren?: boolean;
}

export interface ReportRequest {
  /** A period key ("2025-03", "2025-Q1", "2025-H1", "2025"), or a custom range with `from` and `to`. */
  period?: string;
  from?: string;
  to?: string;
  /** The day of the month the data stops (Nghị định 09/2019: the 14th). */
  cutoffDay?: number;
  scope: ReportScope;
}

export interface ReportSummary {
  /** Giao: every counted assignment given by the cut-off. */
  total: number;
  /** Of which given within the period. */
  assignedInPeriod: number;
  /** Done (accepted) within the period. */
  doneInPeriod: number;
  doneOnTime: number;
  doneLate: number;
  openWithinDeadline: number;
  openOverdue: number;
  /** Done on time over what is settled or due (`onTimeShare`, the dashboard's). */
  onTimeShare: number | null;
  /** Done (on time or late) over all given. */
  doneShare: number | null;
}

export interface ReportTask {
  assignmentId: number;
  directive: string;
  taskRef: string;
  task: string;
  unitId: number;
  unit: string;
  dueDate: string | null;
  state: AssignmentState;
  color: Color | null;
  timeliness: Timeliness | null;
  flags: Flag[];
  percent: number;
  lastReportAt: string | null;
  lastReport: string;
  obstacles: string;
  /** Days past the deadline at the cut-off, for an open overdue task. */
  daysLate: number | null;
}

export interface ReportUnit {
  rank: number;
  unitId: number;
  unit: string;
  total: number;
  doneOnTime: number;
  doneLate: number;
  openWithinDeadline: number;
  openOverdue: number;
  onTimeShare: number | null;
}

export interface LateUnit {
  unitId: number;
  unit: string;
  openOverdue: number;
  tasks: { taskRef: string; task: string; dueDate: string | null; daysLate: number | null; reason: string }[];
}

export interface PeriodicReport {
  period: {
    key: string;
    kind: ReportWindow['kind'];
    label: string;
    from: string;
    to: string;
    cutoff: string;
  };
  scope: ReportScope & { label: string };
  /** When the report was produced. */
  generatedAt: string;
  summary: ReportSummary;
  /** The same figures at the previous period's cut-off (none for a custom range). */
  previous: (ReportSummary & { key: string; label: string }) | null;
  tasks: ReportTask[];
  units: ReportUnit[];
  lateUnits: LateUnit[];
}

/** The columns of an assignment that its history (the audit log's `before`) can rewind. */
const REWOUND = [
  'state',
  'percent',
  'due_date',
  'claimed_at',
  'done_at',
  'returned',
  'last_report_at',
] as const;
const INSTANTS = new Set(['claimed_at', 'done_at', 'last_report_at']);
const CHUNK = 5000;
/** Up to this many assignments, the helpers' queries name them; beyond, they join the scope's query. */
const FEW = 1000;

type Ids = number[] | SelectQueryBuilder<Schema, 'assignments', { id: number }>;
type TextIds = string[] | SelectQueryBuilder<Schema, 'assignments', { id: string }>;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export function resolveWindow(
  req: Pick<ReportRequest, 'period' | 'from' | 'to' | 'cutoffDay'>,
): ReportWindow {
  if (req.period) {
    const w = reportWindow(req.period, req.cutoffDay ?? DEFAULT_CUTOFF_DAY);
    if (!w)
      throw new AppError(
        'validation_failed',
        'Kỳ báo cáo không hợp lệ (ví dụ: 2025-03, 2025-Q1, 2025-H1, 2025).',
      );
    return w;
  }
  if (req.from && req.to) {
    if (req.from > req.to) throw new AppError('validation_failed', 'Ngày bắt đầu phải trước ngày kết thúc.');
    return customWindow(req.from, req.to);
  }
  throw new AppError('validation_failed', 'Hãy chọn kỳ báo cáo hoặc khoảng ngày.');
}

/**
 * The periodic report for a period and a scope, from the state of every assignment AT the data
 * cut-off, not today's: an assignment's columns are rewound through the audit log (each change
 * records the columns it changed as they were before), its progress and obstacles are the last
 * report made before the cut-off, and its status is the domain's rules judged at the cut-off.
 * What is counted is the dashboard's definition (`counted.ts`) applied to that state.
 */
export async function buildReport(ctx: Ctx, req: ReportRequest): Promise<PeriodicReport> {
  const window = resolveWindow(req);
  const scope = await scopeOf(ctx, req.scope);
  const prevKey = window.kind === 'custom' ? null : previousPeriodKey(window.key);
  const prevWindow = prevKey ? reportWindow(prevKey, req.cutoffDay ?? DEFAULT_CUTOFF_DAY) : null;
  // the two cut-offs side by side (a server's pool runs them at once)
  const [current, before] = await Promise.all([
    stateAt(ctx, scope, window),
    prevWindow ? stateAt(ctx, scope, prevWindow) : null,
  ]);
  const previous =
    prevWindow && before
      ? { key: prevWindow.key, label: prevWindow.label, ...summarise(before, prevWindow) }
      : null;

  const byUnit = new Map<number, ReportUnit>();
  for (const t of current) {
    const u =
      byUnit.get(t.unitId) ??
      byUnit
        .set(t.unitId, {
          rank: 0,
          unitId: t.unitId,
          unit: t.unit,
          total: 0,
          doneOnTime: 0,
          doneLate: 0,
          openWithinDeadline: 0,
          openOverdue: 0,
          onTimeShare: null,
        })
        .get(t.unitId)!;
    u.total++;
    if (t.timeliness === 'done_on_time') u.doneOnTime++;
    if (t.timeliness === 'done_late') u.doneLate++;
    if (t.timeliness === 'open_within_deadline') u.openWithinDeadline++;
    if (t.timeliness === 'open_overdue') u.openOverdue++;
  }
  const units = [...byUnit.values()]
    .map((u) => ({ ...u, onTimeShare: onTimeShare(u) }))
    .sort(
      (a, b) =>
        (b.onTimeShare ?? -1) - (a.onTimeShare ?? -1) ||
        a.openOverdue - b.openOverdue ||
        a.unit.localeCompare(b.unit, 'vi'),
    )
    .map((u, i) => ({ ...u, rank: i + 1 }));

  const lateUnits: LateUnit[] = units
    .filter((u) => u.openOverdue > 0)
    .sort((a, b) => b.openOverdue - a.openOverdue || a.unit.localeCompare(b.unit, 'vi'))
    .map((u) => ({
      unitId: u.unitId,
      unit: u.unit,
      openOverdue: u.openOverdue,
      tasks: current
        .filter((t) => t.unitId === u.unitId && t.timeliness === 'open_overdue')
        .map((t) => ({
          taskRef: t.taskRef,
          task: t.task,
          dueDate: t.dueDate,
          daysLate: t.daysLate,
          reason: t.obstacles || t.pendingExtension || 'Chưa báo cáo nguyên nhân.',
        })),
    }));

  return {
    period: {
      key: window.key,
      kind: window.kind,
      label: window.label,
      from: window.from,
      to: window.to,
      cutoff: window.cutoff.toISOString(),
    },
    scope: { ...req.scope, label: scope.label },
    generatedAt: ctx.now().toISOString(),
    summary: summarise(current, window),
    previous,
    tasks: current.map(({ assignedAt: _a, doneAt: _d, pendingExtension: _p, ...t }) => t),
    units,
    lateUnits,
  };
}

interface ResolvedScope {
  label: string;
  directiveId?: number;
  programme?: string;
  unitIds?: number[];
}

async function scopeOf(ctx: Ctx, s: ReportScope): Promise<ResolvedScope> {
  const out: ResolvedScope = { label: 'Tất cả nhiệm vụ' };
  const parts: string[] = [];
  if (s.directiveId) {
    const d = await ctx.db
      .selectFrom('directives')
      .select(['number', 'kind', 'subject'])
      .where('id', '=', s.directiveId)
      .executeTakeFirst();
    if (!d) throw new AppError('not_found', 'Không tìm thấy văn bản chỉ đạo.');
    out.directiveId = s.directiveId;
    parts.push(`${directiveName(d.kind, d.number)}${d.subject ? ` ${d.subject}` : ''}`);
  }
  if (s.programme) {
    out.programme = s.programme;
    parts.push(`Chương trình ${s.programme}`);
  }
  if (s.unitId) {
    const all = await ctx.db.selectFrom('units').select(['id', 'parent_id', 'name']).execute();
    const unit = all.find((u) => u.id === s.unitId);
    if (!unit) throw new AppError('not_found', 'Không tìm thấy đơn vị.');
    const ids = [unit.id];
    if (s.withChildren) {
      for (let i = 0; i < ids.length; i++) for (const u of all) if (u.parent_id === ids[i]) ids.push(u.id);
    }
    out.unitIds = ids;
    parts.push(s.withChildren ? `${unit.name} và các đơn vị trực thuộc` : unit.name);
  }
  if (parts.length) out.label = parts.join('; ');
  return out;
}

type TaskAtCutoff = ReportTask & { assignedAt: Date; doneAt: Date | null; pendingExtension: string };

/** Every counted assignment of the scope as it stood at the window's cut-off. */
async function stateAt(ctx: Ctx, scope: ResolvedScope, window: ReportWindow): Promise<TaskAtCutoff[]> {
  const db = ctx.db;
  const cutoff = window.cutoff;
  let base = db.selectFrom('assignments').where(countedShape).where('assignments.assigned_at', '<', cutoff);
  if (!seesAllUnits(ctx.actor)) base = base.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
  if (scope.directiveId) base = base.where('assignments.directive_id', '=', scope.directiveId);
  if (scope.unitIds) base = base.where('assignments.unit_id', 'in', scope.unitIds);
  if (scope.programme)
    base = base.where('assignments.directive_id', 'in', (eb) => directivesOf(eb, scope.programme!));
  const q = base
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('directives', 'directives.id', 'assignments.directive_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .select([
      'assignments.id',
      'assignments.unit_id',
      'assignments.role',
      'assignments.parent_id',
      'assignments.state',
      'assignments.percent',
      'assignments.due_date',
      'assignments.assigned_at',
      'assignments.claimed_at',
      'assignments.done_at',
      'assignments.returned',
      'assignments.last_report_at',
      'units.name as unit',
      'tasks.ref',
      'tasks.text',
      'tasks.due_type',
      'tasks.every',
      'directives.kind',
      'directives.number',
    ]);
  const rows = await q
    .orderBy('units.name')
    .orderBy('assignments.due_date')
    .orderBy('assignments.id')
    .execute();
  // the helpers read for these assignments: by their ids when few, else by the same query (a
  // join on the scope rather than thousands of literals, which the planner answers with scans)
  const list = rows.map((r) => r.id);
  const ids: Ids = list.length <= FEW ? list : base.select('assignments.id');
  const texts: TextIds =
    list.length <= FEW ? list.map(String) : base.select(sql<string>`assignments.id::text`.as('id'));
  if (!list.length) return [];

  // undo, newest first, every change made after the cut-off
  const later = await history(db, texts, cutoff);
  const byId = new Map(rows.map((r) => [r.id, { ...r }]));
  for (const entry of later) {
    const row = byId.get(Number(entry.entity_id));
    const before = entry.before as Record<string, unknown> | null;
    if (!row || !before) continue;
    for (const key of REWOUND) {
      if (!(key in before)) continue;
      const value = before[key];
      (row as Record<string, unknown>)[key] =
        INSTANTS.has(key) && typeof value === 'string' ? new Date(value) : value;
    }
  }

  const rhythmic = rows.filter((r) => rhythmOf(r)).map((r) => r.id);
  const reports = await reportsBefore(db, ids, rhythmic, cutoff);
  const children = await childrenPercent(db, ids, cutoff);
  const extensions = await pendingExtensions(db, ids, cutoff);
  const out: TaskAtCutoff[] = [];
  for (const row of byId.values()) {
    if (!isCounted({ role: row.role, parentId: row.parent_id, state: row.state })) continue;
    const last = reports.last.get(row.id);
    // progress is the last report's, a parent's the mean of its children's (its roll-up is not audited)
    const kids = children.get(row.id);
    const open = row.state === 'assigned' || row.state === 'in_progress';
    const percent =
      open && kids?.length
        ? Math.round(kids.reduce((s, p) => s + p, 0) / kids.length)
        : (last?.percent ?? row.percent);
    const facts = statusFacts({ ...row, percent }, reports.times.get(row.id) ?? [], cutoff);
    const status = computeStatus(facts, cutoff, { dueSoonDays: ctx.dueSoonDays });
    const today = vnDate(new Date(cutoff.getTime() - 1));
    out.push({
      assignmentId: row.id,
      directive: directiveName(row.kind, row.number),
      taskRef: row.ref,
      task: row.text,
      unitId: row.unit_id,
      unit: row.unit,
      dueDate: row.due_date,
      state: row.state,
      color: status.color,
      timeliness: status.timeliness,
      flags: status.flags,
      percent,
      lastReportAt: last ? last.created_at.toISOString() : null,
      lastReport: last?.narrative ?? '',
      obstacles: reports.obstacles.get(row.id) ?? '',
      daysLate:
        status.timeliness === 'open_overdue' && row.due_date
          ? Math.max(0, daysBetween(row.due_date, today))
          : null,
      assignedAt: row.assigned_at,
      doneAt: row.state === 'done' ? row.done_at : null,
      pendingExtension: extensions.get(row.id) ?? '',
    });
  }
  return out;
}

async function history(db: Db, ids: TextIds, cutoff: Date) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'entity_id', 'before'])
    .where('entity', '=', 'assignment')
    .where('at', '>', cutoff)
    .where('entity_id', 'in', ids)
    .execute();
  return rows.sort((a, b) => b.id - a.id);
}

/**
 * What the report reads of the progress reports made before the cut-off: each assignment's last
 * one, its last obstacle, and (for the tasks judged by reporting periods) the time of every one.
 */
async function reportsBefore(db: Db, ids: Ids, rhythmic: number[], cutoff: Date) {
  const last = new Map<number, { percent: number; narrative: string; created_at: Date }>();
  const obstacles = new Map<number, string>();
  const times = new Map<number, Date[]>();
  const latest = await db
    .selectFrom('progress_reports')
    .distinctOn('assignment_id')
    .select(['assignment_id', 'percent', 'narrative', 'created_at'])
    .where('assignment_id', 'in', ids)
    .where('created_at', '<', cutoff)
    .orderBy('assignment_id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const blocked = await db
    .selectFrom('progress_reports')
    .distinctOn('assignment_id')
    .select(['assignment_id', 'obstacles'])
    .where('assignment_id', 'in', ids)
    .where('created_at', '<', cutoff)
    .where('obstacles', '<>', '')
    .orderBy('assignment_id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const r of latest) last.set(r.assignment_id, r);
  for (const r of blocked) if (r.obstacles.trim()) obstacles.set(r.assignment_id, r.obstacles.trim());
  for (const part of chunks(rhythmic)) {
    const rows = await db
      .selectFrom('progress_reports')
      .select(['assignment_id', 'created_at'])
      .where('assignment_id', 'in', part)
      .where('created_at', '<', cutoff)
      .execute();
    for (const r of rows)
      (times.get(r.assignment_id) ?? times.set(r.assignment_id, []).get(r.assignment_id)!).push(r.created_at);
  }
  return { last, obstacles, times };
}

/** Each handed-down parent's children's progress at the cut-off (their last report before it). */
async function childrenPercent(db: Db, ids: Ids, cutoff: Date) {
  const out = new Map<number, number[]>();
  const kids = await db
    .selectFrom('assignments as c')
    .select([
      'c.parent_id',
      (eb) =>
        eb
          .selectFrom('progress_reports as r')
          .select('r.percent')
          .whereRef('r.assignment_id', '=', 'c.id')
          .where('r.created_at', '<', cutoff)
          .orderBy('r.created_at', 'desc')
          .orderBy('r.id', 'desc')
          .limit(1)
          .as('percent'),
    ])
    .where('c.parent_id', 'in', ids)
    .where('c.assigned_at', '<', cutoff)
    .where('c.state', '!=', 'cancelled')
    .execute();
  for (const k of kids)
    if (k.parent_id !== null)
      (out.get(k.parent_id) ?? out.set(k.parent_id, []).get(k.parent_id)!).push(k.percent ?? 0);
  return out;
}

/** The reason of an extension asked before the cut-off and not yet decided at it. */
async function pendingExtensions(db: Db, ids: Ids, cutoff: Date) {
  const out = new Map<number, string>();
  const rows = await db
    .selectFrom('extensions')
    .select(['assignment_id', 'reason', 'requested_due_date'])
    .where('assignment_id', 'in', ids)
    .where('created_at', '<', cutoff)
    .where((eb) => eb.or([eb('decided_at', 'is', null), eb('decided_at', '>=', cutoff)]))
    .execute();
  for (const r of rows)
    out.set(
      r.assignment_id,
      `Đề nghị gia hạn đến ${r.requested_due_date.split('-').reverse().join('/')}: ${r.reason}`,
    );
  return out;
}

function summarise(tasks: TaskAtCutoff[], window: ReportWindow): ReportSummary {
  const start = new Date(`${window.from}T00:00:00+07:00`).getTime();
  const end = window.cutoff.getTime();
  const n = (t: Timeliness) => tasks.filter((x) => x.timeliness === t).length;
  const doneOnTime = n('done_on_time');
  const doneLate = n('done_late');
  const openOverdue = n('open_overdue');
  return {
    total: tasks.length,
    assignedInPeriod: tasks.filter((t) => t.assignedAt.getTime() >= start).length,
    doneInPeriod: tasks.filter((t) => t.doneAt && t.doneAt.getTime() >= start && t.doneAt.getTime() < end)
      .length,
    doneOnTime,
    doneLate,
    openWithinDeadline: n('open_within_deadline'),
    openOverdue,
    onTimeShare: onTimeShare({ doneOnTime, doneLate, openOverdue }),
    doneShare: tasks.length ? (doneOnTime + doneLate) / tasks.length : null,
  };
}
