import { LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import type { TimelineEvent } from '../api/schema';
import { formatDate, formatDateTime } from '../format';
import { vi } from '../text/vi';
import { ExtensionDecision } from './extension-decision';
import { ObstacleActions } from './obstacle-actions';

/**
 * One entry of an assignment's history: a report with its evidence and obstacle, a verification,
 * an extension, a comment, a reminder, a deadline change, a cancel; with the steps one may take.
 */
export function describeEvent(e: TimelineEvent) {
  if (e.kind === 'report') {
    return (
      <>
        <Typography.Text strong>
          {vi.assignment.eventReport} · {e.percent}%
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{e.by}</Typography.Text>
        <div>{e.narrative}</div>
        {e.obstacles && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 4 }}
            message={e.obstacles}
            description={e.obstacleState ? vi.office.obstacleStates[e.obstacleState] : undefined}
          />
        )}
        {e.reportId !== undefined && e.abilities?.length ? (
          <ObstacleActions reportId={e.reportId} abilities={e.abilities} />
        ) : null}
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
  if (e.kind === 'extension') return describeExtension(e);
  const title =
    e.kind === 'obstacle'
      ? `${vi.office.eventObstacle}: ${vi.office.obstacleActions[e.action ?? ''] ?? ''}`
      : {
          comment: vi.office.eventComment,
          reminder: vi.office.eventReminder,
          deadline: vi.office.eventDeadline,
          cancel: vi.office.eventCancel,
        }[e.kind];
  // what was written with it: a comment's body, a reminder's or obstacle step's message, a reason
  const text = 'body' in e ? e.body : 'message' in e ? e.message : 'reason' in e ? e.reason : undefined;
  return (
    <>
      <Typography.Text strong>
        {title}
        {e.kind === 'deadline' && `: ${formatDate(e.previousDue)} → ${formatDate(e.newDue)}`}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">{e.by}</Typography.Text>
      {e.kind === 'deadline' && (
        <div>{vi.office.decision(e.decisionRef ?? '', formatDate(e.decisionDate), e.decidedBy ?? '')}</div>
      )}
      {text && <div>{text}</div>}
    </>
  );
}

function describeExtension(e: Extract<TimelineEvent, { kind: 'extension' }>) {
  return (
    <>
      <Typography.Text strong>
        {vi.assignment.eventExtension}: {formatDate(e.previousDue)} → {formatDate(e.requestedDue)} (
        {vi.assignment.extensionStates[e.state ?? '']})
      </Typography.Text>
      <div>{e.reason}</div>
      {e.forwardedAt && (
        <div>
          {vi.office.forwarded} · {e.forwardedBy} · {formatDateTime(e.forwardedAt)}
          {e.forwardNote ? ` · ${e.forwardNote}` : ''}
        </div>
      )}
      {e.decidedAt && (
        <div>
          {vi.office.decidedWhen(e.decidedBy ?? '', formatDateTime(e.decidedAt))}
          {e.approvedDue ? ` · ${vi.office.granted} ${formatDate(e.approvedDue)}` : ''}
        </div>
      )}
      {e.note && <div>{e.note}</div>}
      {e.id !== undefined && e.requestedDue && e.abilities?.length ? (
        <ExtensionDecision id={e.id} requestedDue={e.requestedDue} abilities={e.abilities} />
      ) : null}
    </>
  );
}
