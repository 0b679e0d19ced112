import type { Directive } from './types';

/** Extracts a directive from its normalised plain text. */
export function extractText(_text: string): Directive {
  return {
    document: {
      kind: 'other',
      number: null,
      issuer: null,
      date: null,
      subject: null,
      signer: null,
      recipients: [],
      references: [],
    },
    tasks: [],
  };
}
