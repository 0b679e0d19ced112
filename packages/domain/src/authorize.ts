import { type Action, type Actor, can, type Subject } from './permissions';

/**
 * What an action is done to, as much of it as the decision needs. Routes and use cases describe
 * the resource; `authorize` decides, so no caller compares roles or units itself.
 */
export type Resource =
  | { kind: 'assignment'; unitId: number; standingUnitId: number | null }
  | { kind: 'extension'; unitId: number; standingUnitId: number | null; forwarded: boolean }
  | { kind: 'obstacle'; unitId: number; standingUnitId: number | null }
  | { kind: 'directive'; status: 'draft' | 'published'; standingUnitId: number | null }
  /** A stored file: whether the actor may read it is decided from its attachments (file-access.ts). */
  | { kind: 'file'; readable: boolean }
  /** An API token: its owner. */
  | { kind: 'token'; ownerId: number }
  /** A periodic report: the unit it covers (none: every unit). */
  | { kind: 'report'; unitId?: number };

/** Allowed; refused (403); or answered as if it did not exist (404), so its existence stays hidden. */
export type Decision = 'allow' | 'forbidden' | 'not_found';

function subjectOf(resource: Resource | undefined): Subject {
  if (!resource) return {};
  switch (resource.kind) {
    case 'assignment':
    case 'obstacle':
      return { unitId: resource.unitId, standingUnitId: resource.standingUnitId };
    case 'extension':
      return {
        unitId: resource.unitId,
        standingUnitId: resource.standingUnitId,
        forwardedToLeader: resource.forwarded,
      };
    case 'directive':
      return { standingUnitId: resource.standingUnitId };
    case 'report':
      return { unitId: resource.unitId };
    default:
      return {};
  }
}

/**
 * The one decision on whether an actor may take an action on a resource (or, without one, at
 * all). Reading what one may not see is answered "not found"; a draft the actor may not read is
 * not found for every action on it; anything else the policy refuses is "forbidden".
 */
export function authorize(actor: Actor, action: Action, resource?: Resource): Decision {
  if (resource?.kind === 'file') return resource.readable ? 'allow' : 'not_found';
  if (resource?.kind === 'token') {
    return resource.ownerId === actor.userId || can(actor, 'token.manage_all') ? 'allow' : 'not_found';
  }
  const subject = subjectOf(resource);
  if (resource?.kind === 'directive') {
    if (!can(actor, 'directive.read')) return 'forbidden';
    if (resource.status === 'draft' && !can(actor, 'directive.read_draft', subject)) return 'not_found';
  }
  if (can(actor, action, subject)) return 'allow';
  return action === 'assignment.read' ? 'not_found' : 'forbidden';
}

/** What this actor may do with a directive: the buttons the review and matrix screens show. */
export function directiveAbilities(
  actor: Actor,
  directive: { status: 'draft' | 'published'; standingUnitId: number | null; hasSource: boolean },
): ('directive.edit' | 'directive.publish' | 'directive.delete_draft' | 'directive.read_source')[] {
  const resource: Resource = { kind: 'directive', ...directive };
  const may = (action: Action) => authorize(actor, action, resource) === 'allow';
  const draft = directive.status === 'draft';
  return [
    // a published directive's fields stay editable (its tasks do not: update-directive.ts)
    ...(may('directive.edit') ? (['directive.edit'] as const) : []),
    ...(draft && may('directive.publish') ? (['directive.publish'] as const) : []),
    ...(draft && may('directive.delete_draft') ? (['directive.delete_draft'] as const) : []),
    ...(directive.hasSource && may('directive.read') ? (['directive.read_source'] as const) : []),
  ];
}

/**
 * What this actor may do with a user account in the admin screen: edit it; lock it or change
 * its role only when it is not the actor's own (an admin cannot lock itself out).
 */
export function userAbilities(
  actor: Actor,
  user: { id: number },
): ('user.edit' | 'user.lock' | 'user.change_role')[] {
  if (!can(actor, 'directory.manage')) return [];
  return user.id === actor.userId ? ['user.edit'] : ['user.edit', 'user.lock', 'user.change_role'];
}
