import { describe, expect, it } from 'vitest';
import { authorize, directiveAbilities, userAbilities } from './authorize';
import type { Actor } from './permissions';
import { nextState, stepAllowed } from './steps';

const officer: Actor = { userId: 1, role: 'officer', unitId: 10, unitScope: new Set([10, 11]) };
const office: Actor = { userId: 2, role: 'standing_office', unitId: 1, unitScope: new Set() };
const leader: Actor = { userId: 3, role: 'leader', unitId: 1, unitScope: new Set() };
const viewer: Actor = { userId: 4, role: 'viewer', unitId: 10, unitScope: new Set([10]) };

describe('the assignment state machine', () => {
  it('leads each step to its next state', () => {
    expect(nextState('assignment.report', 'assigned')).toBe('in_progress');
    expect(nextState('assignment.report', 'in_progress')).toBe('in_progress');
    expect(nextState('assignment.claim', 'in_progress')).toBe('claimed');
    expect(nextState('assignment.verify', 'claimed', 'accept')).toBe('done');
    expect(nextState('assignment.verify', 'claimed', 'return')).toBe('in_progress');
    expect(nextState('assignment.cancel', 'claimed')).toBe('cancelled');
    expect(nextState('assignment.remind', 'assigned')).toBe('assigned');
    expect(nextState('assignment.comment', 'done')).toBe('done');
  });

  it('refuses a step from a state outside its row', () => {
    expect(() => nextState('assignment.report', 'done')).toThrow();
    expect(() => nextState('assignment.verify', 'in_progress', 'accept')).toThrow();
    expect(stepAllowed('assignment.cancel', { state: 'done' })).toBe(false);
    expect(stepAllowed('assignment.claim', { state: 'assigned', role: 'support', hasDue: true })).toBe(false);
    expect(
      stepAllowed('assignment.change_deadline', { state: 'assigned', role: 'lead', hasDue: false }),
    ).toBe(false);
  });
});

describe('authorize', () => {
  const mine = { kind: 'assignment' as const, unitId: 11, standingUnitId: 1 };
  const other = { kind: 'assignment' as const, unitId: 12, standingUnitId: 1 };
  it('hides an assignment out of scope when reading, refuses a step on it', () => {
    expect(authorize(officer, 'assignment.read', mine)).toBe('allow');
    expect(authorize(officer, 'assignment.read', other)).toBe('not_found');
    expect(authorize(officer, 'assignment.report', other)).toBe('forbidden');
    expect(authorize(office, 'assignment.verify', { ...other, standingUnitId: 2 })).toBe('forbidden');
  });

  it('hides a draft from those who may not read it, for every action on it', () => {
    const draft = { kind: 'directive' as const, status: 'draft' as const, standingUnitId: 2 };
    expect(authorize(officer, 'directive.read', draft)).toBe('not_found');
    expect(authorize(office, 'directive.publish', draft)).toBe('not_found');
    expect(authorize(leader, 'directive.read', draft)).toBe('allow');
    expect(authorize(leader, 'directive.publish', draft)).toBe('forbidden');
    expect(authorize(office, 'directive.publish', { ...draft, standingUnitId: 1 })).toBe('allow');
  });

  it('decides without a resource from the role alone', () => {
    expect(authorize(viewer, 'directive.import')).toBe('forbidden');
    expect(authorize(office, 'directive.import')).toBe('allow');
    expect(authorize(leader, 'audit.read')).toBe('allow');
    expect(authorize(office, 'directory.manage')).toBe('forbidden');
  });

  it('lets one see one’s own tokens; an admin everyone’s', () => {
    expect(authorize(officer, 'token.manage_all', { kind: 'token', ownerId: 1 })).toBe('allow');
    expect(authorize(officer, 'token.manage_all', { kind: 'token', ownerId: 2 })).toBe('not_found');
    expect(authorize({ ...officer, role: 'admin' }, 'token.manage_all', { kind: 'token', ownerId: 2 })).toBe(
      'allow',
    );
  });

  it('offers a directive’s buttons only to those the server lets', () => {
    const d = { status: 'draft' as const, standingUnitId: 1, hasSource: true };
    expect(directiveAbilities(office, d)).toEqual([
      'directive.edit',
      'directive.publish',
      'directive.delete_draft',
      'directive.read_source',
    ]);
    expect(directiveAbilities(office, { ...d, standingUnitId: 2 })).toEqual([]);
    expect(directiveAbilities(leader, d)).toEqual(['directive.read_source']);
    expect(directiveAbilities(office, { ...d, status: 'published' })).toEqual([
      'directive.edit',
      'directive.read_source',
    ]);
    expect(directiveAbilities(viewer, { ...d, status: 'published', hasSource: false })).toEqual([]);
  });
});

describe('user abilities', () => {
  it('lets an admin edit every account, but not lock or demote its own', () => {
    const admin: Actor = { userId: 9, role: 'admin', unitId: null, unitScope: new Set() };
    expect(userAbilities(admin, { id: 5 })).toEqual(['user.edit', 'user.lock', 'user.change_role']);
    expect(userAbilities(admin, { id: 9 })).toEqual(['user.edit']);
    expect(userAbilities(office, { id: 5 })).toEqual([]);
  });
});
