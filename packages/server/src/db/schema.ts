import type {
  AssignmentRole,
  AssignmentState,
  CalendarDayKind,
  Color,
  DirectiveStatus,
  DueType,
  ExtensionState,
  Flag,
  JobState,
  NotificationChannel,
  NotificationTopic,
  ObstacleState,
  ObstacleStep,
  Rhythm,
  Role,
  Timeliness,
  TokenScope,
  UnitKind,
  VerificationDecision,
} from '@dondoc/domain';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** The closed sets are the domain's (closed-sets.ts); test/closed-sets.test.ts compares the CHECKs. */
export type {
  AssignmentState,
  DueType,
  JobState,
  NotificationChannel,
  NotificationTopic,
  ObstacleState,
  Role,
  UnitKind,
};

/** Row types of every table, as the migrations create them. */
export interface Schema {
  schema_migrations: { name: string; applied_at: ColumnType<Date, never, never> };
  units: UnitsTable;
  unit_groups: UnitGroupsTable;
  unit_group_members: { group_id: number; unit_id: number };
  /** Moved by a trigger on every write to units, groups and members (the in-memory directory's key). */
  directory_version: { id: number; version: ColumnType<number, never, never> };
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  files: FilesTable;
  programmes: { id: Generated<number>; code: string; name: string };
  directives: DirectivesTable;
  directive_programmes: { directive_id: number; programme_id: number };
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  assignments: AssignmentsTable;
  progress_reports: ProgressReportsTable;
  report_evidence: ReportEvidenceTable;
  extensions: ExtensionsTable;
  verifications: VerificationsTable;
  audit_log: AuditLogTable;
  job_runs: JobRunsTable;
  reminders: RemindersTable;
  assignment_comments: AssignmentCommentsTable;
  deadline_changes: DeadlineChangesTable;
  obstacle_actions: ObstacleActionsTable;
  login_throttle: { key: string; attempts: number; window_start: Date };
  file_uploads: FileUploadsTable;
  jobs: JobsTable;
  calendar_days: CalendarDaysTable;
  settings: SettingsTable;
  notification_preferences: NotificationPreferencesTable;
  notifications: NotificationsTable;
}

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  kind: UnitKind;
  name: string;
  short_name: string | null;
  aliases: Defaulted<string[]>;
  slug: string;
  search_text: string;
  created_at: CreatedAt;
}

export interface UnitGroupsTable {
  id: Generated<number>;
  name: string;
  aliases: Defaulted<string[]>;
  search_text: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  unit_id: number | null;
  password_hash: string;
  failed_logins: Defaulted<number>;
  locked_until: Date | null;
  disabled: Defaulted<boolean>;
  created_at: CreatedAt;
  /** Thủ trưởng: receives the unit's escalations. */
  is_unit_head: Defaulted<boolean>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
  id: Generated<number>;
  last_seen_at: Defaulted<Date>;
  user_agent: string | null;
  address: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
  scope: Defaulted<TokenScope>;
  expires_at: Date;
  revoked_reason: string | null;
}

export interface FilesTable {
  sha256: string;
  size: number;
  media_type: string;
  created_at: CreatedAt;
}

