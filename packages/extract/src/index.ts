export { extractText } from './extract';
export type { Directive, DirectiveDocument, Due, Target, Task } from './types';
