/**
 * The closed sets of dondoc, each written once as an array with its type derived from it. The
 * database's CHECK constraints hold the same values (server/test/closed-sets.test.ts compares them
 * with the migrated database), the API's zod schemas enumerate them, the extractor uses the rhythms,
 * and the web keys its Vietnamese labels by these types. The roles are in permissions.ts (ROLES).
 */

/** Where an assignment is in its work (GLOSSARY: nhiệm vụ được giao). */
export const ASSIGNMENT_STATES = ['assigned', 'in_progress', 'claimed', 'done', 'cancelled'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** The status colour of an assignment (status.ts computes it). */
export const COLORS = ['green', 'yellow', 'red'] as const;
export type Color = (typeof COLORS)[number];

/** Done or open, against the deadline. */
export const TIMELINESS = ['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/** What else an assignment's status says (a text[] column, not a CHECK). */
export const FLAGS = ['due_soon', 'at_risk', 'awaiting_verification', 'returned', 'missed_report'] as const;
export type Flag = (typeof FLAGS)[number];

/** The recurring rhythm of a deadline or of reporting (the column and the extractor's field are `every`). */
export const RHYTHMS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** The kind of a task's deadline. */
export const DUE_TYPES = ['date', 'period', 'recurring', 'ongoing', 'none'] as const;
export type DueType = (typeof DUE_TYPES)[number];

/** A unit's part in a task: lead (chủ trì) or support (phối hợp). */
export const ASSIGNMENT_ROLES = ['lead', 'support'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const UNIT_KINDS = [
  'province',
  'department',
  'commune',
  'party',
  'agency',
  'division',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const DIRECTIVE_STATUSES = ['draft', 'published'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** A request for more time (gia hạn). */
export const EXTENSION_STATES = ['pending', 'approved', 'refused'] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];

/** What a leader decides on a request for more time. */
export const EXTENSION_DECISIONS = ['approve', 'refuse'] as const;
export type ExtensionDecision = (typeof EXTENSION_DECISIONS)[number];

/** What the office decides on a claimed completion. */
export const VERIFICATION_DECISIONS = ['accept', 'return'] as const;
export type VerificationDecision = (typeof VERIFICATION_DECISIONS)[number];

/** An obstacle reported with progress (khó khăn, vướng mắc), and the office's steps on it. */
export const OBSTACLE_STATES = ['open', 'forwarded', 'resolved'] as const;
export type ObstacleState = (typeof OBSTACLE_STATES)[number];
export const OBSTACLE_STEPS = ['answer', 'forward', 'resolve'] as const;
export type ObstacleStep = (typeof OBSTACLE_STEPS)[number];

/** What an API token may do. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** An announced day of the working-day calendar: a day off, or a make-up working day. */
export const CALENDAR_DAY_KINDS = ['off', 'working'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** A job of the database queue. */
export const JOB_STATES = ['pending', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Where notifications go besides the app, and what they are about ('reminder': the office's own). */
export const NOTIFICATION_CHANNELS = ['email', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const NOTIFICATION_TOPICS = ['overdue', 'due_soon', 'awaiting', 'report', 'reminder'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];
