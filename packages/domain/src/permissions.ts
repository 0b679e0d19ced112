import type { ExtensionState, ObstacleState } from './closed-sets';
import {
  ASSIGNMENT_STEPS,
  type AssignmentStep,
  EXTENSION_TRANSITIONS,
  OBSTACLE_TRANSITIONS,
  type ObstacleAction,
  type StepFacts,
  stepAllowed,
} from './steps';

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
  /** The periodic report and its files: every unit's for the leaders and the office, one's own unit's for an officer. */
  | 'report.read'
  | 'audit.read'
  | 'directory.manage'
  | 'assignment.remind'
  | 'assignment.comment'
  | 'assignment.change_deadline'
  | 'extension.forward'
  | 'obstacle.answer'
  | 'obstacle.forward'
  | 'obstacle.resolve'
  /** Reading a directive before it is published: the standing office and the leaders. */
  | 'directive.read_draft'
  /** Saving a unit name as written in a directive as an alias of a unit or group. */
  | 'directory.alias'
  | 'file.upload'
  /** Deleting a directive still in draft. */
  | 'directive.delete_draft'
  /** Listing and revoking every user's API tokens, not only one's own. */
  | 'token.manage_all'
  /** Revoking an API token: one's own, or any with `token.manage_all` (see authorize.ts). */
  | 'token.revoke'
  /** Reading a stored file: decided from its attachments (see authorize.ts and file-access.ts). */
  | 'file.read'
  /** The reminder rules, the announced days off and make-up days, and the unit heads. */
  | 'settings.manage';

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
  /** An extension request the standing office forwarded: a leader decides it now. */
  forwardedToLeader?: boolean;
}

/** Each role's rights; a function receives the subject when the right depends on it. */
type Rule = boolean | ((actor: Actor, subject: Subject) => boolean);

const inScope = (actor: Actor, subject: Subject) =>
  subject.unitId !== undefined && actor.unitScope.has(subject.unitId);
const follows = (actor: Actor, subject: Subject) =>
  subject.standingUnitId == null || (actor.unitId !== null && subject.standingUnitId === actor.unitId);
const followsNotForwarded = (actor: Actor, subject: Subject) =>
  follows(actor, subject) && !subject.forwardedToLeader;

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
    'report.read': true,
    'audit.read': true,
    'directory.manage': true,
    'assignment.remind': true,
    'assignment.comment': true,
    'assignment.change_deadline': true,
    'extension.forward': true,
    'obstacle.answer': true,
    'obstacle.forward': true,
    'obstacle.resolve': true,
    'directive.read_draft': true,
    'directory.alias': true,
    'file.upload': true,
    'directive.delete_draft': true,
    'token.manage_all': true,
    'settings.manage': true,
  },
  leader: {
    'directive.read': true,
    'assignment.read': true,
    'extension.decide': true,
    'dashboard.read': true,
    'report.read': true,
    'audit.read': true,
    'assignment.remind': true,
    'assignment.comment': true,
    'obstacle.answer': true,
    'obstacle.resolve': true,
    'directive.read_draft': true,
  },
  standing_office: {
    'directive.import': true,
    'directive.edit': follows,
    'directive.publish': follows,
    'directive.delete_draft': follows,
    'directive.read': true,
    'assignment.read': true,
    'assignment.verify': follows,
    'assignment.cancel': follows,
    'extension.decide': followsNotForwarded,
    'dashboard.read': true,
    'report.read': true,
    'assignment.remind': follows,
    'assignment.comment': follows,
    'assignment.change_deadline': follows,
    'extension.forward': follows,
    'obstacle.answer': follows,
    'obstacle.forward': follows,
    'obstacle.resolve': follows,
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
    'report.read': inScope,
    'assignment.comment': inScope,
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
export function seesAllUnits(actor: Pick<Actor, 'role'>): boolean {
  return POLICY[actor.role]['assignment.read'] === true;
}

/** The steps this actor may take on this assignment now: what the web shows as buttons. */
export function assignmentAbilities(actor: Actor, facts: StepFacts): AssignmentStep[] {
  return (Object.keys(ASSIGNMENT_STEPS) as AssignmentStep[]).filter(
    (step) => stepAllowed(step, facts) && can(actor, step, facts),
  );
}

/** What this actor may do with an extension request, from its state and the policy. */
export function extensionAbilities(
  actor: Actor,
  subject: Subject,
  ext: { state: ExtensionState; forwarded: boolean },
): ('extension.decide' | 'extension.forward')[] {
  const s = { ...subject, forwardedToLeader: ext.forwarded };
  return (['extension.decide', 'extension.forward'] as const).filter((step) => {
    const rule = EXTENSION_TRANSITIONS[step];
    return rule.from.includes(ext.state) && !(rule.onlyUnforwarded && ext.forwarded) && can(actor, step, s);
  });
}

/** What this actor may do with an obstacle a unit reported: answer, forward (once), resolve. */
export function obstacleAbilities(actor: Actor, subject: Subject, state: ObstacleState): ObstacleAction[] {
  return (['obstacle.answer', 'obstacle.forward', 'obstacle.resolve'] as const).filter(
    (step) => OBSTACLE_TRANSITIONS[step].from.includes(state) && can(actor, step, subject),
  );
}

/**
 * The actor's abilities apart from any one assignment, for menus and screens: each is true when
 * the policy allows the action on at least the directives the actor follows.
 */
export function globalAbilities(actor: Actor) {
  return {
    canImport: can(actor, 'directive.import'),
    canAdmin: can(actor, 'directory.manage'),
    canVerify: can(actor, 'assignment.verify'),
    canDecideExtensions: can(actor, 'extension.decide'),
    canHandleObstacles: can(actor, 'obstacle.answer'),
    canReadAudit: can(actor, 'audit.read'),
    canManageAllTokens: can(actor, 'token.manage_all'),
    canManageSettings: can(actor, 'settings.manage'),
    /** The periodic report of the actor's own unit (an officer) or of any scope. */
    canReadReports: can(actor, 'report.read', { unitId: actor.unitId ?? undefined }),
    seesAllUnits: seesAllUnits(actor),
  };
}

export type GlobalAbilities = ReturnType<typeof globalAbilities>;
/** Which drafts the actor may list: all of them, those of the unit it follows for, or none. */
export function draftScope(actor: Actor): 'all' | 'following' | 'none' {
  const rule = POLICY[actor.role]['directive.read_draft'];
  if (rule === true) return 'all';
  return typeof rule === 'function' ? 'following' : 'none';
}
