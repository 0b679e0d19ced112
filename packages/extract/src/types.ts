import type { Rhythm } from '@dondoc/domain';

/** The extraction output, exactly the shape of packages/extract/corpus/SCHEMA.md, plus spans and warnings. */
export type DirectiveKind =
  | 'cong-van'
  | 'thong-bao-ket-luan'
  | 'ke-hoach'
  | 'chi-thi'
  | 'quyet-dinh'
  | 'other';

export interface Reference {
  number: string;
  date: string | null;
}

export interface DirectiveDocument {
  kind: DirectiveKind;
  number: string | null;
  issuer: string | null;
  date: string | null;
  subject: string | null;
  signer: string | null;
  recipients: string[];
  references: Reference[];
}

export type Due =
  | { type: 'date'; date: string; every?: Rhythm; label?: string }
  | { type: 'period'; end: string; label: string; every?: Rhythm }
  | { type: 'recurring'; every: Rhythm; label: string }
  | { type: 'ongoing' }
  | null;

/** The glossary's rhythm (the domain's closed set); the field keeps the schema's name, `every`. */
export type { Rhythm };

export interface Target {
  metric: string;
  value: number;
  unit: '%';
  by: string | null;
}

/** Where a task's words stand in the normalised text: [start, end) character offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface Task {
  ref: string;
  text: string;
  lead: string[];
  support: string[];
  due: Due;
  targets: Target[];
  spans: Span[];
  warnings: string[];
}

export interface Directive {
  document: DirectiveDocument;
  tasks: Task[];
}
