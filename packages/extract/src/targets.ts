import type { Target } from './types';

const PERCENT = /(?:(đạt|trên|từ|tối thiểu|ít nhất|khoảng|tối đa|dưới)\s+)?(\d{1,3}(?:[.,]\d+)?)\s*%/gu;

/** Percentage goals in a task's words, each with the words that say what is measured. */
export function findTargets(text: string, by: string | null): Target[] {
  const out: Target[] = [];
  if (!text.includes('%')) return out; // the pattern opens on optional words and would be tried at every character
  for (const m of text.matchAll(PERCENT)) {
    if (isBackgroundFigure(text, m.index)) continue;
    const value = Number(m[2]!.replace(',', '.'));
    if (!Number.isFinite(value) || value > 100) continue;
    const after = text.slice(m.index + m[0].length);
    let metric =
      /^\s*(?:số\s+)?([^;.(]{3,160}?)(?=\s*(?:[;.(]|$|,\s*(?:\d|đến|trong|phấn đấu)))/u.exec(after)?.[1] ??
      '';
    if (m[1] === 'đạt' || !metric || /^(trở lên|trở xuống|so với|kế hoạch)/u.test(metric)) {
      const before = text.slice(Math.max(0, m.index - 160), m.index);
      metric =
        /([^;:,.]{3,160})$/u
          .exec(before)?.[1]
          ?.replace(/(?<![\p{L}\p{N}])(phấn đấu|tỷ lệ|đạt)(?![\p{L}\p{N}])\s*$/u, '')
          .trim() ?? metric;
    }
    out.push({ metric: metric.replace(/\s+/g, ' ').trim(), value, unit: '%', by });
  }
  return out;
}

/** "Hiện nay tỷ lệ giải ngân mới đạt 45%": a figure of where things stand, in its sentence, is no goal. */
export function isBackgroundFigure(text: string, at: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const before = text.slice(sentenceStart, at);
  return /(?<![\p{L}])(hiện nay|hiện tại|đến nay|mới đạt|đã đạt|năm qua|thời gian qua)(?![\p{L}])/iu.test(
    before,
  );
}
