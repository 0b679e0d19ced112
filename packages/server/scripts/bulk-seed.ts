import { sql } from 'kysely';
import type { Db } from '../src/db/database';

export interface Scale {
  units: number;
  tasks: number;
  assignmentsPerTask: number;
  reportsPerAssignment: number;
}

export const PROVINCE: Scale = { units: 300, tasks: 50_000, assignmentsPerTask: 5, reportsPerAssignment: 4 };

/**
 * A province-scale database in a few set-based statements: units under one province, directives
 * of 100 tasks each, every task assigned to consecutive units, reports spread over a year, and
 * statuses spread the way a real province's are.
 */
export async function bulkSeed(db: Db, scale: Scale): Promise<void> {
  await sql`insert into units (parent_id, kind, name, slug, search_text)
    values (null, 'province', 'Ủy ban nhân dân tỉnh Đo Tải', 'tinh-do-tai', 'uy ban nhan dan tinh do tai')`.execute(
    db,
  );
  await sql`insert into units (parent_id, kind, name, slug, search_text)
    select 1, case when g % 3 = 0 then 'commune' else 'department' end, 'Đơn vị ' || g, 'don-vi-' || g, 'don vi ' || g
    from generate_series(1, ${scale.units - 1}) g`.execute(db);
  await sql`update units set parent_id = 2 + (id % 20) where id > 40`.execute(db);
  const directives = Math.ceil(scale.tasks / 100);
  await sql`insert into directives (status, kind, number, subject, standing_unit_id, published_at, search_text)
    select 'published', 'cong-van', g || '/UBND-VX', 'Văn bản chỉ đạo số ' || g, 2, now(), 'van ban chi dao so ' || g
    from generate_series(1, ${directives}) g`.execute(db);
  await sql`insert into tasks (directive_id, position, ref, text, due_type, due_date, search_text)
    select 1 + (g - 1) / 100, (g - 1) % 100, ((g - 1) % 100 + 1)::text,
      'Nhiệm vụ số ' || g || ' về chuyển đổi số và cải cách hành chính', 'date',
      date '2025-01-01' + (g % 700), 'nhiem vu so ' || g || ' ve chuyen doi so va cai cach hanh chinh'
    from generate_series(1, ${scale.tasks}) g`.execute(db);
  // five kinds of assignment in turn: done on time, due soon, overdue, awaiting verification, untouched
  await sql`insert into assignments (task_id, directive_id, unit_id, role, state, original_due_date, due_date, percent, assigned_at,
      claimed_at, done_at, status_color, timeliness, flags)
    select t.id, t.directive_id, 2 + ((t.id * 7 + k) % ${scale.units - 1}), case when k = 0 then 'lead' else 'support' end,
      (array['done', 'in_progress', 'in_progress', 'claimed', 'assigned'])[1 + (t.id + k) % 5],
      t.due_date, t.due_date,
      (array[100, 50, 30, 100, 0])[1 + (t.id + k) % 5],
      timestamptz '2025-01-01',
      case when (t.id + k) % 5 in (0, 3) then t.due_date::timestamptz end,
      case when (t.id + k) % 5 = 0 then t.due_date::timestamptz + interval '2 days' end,
      (array['green', 'yellow', 'red', 'yellow', 'yellow'])[1 + (t.id + k) % 5],
      (array['done_on_time', 'open_within_deadline', 'open_overdue', 'open_within_deadline', 'open_within_deadline'])[1 + (t.id + k) % 5],
      case (t.id + k) % 5 when 1 then '{due_soon}'::text[] when 3 then '{awaiting_verification}'::text[] else '{}'::text[] end
    from tasks t cross join generate_series(0, ${scale.assignmentsPerTask - 1}) k`.execute(db);
  await sql`insert into progress_reports (assignment_id, percent, narrative, created_at)
    select a.id, least(100, 25 * (r + 1)), 'Báo cáo tiến độ lần ' || (r + 1),
      timestamptz '2025-01-01' + (r * 60 + a.id % 60) * interval '1 day'
    from assignments a cross join generate_series(0, ${scale.reportsPerAssignment - 1}) r`.execute(db);
  await sql`vacuum analyze`.execute(db);
}
