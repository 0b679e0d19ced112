/** How much work one import may make the server do; a directive is far below every bound. */
export interface ExtractLimits {
  /** Wall time for reading and extracting one file or text. */
  timeoutMs: number;
  /** Heap of the worker thread that extracts. */
  memoryMb: number;
  maxPages: number;
  /** Sum of the sizes a DOCX's parts inflate to. */
  maxInflatedBytes: number;
  maxTasks: number;
  /** Characters of text after reading the file. */
  maxTextChars: number;
  /** Extractions running at once; more wait their turn. */
  concurrency: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  timeoutMs: 60_000,
  memoryMb: 512,
  maxPages: 500,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxTasks: 2000,
  maxTextChars: 2_000_000,
  concurrency: 2,
};

/** Why an import was refused for its size, with the Vietnamese message shown to the user. */
export class LimitError extends Error {
  constructor(
    readonly code: 'time_limit' | 'memory_limit' | 'too_large' | 'too_many_tasks',
    message: string,
  ) {
    super(message);
    this.name = 'LimitError';
  }
}

export const vnNumber = (n: number) => n.toLocaleString('vi-VN');
