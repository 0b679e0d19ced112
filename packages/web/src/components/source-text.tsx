import type { DraftTask } from '../api/schema';
import { vi } from '../text/vi';

/** The source with every task's span marked; clicking a task scrolls to its words. */
export function SourceText({
  text,
  tasks,
  active,
}: {
  text: string;
  tasks: DraftTask[];
  active: number | null;
}) {
  const spans = tasks
    .flatMap((t, i) => t.spans.map((s) => ({ ...s, task: i })))
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark
        key={`${s.task}-${s.start}`}
        id={`span-${s.task}`}
        style={{ background: s.task === active ? '#ffd666' : '#fff1b8' }}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return (
    // a region that scrolls on its own: focusable, so the keyboard can scroll it too
    <section
      aria-label={vi.review.source}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1, a scrolling region must take focus
      tabIndex={0}
      style={{ whiteSpace: 'pre-wrap', maxHeight: '75vh', overflow: 'auto', fontSize: 13 }}
    >
      {parts}
    </section>
  );
}
