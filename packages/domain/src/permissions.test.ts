import { describe, expect, it } from 'vitest';
import {
  type Actor,
  assignmentAbilities,
  can,
  draftScope,
  extensionAbilities,
  seesAllUnits,
} from './permissions';

const officer: Actor = { userId: 1, role: 'officer', unitId: 10, unitScope: new Set([10, 11]) };
const office: Actor = { userId: 2, role: 'standing_office', unitId: 1, unitScope: new Set([1]) };

describe('permissions', () => {
  it('lets an officer work on its own and its child units’ assignments only', () => {
    expect(can(officer, 'assignment.report', { unitId: 10 })).toBe(true);
    expect(can(officer, 'assignment.claim', { unitId: 11 })).toBe(true);
    expect(can(officer, 'assignment.report', { unitId: 12 })).toBe(false);
    expect(can(officer, 'assignment.verify', { unitId: 10 })).toBe(false);
  });

  it('lets the standing office verify only the directives it follows', () => {
    expect(can(office, 'assignment.verify', { unitId: 10, standingUnitId: 1 })).toBe(true);
    expect(can(office, 'assignment.verify', { unitId: 10, standingUnitId: 2 })).toBe(false);
    expect(can(office, 'assignment.report', { unitId: 1, standingUnitId: 1 })).toBe(false);
  });

  it('lets a leader read everything and decide extensions, but not report', () => {
    const leader: Actor = { userId: 3, role: 'leader', unitId: null, unitScope: new Set() };
    expect(seesAllUnits(leader)).toBe(true);
    expect(can(leader, 'extension.decide', { standingUnitId: 1 })).toBe(true);
    expect(can(leader, 'assignment.report', { unitId: 10 })).toBe(false);
    expect(seesAllUnits(officer)).toBe(false);
  });
});

describe('#9.5 drafts belong to the standing office and the leaders', () => {
  it('#9.5 lets the following office and leaders read a draft; officers and viewers not', () => {
    const leader: Actor = { userId: 3, role: 'leader', unitId: null, unitScope: new Set() };
    const viewer: Actor = { userId: 4, role: 'viewer', unitId: 10, unitScope: new Set([10]) };
    expect(can(office, 'directive.read_draft', { standingUnitId: 1 })).toBe(true);
    expect(can(office, 'directive.read_draft', { standingUnitId: 2 })).toBe(false);
    expect(can(leader, 'directive.read_draft', { standingUnitId: 2 })).toBe(true);
    expect(can(officer, 'directive.read_draft', { standingUnitId: 1 })).toBe(false);
    expect(can(viewer, 'directive.read_draft', { standingUnitId: 1 })).toBe(false);
    expect([draftScope(leader), draftScope(office), draftScope(officer)]).toEqual([
      'all',
      'following',
      'none',
    ]);
  });
});

describe('abilities', () => {
  const facts = { unitId: 10, standingUnitId: 1, role: 'lead' as const, hasDue: true };
  it('#9.17 offers only the steps the policy and the state allow', () => {
    expect(assignmentAbilities(officer, { ...facts, state: 'in_progress' })).toEqual([
      'assignment.report',
      'assignment.claim',
      'assignment.request_extension',
      'assignment.cascade',
      'assignment.comment',
    ]);
    expect(assignmentAbilities(officer, { ...facts, state: 'claimed' })).toEqual(['assignment.comment']);
    expect(assignmentAbilities(office, { ...facts, state: 'claimed' })).toContain('assignment.verify');
    expect(assignmentAbilities(office, { ...facts, standingUnitId: 2, state: 'claimed' })).toEqual([]);
  });

  it('#9.19 a forwarded extension is decided by a leader, not the office', () => {
    const leader: Actor = { userId: 3, role: 'leader', unitId: null, unitScope: new Set() };
    const subject = { unitId: 10, standingUnitId: 1 };
    expect(extensionAbilities(office, subject, { state: 'pending', forwarded: false })).toEqual([
      'extension.decide',
      'extension.forward',
    ]);
    expect(extensionAbilities(office, subject, { state: 'pending', forwarded: true })).toEqual([]);
    expect(extensionAbilities(leader, subject, { state: 'pending', forwarded: true })).toEqual([
      'extension.decide',
    ]);
  });
});
