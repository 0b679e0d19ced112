import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { vi } from '../text/vi';

dayjs.extend(customParseFormat);

/**
 * The Vietnamese date picker (dd/mm/yyyy, typed or picked) over a value kept as YYYY-MM-DD, the
 * form the API takes. "31/03/2027" typed in is read as a date, never sent as text.
 */
export function IsoDatePicker({
  value,
  onChange,
  label,
  status,
  size,
}: {
  value: string | null;
  onChange: (iso: string | null) => void;
  label: string;
  status?: 'error';
  size?: 'small' | 'middle';
}) {
  return (
    <DatePicker
      aria-label={label}
      size={size}
      status={status}
      format={['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'YYYY-MM-DD']}
      placeholder={vi.review.datePlaceholder}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      style={{ width: 150 }}
    />
  );
}
