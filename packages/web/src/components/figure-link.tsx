import { Link } from '@tanstack/react-router';
import { vi } from '../text/vi';

/** The filters of the list behind a dashboard figure; `lead` is added, as the dashboard counts. */
export interface FigureFilter {
  color?: 'green' | 'yellow' | 'red';
  timeliness?: string;
  unitId?: number;
  directiveId?: number;
  programme?: string;
}

/** A dashboard count that opens the list it counts, with the dashboard's own definition. */
export function FigureLink({ n, filter, label }: { n: number; filter: FigureFilter; label: string }) {
  if (!n) return <span>0</span>;
  return (
    <Link to="/danh-sach" search={{ ...filter, lead: true }} aria-label={vi.dashboard.openList(label, n)}>
      {n.toLocaleString('vi-VN')}
    </Link>
  );
}
