import { confidentCandidate } from '@dondoc/domain';
import type { DraftTask, UnitRef } from '../../api/schema';

/**
 * The review editor's draft as a pure reducer: what the office does to the extracted tasks (edit,
 * split, merge, remove, add, apply the confident suggestions, drop the unassigned) and to the
 * directive's own fields. No React and no network here: the editor dispatches, the saver sends.
 */

export interface DocumentFields {
  number: string | null;
  issuedOn: string | null;
  subject: string | null;
  issuer: string | null;
  signer: string | null;
}

export interface Draft {
  tasks: DraftTask[];
  fields: DocumentFields;
  programmes: string[];
  /** What the last "apply suggestions" did, for the message the editor shows. */
  applied: { applied: number; left: number } | null;
}

export type DraftAction =
  | { type: 'change'; index: number; change: Partial<DraftTask> }
  /** `id`: the new task's (negative: not yet saved). */
  | { type: 'split'; index: number; id: number }
  | { type: 'merge'; index: number }
  | { type: 'remove'; index: number }
  | { type: 'add'; id: number }
  | { type: 'applySuggestions' }
  | { type: 'dropUnassigned' }
  | { type: 'fields'; change: Partial<DocumentFields> }
  | { type: 'programmes'; programmes: string[] };

/** The value a unit reference has in a picker: "u:12" for a unit, "g:3" for a group. */
export function refValue(u: UnitRef): string | undefined {
  return u.unitId ? `u:${u.unitId}` : u.groupId ? `g:${u.groupId}` : undefined;
}

export function initialDraft(directive: {
  tasks: DraftTask[];
  programmes: { code: string }[];
  number: string | null;
  issuedOn: string | null;
  subject: string | null;
  issuer: string | null;
  signer: string | null;
}): Draft {
  const { number, issuedOn, subject, issuer, signer } = directive;
  return {
    tasks: directive.tasks,
    fields: { number, issuedOn, subject, issuer, signer },
    programmes: directive.programmes.map((p) => p.code),
    applied: null,
  };
}

/** Where a task is cut in two: after its first ";" (a list of duties), else in the middle. */
export function splitPoint(text: string): number {
  const semicolon = text.indexOf(';');
  return semicolon > 0 ? semicolon + 1 : Math.floor(text.length / 2);
}

/** Every unmatched name a machine may choose for on its own, marked as a suggestion. */
export function applyConfident(refs: UnitRef[]): { refs: UnitRef[]; applied: number; left: number } {
  let applied = 0;
  let left = 0;
  const out = refs.map((u) => {
    if (refValue(u)) return u;
    const best = confidentCandidate(u.name, u.candidates);
    if (!best) {
      left++;
      return u;
    }
    applied++;
    return { ...u, unitId: best.unitId, groupId: best.groupId, match: 'suggested' };
  });
  return { refs: out, applied, left };
}

function tasks(draft: Draft, next: DraftTask[]): Draft {
  return { ...draft, tasks: next };
}

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  const all = draft.tasks;
  switch (action.type) {
    case 'change':
      return tasks(
        draft,
        all.map((t, j) => (j === action.index ? { ...t, ...action.change } : t)),
      );
    case 'split': {
      const t = all[action.index];
      if (!t) return draft;
      const cut = splitPoint(t.text);
      // the source spans stay with the first half: the second is the office's own cut
      const first = { ...t, text: t.text.slice(0, cut).trim() };
      const second = { ...t, id: action.id, text: t.text.slice(cut).trim(), spans: [] };
      return tasks(draft, [...all.slice(0, action.index), first, second, ...all.slice(action.index + 1)]);
    }
    case 'merge': {
      const t = all[action.index];
      const next = all[action.index + 1];
      if (!t || !next) return draft;
      const merged = {
        ...t,
        text: `${t.text} ${next.text}`,
        spans: [...t.spans, ...next.spans],
        targets: [...t.targets, ...next.targets],
        warnings: [...new Set([...t.warnings, ...next.warnings])],
      };
      return tasks(draft, [...all.slice(0, action.index), merged, ...all.slice(action.index + 2)]);
    }
    case 'remove':
      return tasks(
        draft,
        all.filter((_, j) => j !== action.index),
      );
    case 'add':
      return tasks(draft, [
        ...all,
        {
          id: action.id,
          ref: String(all.length + 1),
          text: '',
          due: { type: 'none', date: null, label: null, every: null },
          spans: [],
          warnings: [],
          lead: [],
          support: [],
          targets: [],
        },
      ]);
    case 'applySuggestions': {
      let applied = 0;
      let left = 0;
      const next = all.map((t) => {
        const lead = applyConfident(t.lead);
        const support = applyConfident(t.support);
        applied += lead.applied + support.applied;
        left += lead.left + support.left;
        return { ...t, lead: lead.refs, support: support.refs };
      });
      return { ...draft, tasks: next, applied: { applied, left } };
    }
    case 'dropUnassigned':
      return tasks(
        draft,
        all.filter((t) => t.lead.some(refValue)),
      );
    case 'fields':
      return { ...draft, fields: { ...draft.fields, ...action.change } };
    case 'programmes':
      return { ...draft, programmes: action.programmes };
  }
}

/** What the API takes for a task: everything the review shows, targets, spans and warnings too. */
export function toInput(t: DraftTask) {
  const ref = (u: UnitRef) => ({
    name: u.name,
    unitId: u.unitId,
    groupId: u.groupId,
    ...(u.match === 'suggested' ? { match: 'suggested' as const } : {}),
  });
  return {
    ref: t.ref,
    text: t.text,
    due: t.due,
    targets: t.targets,
    spans: t.spans,
    warnings: t.warnings,
    lead: t.lead.map(ref),
    support: t.support.map(ref),
  };
}

/** The body of the draft's save: the directive's fields, its programmes and its tasks. */
export function draftBody(draft: Draft) {
  return { ...draft.fields, programmes: draft.programmes, tasks: draft.tasks.map(toInput) };
}

/** Tasks without a lead unit, and tasks the extractor doubted. */
export function draftCounts(draft: Draft): { unassigned: number; doubtful: number } {
  return {
    unassigned: draft.tasks.filter((t) => !t.lead.some(refValue)).length,
    doubtful: draft.tasks.filter((t) => t.warnings.length).length,
  };
}
