/** The documented ways extraction can refuse an input; anything else is a bug. */
export type ExtractErrorCode =
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'legacy_encoding'
  | 'unsupported_format'
  | 'encrypted'
  | 'no_text_layer'
  | 'unreadable';

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
