import type {
  AssignmentState,
  ExtensionDecision,
  ExtensionState,
  ObstacleState,
  VerificationDecision,
} from './closed-sets';
import type { Action } from './permissions';

/** What a step on an assignment depends on besides the actor: its state, role and deadline. */
export interface StepFacts {
  unitId?: number;
  standingUnitId?: number | null;
  state: AssignmentState;
  role: 'lead' | 'support';
  hasDue: boolean;
}

/** A step's outcome that picks the next state, e.g. a verification accepted or returned. */
export type StepOutcome = VerificationDecision;

interface StepRule {
  /** The states the step may start from. */
  from: readonly AssignmentState[];
  /** The state after the step: one state, one per outcome, or `null` when the state stays. */
  to: AssignmentState | Readonly<Record<StepOutcome, AssignmentState>> | null;
  /** A condition on the assignment besides its state (a lead unit, a deadline). */
  when?: (f: StepFacts) => boolean;
}

const OPEN: readonly AssignmentState[] = ['assigned', 'in_progress'];
const NOT_CLOSED: readonly AssignmentState[] = ['assigned', 'in_progress', 'claimed'];
const ANY: readonly AssignmentState[] = ['assigned', 'in_progress', 'claimed', 'done', 'cancelled'];

/**
 * The assignment's state machine, one row a step: the states it starts from and the state it
 * leads to. Who may take a step is the policy's row for the same action (`POLICY` in
 * permissions.ts). The use cases refuse a step outside `from` and write `nextState(...)`; the
 * abilities an actor is shown come from the same rows.
 */
export const ASSIGNMENT_STEPS = {
  'assignment.report': { from: OPEN, to: 'in_progress' },
  'assignment.claim': { from: OPEN, to: 'claimed', when: (f: StepFacts) => f.role === 'lead' },
  'assignment.request_extension': { from: OPEN, to: null, when: (f: StepFacts) => f.hasDue },
  'assignment.cascade': { from: OPEN, to: null },
  'assignment.verify': { from: ['claimed'], to: { accept: 'done', return: 'in_progress' } },
  'assignment.cancel': { from: NOT_CLOSED, to: 'cancelled' },
  'assignment.remind': { from: OPEN, to: null },
  'assignment.comment': { from: ANY, to: null },
  'assignment.change_deadline': { from: NOT_CLOSED, to: null, when: (f: StepFacts) => f.hasDue },
} as const satisfies Partial<Record<Action, StepRule>>;

export type AssignmentStep = keyof typeof ASSIGNMENT_STEPS;

/** Whether the step may start from this state (and the assignment meets its condition). */
export function stepAllowed(
  step: AssignmentStep,
  facts: Pick<StepFacts, 'state'> & Partial<StepFacts>,
): boolean {
  const rule: StepRule = ASSIGNMENT_STEPS[step];
  if (!rule.from.includes(facts.state)) return false;
  return rule.when === undefined || rule.when(facts as StepFacts);
}

/** The state an assignment is in after the step; a step that leaves the state keeps `from`. */
export function nextState(
  step: AssignmentStep,
  from: AssignmentState,
  outcome?: StepOutcome,
): AssignmentState {
  const rule: StepRule = ASSIGNMENT_STEPS[step];
  if (!rule.from.includes(from)) throw new Error(`${step} cannot start from ${from}`);
  if (rule.to === null) return from;
  if (typeof rule.to === 'string') return rule.to;
  if (!outcome) throw new Error(`${step} needs an outcome`);
  return rule.to[outcome];
}

export type ObstacleAction = 'obstacle.answer' | 'obstacle.forward' | 'obstacle.resolve';

/** An obstacle's states: answering keeps it, forwarding is once, resolving ends it. */
export const OBSTACLE_TRANSITIONS: Record<
  ObstacleAction,
  { from: readonly ObstacleState[]; to: ObstacleState | null }
> = {
  'obstacle.answer': { from: ['open', 'forwarded'], to: null },
  'obstacle.forward': { from: ['open'], to: 'forwarded' },
  'obstacle.resolve': { from: ['open', 'forwarded'], to: 'resolved' },
};

export type ExtensionAction = 'extension.decide' | 'extension.forward';

/** An extension request's states: decided once; forwarded to the leaders at most once, while pending. */
export const EXTENSION_TRANSITIONS: Record<
  ExtensionAction,
  {
    from: readonly ExtensionState[];
    onlyUnforwarded: boolean;
    /** The request's state after the step, per decision; forwarding keeps it pending. */
    to: Readonly<Record<ExtensionDecision, ExtensionState>> | null;
  }
> = {
  'extension.decide': {
    from: ['pending'],
    onlyUnforwarded: false,
    to: { approve: 'approved', refuse: 'refused' },
  },
  'extension.forward': { from: ['pending'], onlyUnforwarded: true, to: null },
};
