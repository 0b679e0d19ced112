import { LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import type { TimelineEvent } from '../api/types';
import { formatDate } from '../format';
import { vi } from '../text/vi';

/** One entry of an assignment's history: a report with its evidence, a verification, an extension. */
export function describeEvent(e: TimelineEvent) {
  if (e.kind === 'report') {
    return (
      <>
        <Typography.Text strong>
          {vi.assignment.eventReport} · {e.percent}%
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{e.by}</Typography.Text>
        <div>{e.narrative}</div>
        {e.obstacles && <Alert type="warning" showIcon message={e.obstacles} style={{ marginTop: 4 }} />}
        {e.evidence?.map((ev) =>
          ev.sha256 ? (
            <div key={ev.sha256}>
              <a href={`/api/files/${ev.sha256}`} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {ev.fileName ?? ev.sha256.slice(0, 12)}
              </a>
            </div>
          ) : (
            <div key={ev.url}>
              <a
                href={/^https?:\/\//i.test(ev.url ?? '') ? (ev.url ?? undefined) : undefined}
                target="_blank"
                rel="noreferrer"
              >
                <LinkOutlined /> {ev.url}
              </a>
            </div>
          ),
        )}
      </>
    );
  }
  if (e.kind === 'verification') {
    return (
      <>
        <Typography.Text strong>
          {e.decision === 'accept'
            ? vi.assignment.eventVerificationAccept
            : vi.assignment.eventVerificationReturn}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{e.by}</Typography.Text>
        {e.reason && <div>{e.reason}</div>}
      </>
    );
  }
  return (
    <>
      <Typography.Text strong>
        {vi.assignment.eventExtension}: {formatDate(e.previousDue)} → {formatDate(e.requestedDue)} (
        {vi.assignment.extensionStates[e.state ?? '']})
      </Typography.Text>
      <div>{e.reason}</div>
      {e.note && <div>{e.note}</div>}
    </>
  );
}
