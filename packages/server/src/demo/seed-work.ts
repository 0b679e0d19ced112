import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Actor, formatVnDate, matchUnitName, vnDate } from '@dondoc/domain';
import { claimCompletion } from '../assignments/claim-completion';
import { reportProgress } from '../assignments/report-progress';
import { requestExtension } from '../assignments/request-extension';
import { verifyCompletion } from '../assignments/verify-completion';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { importDirective } from '../directives/import-directive';
import { tagProgramme } from '../directives/programmes';
import { publishDirective } from '../directives/publish-directive';
import type { FileStore } from '../files/file-store';
import { loadDirectory } from '../units/unit-directory';
import type { SeededUnit } from './seed-directory';
import type { DemoPeople } from './seed-people';

const BUNDLED = fileURLToPath(new URL('./directives', import.meta.url));
const DAY = 86_400_000;

/** A small deterministic random source, so every demo database tells the same story. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function fillDates(template: string, now: Date): string {
  const plus = (days: number) => formatVnDate(vnDate(new Date(now.getTime() + days * DAY)));
  const issued = new Date(now.getTime() - 75 * DAY);
  const [y, m, d] = vnDate(issued).split('-');
  const next = new Date(now.getTime() + 31 * DAY);
  return template
    .replaceAll('{{ISSUED}}', `${d} tháng ${m} năm ${y}`)
    .replaceAll('{{ISSUED_SHORT}}', formatVnDate(vnDate(issued)))
    .replaceAll('{{MONTH_NEXT}}', `${vnDate(next).slice(5, 7)}/${vnDate(next).slice(0, 4)}`)
    .replace(/\{\{DUE_(\d+)\}\}/g, (_m, days: string) => plus(Number(days)))
    .replaceAll('{{DUE_PAST}}', plus(-12));
}

export interface WorkResult {
  directives: number;
  assignments: number;
}

/**
 * The demo's directives — the bundled Mai Sơn ones with deadlines around today, and the dev
 * corpus when it is beside the project — imported, matched, published, and given months of
 * varied progress so every colour and flag shows.
 */
export async function seedWork(
  db: Db,
  files: FileStore,
  units: SeededUnit[],
  people: DemoPeople,
  now: Date,
  corpusDir: string | null,
): Promise<WorkResult> {
  const office = units.find((u) => u.name.startsWith('Văn phòng Ủy ban nhân dân'))!;
  const officeActor: Actor = {
    userId: people.office,
    role: 'standing_office',
    unitId: office.id,
    unitScope: new Set([office.id]),
  };
  const texts = readdirSync(BUNDLED)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fillDates(readFileSync(path.join(BUNDLED, f), 'utf8'), now));
  if (corpusDir && existsSync(corpusDir)) {
    for (const f of readdirSync(corpusDir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      texts.push(readFileSync(path.join(corpusDir, f), 'utf8'));
    }
  }
  const rand = random(20_261_125);
  let assignments = 0;
  for (const [i, text] of texts.entries()) {
    const publishedAt = new Date(now.getTime() - (60 + Math.floor(rand() * 90)) * DAY);
    const ctx: Ctx = { db, actor: officeActor, now: () => publishedAt, files, dueSoonDays: 7 };
    const { id } = await importDirective(ctx, { text });
    await resolveForDemo(db, id);
    if (i % 3 === 0) await tagProgramme(db, id, i % 2 ? 'Nghị quyết 57' : 'Đề án 06');
    const left = await db.selectFrom('tasks').select('id').where('directive_id', '=', id).executeTakeFirst();
    if (!left) continue; // nothing in it for this province: it stays a draft to review
    const version = (
      await db.selectFrom('directives').select('version').where('id', '=', id).executeTakeFirstOrThrow()
    ).version;
    const summary = await publishDirective(ctx, id, version);
    assignments += summary.assignments;
    await simulateProgress(db, files, id, people, officeActor, publishedAt, now, rand);
  }
  return { directives: texts.length, assignments };
}

/**
 * A demo publishes without a person's review: an unmatched name takes its best candidate when
 * close enough, else it is dropped; a task left with no lead unit is dropped.
 */
