import type { AssignmentState } from './status';

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
  },
  leader: {
    'directive.read': true,
    'assignment.read': true,
    'extension.decide': true,
    'dashboard.read': true,
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
    'directive.read': true,
    'assignment.read': true,
    'assignment.verify': follows,
    'assignment.cancel': follows,
    'extension.decide': followsNotForwarded,
    'dashboard.read': true,
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
export function seesAllUnits(actor: Actor): boolean {
  return POLICY[actor.role]['assignment.read'] === true;
}

/** What a step on an assignment depends on besides the actor: its state, role and deadline. */
export interface StepFacts extends Subject {
  state: AssignmentState;
  role: 'lead' | 'support';
  hasDue: boolean;
}

const OPEN: readonly AssignmentState[] = ['assigned', 'in_progress'];
const NOT_CLOSED: readonly AssignmentState[] = ['assigned', 'in_progress', 'claimed'];

/**
 * The steps one can take on an assignment, with the states each needs: the use cases refuse a
 * step outside them, and the abilities an actor is shown come from the same table.
 */
export const ASSIGNMENT_STEPS = {
  'assignment.report': { states: OPEN },
  'assignment.claim': { states: OPEN, when: (f: StepFacts) => f.role === 'lead' },
  'assignment.request_extension': { states: OPEN, when: (f: StepFacts) => f.hasDue },
  'assignment.cascade': { states: OPEN },
  'assignment.verify': { states: ['claimed'] as readonly AssignmentState[] },
  'assignment.cancel': { states: NOT_CLOSED },
  'assignment.remind': { states: OPEN },
  'assignment.comment': {
    states: ['assigned', 'in_progress', 'claimed', 'done', 'cancelled'] as readonly AssignmentState[],
  },
  'assignment.change_deadline': { states: NOT_CLOSED, when: (f: StepFacts) => f.hasDue },
} satisfies Partial<Record<Action, { states: readonly AssignmentState[]; when?: (f: StepFacts) => boolean }>>;

export type AssignmentStep = keyof typeof ASSIGNMENT_STEPS;

/** The steps this actor may take on this assignment now: what the web shows as buttons. */
export function assignmentAbilities(actor: Actor, facts: StepFacts): AssignmentStep[] {
  return (Object.keys(ASSIGNMENT_STEPS) as AssignmentStep[]).filter((step) => {
    const rule: { states: readonly AssignmentState[]; when?: (f: StepFacts) => boolean } =
      ASSIGNMENT_STEPS[step];
    return rule.states.includes(facts.state) && (rule.when?.(facts) ?? true) && can(actor, step, facts);
  });
}

/** What this actor may do with a pending extension request. */
export function extensionAbilities(
  actor: Actor,
  subject: Subject,
  ext: { pending: boolean; forwarded: boolean },
): ('extension.decide' | 'extension.forward')[] {
  if (!ext.pending) return [];
  const s = { ...subject, forwardedToLeader: ext.forwarded };
  return [
    ...(can(actor, 'extension.decide', s) ? (['extension.decide'] as const) : []),
    ...(!ext.forwarded && can(actor, 'extension.forward', s) ? (['extension.forward'] as const) : []),
  ];
}

/** What this actor may do with an obstacle a unit reported: answer, forward (once), resolve. */
export function obstacleAbilities(
  actor: Actor,
  subject: Subject,
  state: 'open' | 'forwarded' | 'resolved',
): ('obstacle.answer' | 'obstacle.forward' | 'obstacle.resolve')[] {
  if (state === 'resolved') return [];
  return (['obstacle.answer', 'obstacle.forward', 'obstacle.resolve'] as const).filter(
    (a) => (a !== 'obstacle.forward' || state === 'open') && can(actor, a, subject),
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
