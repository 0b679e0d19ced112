import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../scoring/corpus';
import { directiveSchema, ExtractError, extractText, normalizeText, readDocumentText } from '../src';

const samples = readCorpus(['dev']).map((d) => d.text);

/** Extraction either succeeds with schema-valid output or refuses with a documented error. */
function checkText(text: string): void {
  try {
    const result = extractText(text);
    const parsed = directiveSchema.safeParse(result);
    if (!parsed.success) throw new Error(`invalid output: ${parsed.error.message}`);
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('marks' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '1.',
      'a)',
      '- ',
      '(1) ',
      'II.',
      'Thứ hai, ',
      'STT Tên nhiệm vụ Đơn vị chủ trì',
      'Nơi nhận:',
      'PHỤ LỤC',
      '\n\n',
      '%',
      'Số: /',
      'ngày 31/02/2025',
    ),
  }),
);

interface Edit {
  kind: string;
  at: number;
  length?: number;
  text?: string;
}

function mutate(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length ? e.at % out.length : 0;
    if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + (e.length ?? 0));
    else if (e.kind === 'duplicate')
      out = out.slice(0, at) + out.slice(at, at + (e.length ?? 0)) + out.slice(at);
    else out = out.slice(0, at) + (e.text ?? '') + out.slice(at);
  }
  return out;
}

describe('extraction on any input', () => {
  it('never throws anything but a documented error on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkText), { numRuns: 300 });
  });

  it('never throws anything but a documented error on mutated real directives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.array(mutation, { maxLength: 12 }),
        (i, edits) => {
          checkText(mutate(samples[i]!, edits));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws anything but a documented error on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        try {
          await readDocumentText(bytes);
        } catch (err) {
          if (!(err instanceof ExtractError)) throw err;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives spans that lie inside the normalised text, mutated input included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.array(mutation, { maxLength: 6 }),
        (i, edits) => {
          let text: string;
          try {
            text = normalizeText(mutate(samples[i]!, edits));
          } catch {
            return; // refused input has no spans
          }
          for (const task of extractText(text).tasks) {
            for (const span of task.spans) {
              expect(span.start).toBeGreaterThanOrEqual(0);
              expect(span.start).toBeLessThan(span.end);
              expect(span.end).toBeLessThanOrEqual(text.length);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