async function resolveForDemo(db: Db, directiveId: number): Promise<void> {
  const directory = await loadDirectory(db);
  const rows = await db
    .selectFrom('task_units')
    .innerJoin('tasks', 'tasks.id', 'task_units.task_id')
    .select(['task_units.id', 'task_units.name'])
    .where('tasks.directive_id', '=', directiveId)
    .where('task_units.unit_id', 'is', null)
    .where('task_units.group_id', 'is', null)
    .execute();
  for (const row of rows) {
    const best = matchUnitName(row.name, directory.units, directory.groups).candidates[0];
    if (best && best.score >= 0.45) {
      await db
        .updateTable('task_units')
        .set({ unit_id: best.unitId, group_id: best.groupId, match_kind: 'chosen' })
        .where('id', '=', row.id)
        .execute();
    } else {
      await db.deleteFrom('task_units').where('id', '=', row.id).execute();
    }
  }
  await db
    .deleteFrom('tasks')
    .where('directive_id', '=', directiveId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('task_units')
            .select('task_units.id')
            .whereRef('task_units.task_id', '=', 'tasks.id')
            .where('role', '=', 'lead'),
        ),
      ),
    )
    .execute();
}

/** Reports, claims, returns, acceptances and extension requests, spread over the months since publishing. */
async function simulateProgress(
  db: Db,
  files: FileStore,
  directiveId: number,
  people: DemoPeople,
  office: Actor,
  publishedAt: Date,
  now: Date,
  rand: () => number,
): Promise<void> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .select(['assignments.id', 'assignments.unit_id', 'assignments.role', 'assignments.due_date'])
    .where('tasks.directive_id', '=', directiveId)
    .orderBy('assignments.id')
    .execute();
  // a sample keeps the first start quick; the rest stay as published
  for (const row of rows.filter(() => rand() < 0.35).slice(0, 40)) {
    const officer = people.officers.get(row.unit_id);
    if (!officer) continue;
    const actor: Actor = {
      userId: officer,
      role: 'officer',
      unitId: row.unit_id,
      unitScope: new Set([row.unit_id]),
    };
    const span = now.getTime() - publishedAt.getTime();
    const at = (share: number) => new Date(publishedAt.getTime() + span * share);
    const ctxAt = (who: Actor, when: Date): Ctx => ({
      db,
      actor: who,
      now: () => when,
      files,
      dueSoonDays: 7,
    });
    const fate = rand();
    await reportProgress(ctxAt(actor, at(0.2)), row.id, {
      percent: 20 + Math.floor(rand() * 40),
      narrative: 'Đã xây dựng kế hoạch triển khai, phân công cán bộ phụ trách.',
      obstacles: fate < 0.15 ? 'Chưa được bố trí kinh phí; đề nghị UBND tỉnh chỉ đạo Sở Tài chính.' : '',
    });
    if (row.role === 'support' || fate < 0.25) continue; // in progress
    if (fate < 0.35 && row.due_date) {
      const due = new Date(`${row.due_date}T00:00:00Z`);
      await requestExtension(ctxAt(actor, at(0.5)), row.id, {
        requestedDue: vnDate(new Date(Math.max(due.getTime(), now.getTime()) + 45 * DAY)),
        reason: 'Khối lượng công việc lớn, cần thêm thời gian phối hợp với các đơn vị.',
      });
      continue;
    }
    const evidence = [{ url: `https://maison.gov.vn/van-ban/ket-qua-${row.id}` }];
    const claimAt = row.due_date && fate < 0.55 ? new Date(`${row.due_date}T01:00:00Z`) : at(0.6);
    const when = claimAt > now ? at(0.6) : claimAt;
    await claimCompletion(ctxAt(actor, when), row.id, {
      narrative: 'Đã hoàn thành, gửi kèm kết quả.',
      evidence,
    });
    if (fate < 0.45) continue; // awaiting verification
    if (fate < 0.55) {
      await verifyCompletion(ctxAt(office, new Date(when.getTime() + 2 * DAY)), row.id, {
        decision: 'return',
        reason: 'Minh chứng chưa đầy đủ, đề nghị bổ sung văn bản ban hành.',
      });
      continue;
    }
    await verifyCompletion(
      ctxAt(office, new Date(Math.min(now.getTime(), when.getTime() + 3 * DAY))),
      row.id,
      {
        decision: 'accept',
      },
    );
  }
}
