import { stringify } from 'csv-stringify/sync';
import type { PeriodicReport } from './build-report';
import { TASK_HEADERS, taskRow } from './report-text';

/** The table of tasks as CSV, UTF-8 with a byte-order mark so Excel reads the Vietnamese right. */
export function reportCsv(report: PeriodicReport): Buffer {
  const text = stringify([[...TASK_HEADERS], ...report.tasks.map(taskRow)], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
