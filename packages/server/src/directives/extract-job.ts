import { type Directive, extractFile, extractText, normalizeText, sniffFormat } from '@dondoc/extract';
import { type ExtractLimits, LimitError, vnNumber } from './extract-limits';
import { zipInflatedSize } from './zip-size';

export type ExtractInput = { bytes: Uint8Array } | { text: string };

/** One extraction with its bounds checked; runs inside the worker thread. */
export async function extractJob(
  input: ExtractInput,
  limits: ExtractLimits,
): Promise<Directive & { text: string }> {
  let extracted: Directive & { text: string };
  if ('bytes' in input) {
    if (sniffFormat(input.bytes) === 'docx') {
      const inflated = zipInflatedSize(input.bytes);
      if (inflated !== null && inflated > limits.maxInflatedBytes) {
        throw new LimitError(
          'too_large',
          `Tệp DOCX khi giải nén lớn hơn ${vnNumber(Math.round(limits.maxInflatedBytes / 1024 / 1024))} MB; không đọc tệp này.`,
        );
      }
    }
    extracted = await extractFile(input.bytes, { maxPages: limits.maxPages });
  } else {
    const text = normalizeText(input.text);
    extracted = { ...extractText(text), text };
  }
  if (extracted.text.length > limits.maxTextChars) {
    throw new LimitError(
      'too_large',
      `Văn bản dài ${vnNumber(extracted.text.length)} ký tự, vượt giới hạn ${vnNumber(limits.maxTextChars)} ký tự.`,
    );
  }
  if (extracted.tasks.length > limits.maxTasks) {
    throw new LimitError(
      'too_many_tasks',
      `Văn bản tách ra ${vnNumber(extracted.tasks.length)} nhiệm vụ, vượt giới hạn ${vnNumber(limits.maxTasks)} nhiệm vụ một văn bản; hãy tách văn bản thành nhiều phần.`,
    );
  }
  return extracted;
}
