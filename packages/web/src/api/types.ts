export interface Me {
  user: {
    id: number;
    username: string;
    displayName: string;
    role: string;
    unit: { id: number; name: string } | null;
    /** What menus and screens may offer, as the server's policy says. */
    abilities?: GlobalAbilities;
  };
  csrfToken: string | null;
}

export interface ListItem {
  id: number;
  state: string;
  role: string;
  percent: number;
  dueDate: string | null;
  originalDueDate: string | null;
  color: string | null;
  timeliness: string | null;
  flags: string[];
  version: number;
  task: { id: number; ref: string; text: string };
  directive: { id: number; number: string | null; subject: string | null };
  unit: { id: number; name: string };
  /** The steps the signed-in user may take on it now (the server's policy). */
  abilities?: string[];
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface TimelineEvent {
  kind: 'report' | 'verification' | 'extension' | 'comment' | 'reminder' | 'deadline' | 'obstacle' | 'cancel';
  at: string;
  by?: string | null;
  percent?: number;
  narrative?: string;
  obstacles?: string;
  evidence?: { sha256: string | null; fileName: string | null; url: string | null }[];
  decision?: string;
  reason?: string;
  state?: string;
  previousDue?: string | null;
  requestedDue?: string;
  note?: string | null;
  id?: number;
  reportId?: number;
  obstacleState?: string;
  abilities?: string[];
  approvedDue?: string | null;
  decidedAt?: string | null;
  decidedBy?: string | null;
  forwardedAt?: string | null;
  forwardedBy?: string | null;
  forwardNote?: string | null;
  body?: string;
  message?: string;
  action?: string;
  newDue?: string;
  decisionRef?: string;
  decisionDate?: string;
}

export interface AssignmentDetail extends Omit<ListItem, 'task'> {
  assignedAt: string;
  claimedAt: string | null;
  doneAt: string | null;
  cancelReason: string | null;
  task: {
    id: number;
    ref: string;
    text: string;
    due: { type: string; label: string | null; every: string | null };
  };
  timeline: TimelineEvent[];
}

export interface UnitRef {
  name: string;
  unitId: number | null;
  groupId: number | null;
  match: string;
  candidates: { unitId: number | null; groupId: number | null; name: string; score: number }[];
}

/** A task's percentage goal (chỉ tiêu). */
export interface TaskTarget {
  metric: string;
  value: number;
  unit: string;
  by: string | null;
}

export interface DraftTask {
  id: number;
  ref: string;
  text: string;
  due: { type: string; date: string | null; label: string | null; every: string | null };
  spans: { start: number; end: number }[];
  warnings: string[];
  lead: UnitRef[];
  support: UnitRef[];
  targets: TaskTarget[];
}

export interface DirectiveView {
  id: number;
  status: 'draft' | 'published';
  version: number;
  kind: string;
  number: string | null;
  subject: string | null;
  issuer: string | null;
  issuedOn: string | null;
  signer: string | null;
  sourceText: string;
  sourceName: string | null;
  hasSourceFile: boolean;
  /** What this user may do with it, as the server decides: directive.edit, .publish, .delete_draft, .read_source. */
  abilities?: string[];
  programmes: { code: string; name: string }[];
  tasks: DraftTask[];
}

/** A unit's row on the dashboard: its own lead assignments. */
export interface UnitFigures {
  id: number;
  name: string;
  total: number;
  doneOnTime: number;
  doneLate: number;
  openOverdue: number;
  onTimeShare: number | null;
}

export interface Dashboard {
  total: number;
  colors: { green: number; yellow: number; red: number };
  timeliness: Record<string, number>;
  /** Done on time over everything due by now (done, or open past its deadline). */
  onTimeShare: number | null;
  onTime: { doneOnTime: number; due: number };
  byUnit: UnitFigures[];
  byDirective: {
    id: number;
    number: string | null;
    subject: string | null;
    total: number;
    red: number;
    green: number;
  }[];
  byProgramme: { code: string; total: number; red: number }[];
  trend: { month: string; onTime: number; late: number }[];
}

export interface GlobalAbilities {
  canImport: boolean;
  canAdmin: boolean;
  canVerify: boolean;
  canDecideExtensions: boolean;
  canHandleObstacles: boolean;
  canReadAudit: boolean;
  canManageAllTokens?: boolean;
  seesAllUnits: boolean;
}

export interface PendingExtension {
  id: number;
  assignmentId: number;
  previousDue: string | null;
  requestedDue: string;
  reason: string;
  taskText: string;
  unitName: string;
  forwardedAt: string | null;
  forwardedBy: string | null;
  forwardNote: string | null;
  abilities: string[];
}

export interface ObstacleItem {
  id: number;
  assignmentId: number;
  obstacles: string;
  state: string;
  createdAt: string;
  taskText: string;
  unitName: string;
  actions: { action: string; message: string; at: string; by: string | null }[];
  abilities: string[];
}

/** What publishing a draft will create, shown before the office confirms. */
export interface PublishPreview {
  assignments: number;
  units: number;
  unconfirmed: number;
  byUnit: { unitId: number; name: string; lead: number; support: number }[];
}

export interface DirectiveListItem {
  id: number;
  status: 'draft' | 'published';
  kind: string;
  number: string | null;
  subject: string | null;
  issuer: string | null;
  sourceName: string | null;
  issuedOn: string | null;
  createdAt: string;
  publishedAt: string | null;
  version: number;
  tasks: number;
}
