/**
 * Who may do what, in one place: pure `can(actor, action, subject)` checks that routes call
 * and the permission-matrix test reads.
 */

export const ROLES = ['admin', 'leader', 'standing_office', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Action =
  | 'directive.import'
  | 'directive.edit'
  | 'directive.publish'
  | 'directive.read'
  | 'assignment.read'
  | 'assignment.report'
  | 'assignment.claim'
  | 'assignment.request_extension'
  | 'assignment.cascade'
  | 'assignment.verify'
  | 'assignment.cancel'
  | 'extension.decide'
  | 'dashboard.read'
  | 'audit.read'
  | 'directory.manage'
  /** Reading a directive before it is published: the standing office and the leaders. */
  | 'directive.read_draft'
  /** Saving a unit name as written in a directive as an alias of a unit or group. */
  | 'directory.alias'
  | 'file.upload';

export interface Actor {
  userId: number;
  role: Role;
  /** The actor's unit and every unit below it; empty for users without a unit. */
  unitScope: ReadonlySet<number>;
  unitId: number | null;
}

/** What an action is done to: an assignment's unit, the unit that follows its directive. */
export interface Subject {
  unitId?: number;
  standingUnitId?: number | null;
}

/** Each role's rights; a function receives the subject when the right depends on it. */
type Rule = boolean | ((actor: Actor, subject: Subject) => boolean);

const inScope = (actor: Actor, subject: Subject) =>
  subject.unitId !== undefined && actor.unitScope.has(subject.unitId);
const follows = (actor: Actor, subject: Subject) =>
  subject.standingUnitId == null || (actor.unitId !== null && subject.standingUnitId === actor.unitId);

export const POLICY: Record<Role, Partial<Record<Action, Rule>>> = {
  admin: {
    'directive.import': true,
    'directive.edit': true,
    'directive.publish': true,
    'directive.read': true,
    'assignment.read': true,
    'assignment.verify': true,
    'assignment.cancel': true,
    'extension.decide': true,
    'dashboard.read': true,
    'audit.read': true,
    'directory.manage': true,
    'directive.read_draft': true,
    'directory.alias': true,
    'file.upload': true,
  },
  leader: {
    'directive.read': true,
    'assignment.read': true,
    'extension.decide': true,
    'dashboard.read': true,
    'audit.read': true,
    'directive.read_draft': true,
  },
  standing_office: {
    'directive.import': true,
    'directive.edit': follows,
    'directive.publish': follows,
    'directive.read': true,
    'assignment.read': true,
    'assignment.verify': follows,
    'assignment.cancel': follows,
    'extension.decide': follows,
    'dashboard.read': true,
    'directive.read_draft': follows,
    'directory.alias': true,
    'file.upload': true,
  },
  officer: {
    'directive.read': true,
    'assignment.read': inScope,
    'assignment.report': inScope,
    'assignment.claim': inScope,
    'assignment.request_extension': inScope,
    'assignment.cascade': inScope,
    'dashboard.read': true,
    'file.upload': true,
  },
  viewer: {
    'directive.read': true,
    'assignment.read': inScope,
    'dashboard.read': true,
  },
};

export function can(actor: Actor, action: Action, subject: Subject = {}): boolean {
  const rule = POLICY[actor.role][action];
  if (typeof rule === 'function') return rule(actor, subject);
  return rule === true;
}

/** Whether the actor sees every unit's assignments, or only those of its own unit scope. */
export function seesAllUnits(actor: Actor): boolean {
  return POLICY[actor.role]['assignment.read'] === true;
}

/** Which drafts the actor may list: all of them, those of the unit it follows for, or none. */
export function draftScope(actor: Actor): 'all' | 'following' | 'none' {
  const rule = POLICY[actor.role]['directive.read_draft'];
  if (rule === true) return 'all';
  return typeof rule === 'function' ? 'following' : 'none';
}
