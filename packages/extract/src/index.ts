export { ExtractError, type ExtractErrorCode } from './errors';
export { extractNormalized, extractText } from './extract';
export { normalizeText } from './normalize';
export {
  extractFile,
  MAX_FILE_BYTES,
  type ReadLimits,
  readDocumentText,
  type SourceFormat,
  sniffFormat,
} from './read-file';
export { directiveSchema } from './schema';
export type {
  Directive,
  DirectiveDocument,
  DirectiveKind,
  Due,
  Reference,
  Rhythm,
  Span,
  Target,
  Task,
} from './types';