export interface DirectivesTable {
  id: Generated<number>;
  status: Defaulted<DirectiveStatus>;
  kind: string;
  number: string | null;
  issuer: string | null;
  issued_on: string | null;
  subject: string | null;
  signer: string | null;
  recipients: Defaulted<string[]>;
  standing_unit_id: number | null;
  source_sha256: string | null;
  source_name: string | null;
  source_text: Defaulted<string>;
  version: Defaulted<number>;
  created_by: number | null;
  created_at: CreatedAt;
  published_at: Date | null;
  search_text: Defaulted<string>;
  /** The leader who follows the directive: receives the escalations of its late tasks. */
  follow_leader_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface TaskTarget {
  metric: string;
  value: number;
  unit: string;
  by: string | null;
}

export interface TasksTable {
  id: Generated<number>;
  directive_id: number;
  position: number;
  ref: Defaulted<string>;
  text: string;
  due_type: Defaulted<DueType>;
  due_date: string | null;
  due_label: string | null;
  every: Rhythm | null;
  targets: JSONColumnType<TaskTarget[], string | undefined, string>;
  spans: JSONColumnType<{ start: number; end: number }[], string | undefined, string>;
  warnings: Defaulted<string[]>;
  search_text: Defaulted<string>;
}

export interface TaskUnitsTable {
  id: Generated<number>;
  task_id: number;
  role: AssignmentRole;
  name: string;
  unit_id: number | null;
  group_id: number | null;
  match_kind: Defaulted<string>;
}

export interface AssignmentsTable {
  id: Generated<number>;
  task_id: number;
  directive_id: number;
  unit_id: number;
  role: AssignmentRole;
  parent_id: number | null;
  state: Defaulted<AssignmentState>;
  original_due_date: string | null;
  due_date: string | null;
  percent: Defaulted<number>;
  assigned_at: Defaulted<Date>;
  claimed_at: Date | null;
  done_at: Date | null;
  returned: Defaulted<boolean>;
  cancel_reason: string | null;
  last_report_at: Date | null;
  missed_periods: Defaulted<number>;
  status_color: Color | null;
  timeliness: Timeliness | null;
  flags: Defaulted<Flag[]>;
  version: Defaulted<number>;
  updated_at: Defaulted<Date>;
}

export interface ProgressReportsTable {
  id: Generated<number>;
  assignment_id: number;
  author_id: number | null;
  percent: number;
  narrative: Defaulted<string>;
  obstacles: Defaulted<string>;
  created_at: Defaulted<Date>;
  obstacle_state: Defaulted<ObstacleState>;
}

export interface ReportEvidenceTable {
  id: Generated<number>;
  report_id: number;
  file_sha256: string | null;
  file_name: string | null;
  url: string | null;
}

export interface ExtensionsTable {
  id: Generated<number>;
  assignment_id: number;
  requested_by: number | null;
  previous_due_date: string | null;
  requested_due_date: string;
  reason: string;
  state: Defaulted<ExtensionState>;
  decided_by: number | null;
  decided_at: Date | null;
  decision_note: string | null;
  created_at: CreatedAt;
  approved_due_date: string | null;
  forwarded_by: number | null;
  forwarded_at: Date | null;
  forward_note: string | null;
}

export interface VerificationsTable {
  id: Generated<number>;
  assignment_id: number;
  decided_by: number | null;
  decision: VerificationDecision;
  reason: Defaulted<string>;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: ColumnType<object | null, string | null, never>;
  after: ColumnType<object | null, string | null, never>;
  ip: string | null;
  user_agent: string | null;
  /** Set by the database's chaining trigger at commit. */
  seq: ColumnType<number | null, never, never>;
  prev_hash: ColumnType<string | null, never, never>;
  hash: ColumnType<string | null, never, never>;
}

export interface FileUploadsTable {
  sha256: string;
  user_id: number;
  file_name: string | null;
  uploaded_at: ColumnType<Date, Date | undefined, Date>;
}

export interface JobRunsTable {
  name: string;
  slot: string;
  instance: string;
  started_at: CreatedAt;
  finished_at: Date | null;
}

/** A reminder recorded by the office; the notification work sends it (channel, sent_at). */
export interface RemindersTable {
  id: Generated<number>;
  assignment_id: number;
  created_by: number | null;
  message: Defaulted<string>;
  channel: string | null;
  sent_at: Date | null;
  created_at: CreatedAt;
}

export interface AssignmentCommentsTable {
  id: Generated<number>;
  assignment_id: number;
  author_id: number | null;
  body: string;
  created_at: CreatedAt;
}

export interface DeadlineChangesTable {
  id: Generated<number>;
  assignment_id: number;
  previous_due_date: string | null;
  new_due_date: string;
  decision_ref: string;
  decision_date: string;
  decided_by_name: string;
  reason: Defaulted<string>;
  recorded_by: number | null;
  created_at: CreatedAt;
}

export interface ObstacleActionsTable {
  id: Generated<number>;
  report_id: number;
  action: ObstacleStep;
  message: Defaulted<string>;
  actor_id: number | null;
  created_at: CreatedAt;
}

/** A queued job: run once (unique key), claimed with a lease, retried with back-off. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  key: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  run_at: Date;
  state: Defaulted<JobState>;
  attempts: Defaulted<number>;
  max_attempts: Defaulted<number>;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface CalendarDaysTable {
  date: string;
  kind: CalendarDayKind;
  note: Defaulted<string>;
  updated_by: number | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_by: number | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface NotificationPreferencesTable {
  user_id: number;
  channel: NotificationChannel;
  topic: NotificationTopic;
  enabled: boolean;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  key: string;
  kind: string;
  topic: NotificationTopic;
  escalation: Defaulted<boolean>;
  assignment_id: number | null;
  title: string;
  body: Defaulted<string>;
  link: Defaulted<string>;
  created_at: Date;
  read_at: Date | null;
  /** The channels it went out on. */
  sent_on: Defaulted<string[]>;
}
