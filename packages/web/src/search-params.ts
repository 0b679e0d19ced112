/**
 * What each list screen keeps in the URL (its filters, search words, sort and page), read back from
 * whatever a link or the address bar holds: a value that is not of its kind is dropped, never an
 * error. The router calls these as `validateSearch`; they stay small and free of zod, which is then
 * not part of the first load.
 */
type Raw = Record<string, unknown>;

/** The router parses `?page=2` to a number and `?q=123` too: words are read back as text. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

function int(v: unknown, min = 1): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= min ? n : undefined;
}

function flag(v: unknown): true | undefined {
  return v === true || v === 'true' ? true : undefined;
}

/** Drops the keys left undefined, so the URL carries only what is set. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const COLORS = ['red', 'yellow', 'green'] as const;
export const SORTS = ['due', '-due', 'updated'] as const;

export interface WorkSearch {
  color?: (typeof COLORS)[number];
  flag?: string;
  timeliness?: string;
  programme?: string;
  unitId?: number;
  /** Opened from a dashboard figure: only what the dashboard counts, a unit's own assignments. */
  lead?: boolean;
  directiveId?: number;
  q?: string;
  sort?: (typeof SORTS)[number];
  page?: number;
}

export function workSearch(raw: Raw): WorkSearch {
  return compact({
    color: oneOf(raw.color, COLORS),
    flag: text(raw.flag),
    timeliness: text(raw.timeliness),
    programme: text(raw.programme),
    unitId: int(raw.unitId),
    lead: flag(raw.lead),
    directiveId: int(raw.directiveId),
    q: text(raw.q),
    sort: oneOf(raw.sort, SORTS),
    page: int(raw.page),
  });
}

export interface DirectiveListSearch {
  q?: string;
  status?: 'draft' | 'published';
  programme?: string;
  year?: number;
  page?: number;
}

export function directiveListSearch(raw: Raw): DirectiveListSearch {
  return compact({
    q: text(raw.q),
    status: oneOf(raw.status, ['draft', 'published'] as const),
    programme: text(raw.programme),
    year: int(raw.year, 1900),
    page: int(raw.page),
  });
}

export const QUEUE_TABS = ['claims', 'extensions', 'obstacles'] as const;

export interface QueuesSearch {
  tab?: (typeof QUEUE_TABS)[number];
}

export function queuesSearch(raw: Raw): QueuesSearch {
  return compact({ tab: oneOf(raw.tab, QUEUE_TABS) });
}

export interface SearchSearch {
  q?: string;
}

export function searchSearch(raw: Raw): SearchSearch {
  return compact({ q: text(raw.q) });
}

/** A published directive's matrix: its page of tasks. */
export interface MatrixSearch {
  page?: number;
}

export function matrixSearch(raw: Raw): MatrixSearch {
  return compact({ page: int(raw.page) });
}

export interface LoginSearch {
  /** The app path to return to after signing in (checked by safeRedirect before use). */
  redirect?: string;
}

export function loginSearch(raw: Raw): LoginSearch {
  return compact({ redirect: typeof raw.redirect === 'string' ? raw.redirect : undefined });
}

/** The periodic report's period (a key of Nghị định 09/2019, or a custom range) and scope. */
export interface ReportSearch {
  period?: string;
  from?: string;
  to?: string;
  directiveId?: number;
  unitId?: number;
  withChildren?: boolean;
}

const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function reportSearch(raw: Raw): ReportSearch {
  const period = text(raw.period);
  const from = text(raw.from);
  const to = text(raw.to);
  return compact({
    period: period && PERIOD_KEY.test(period) ? period : undefined,
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    directiveId: int(raw.directiveId),
    unitId: int(raw.unitId),
    withChildren: flag(raw.withChildren),
  });
}
