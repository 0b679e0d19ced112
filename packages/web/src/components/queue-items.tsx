import { LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, List, Typography } from 'antd';
import { api } from '../api/client';
import type { AssignmentDetail, ListItem, ObstacleItem, PendingExtension } from '../api/schema';
import { formatDate, formatDateTime } from '../format';
import { vi } from '../text/vi';
import { ExtensionDecision } from './extension-decision';
import { ObstacleActions } from './obstacle-actions';
import { VerificationForm } from './verification-form';

/* The items of the office's queues (pages/queues.tsx): claims, extension requests, obstacles. */

/** A claim with its evidence shown inline, to accept or return with a reason. */
export function ClaimCard({ item }: { item: ListItem }) {
  const detail = useQuery({
    queryKey: ['assignment', item.id],
    queryFn: () => api.get<AssignmentDetail>(`/api/assignments/${item.id}`),
  });
  const claim = detail.data?.timeline.filter((e) => e.kind === 'report').at(-1);
  return (
    <Card size="small" data-testid={`claim-${item.id}`}>
      <Link to="/nhiem-vu/$id" params={{ id: String(item.id) }}>
        {item.task.text.slice(0, 200)}
      </Link>
      <div>
        <Typography.Text type="secondary">
          {item.unit.name} · {vi.work.due}: {formatDate(item.dueDate)}
        </Typography.Text>
      </div>
      {claim && (
        <div style={{ margin: '8px 0' }}>
          <div>{claim.narrative}</div>
          {claim.evidence?.map((e) => (
            <div key={e.sha256 ?? e.url}>
              {e.sha256 ? (
                <a href={`/api/files/${e.sha256}`} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {e.fileName ?? e.sha256.slice(0, 12)}
                </a>
              ) : (
                <a href={e.url ?? '#'} target="_blank" rel="noreferrer">
                  <LinkOutlined /> {e.url}
                </a>
              )}
            </div>
          ))}
        </div>
      )}
      {item.abilities?.includes('assignment.verify') && <VerificationForm assignmentId={item.id} />}
    </Card>
  );
}

/** A request for more time: the dates, the reason, a forward by the office, and the decision. */
export function ExtensionItem({ extension }: { extension: PendingExtension }) {
  return (
    <List.Item>
      <div style={{ width: '100%' }}>
        <List.Item.Meta
          title={
            <Link to="/nhiem-vu/$id" params={{ id: String(extension.assignmentId) }}>
              {extension.taskText.slice(0, 160)}
            </Link>
          }
          description={`${extension.unitName} · ${vi.queues.from} ${formatDate(extension.previousDue)} ${vi.queues.to} ${formatDate(extension.requestedDue)} · ${extension.reason}`}
        />
        {extension.forwardedAt && (
          <Typography.Text>
            {vi.office.forwarded} · {extension.forwardedBy} · {formatDateTime(extension.forwardedAt)}
            {extension.forwardNote ? ` · ${extension.forwardNote}` : ''}
          </Typography.Text>
        )}
        <ExtensionDecision
          id={extension.id}
          requestedDue={extension.requestedDue}
          abilities={extension.abilities}
        />
      </div>
    </List.Item>
  );
}

/** An obstacle a unit reported: the steps taken on it, and those the user may take now. */
export function ObstacleItemView({ obstacle }: { obstacle: ObstacleItem }) {
  return (
    <List.Item>
      <div style={{ width: '100%' }}>
        <List.Item.Meta
          title={
            <Link to="/nhiem-vu/$id" params={{ id: String(obstacle.assignmentId) }}>
              {obstacle.taskText.slice(0, 160)}
            </Link>
          }
          description={`${obstacle.unitName} · ${formatDateTime(obstacle.createdAt)} · ${vi.office.obstacleStates[obstacle.state]}`}
        />
        <Typography.Paragraph style={{ marginBottom: 4 }}>{obstacle.obstacles}</Typography.Paragraph>
        {obstacle.actions.map((act) => (
          <div key={`${act.action}-${act.at}`}>
            <Typography.Text type="secondary">
              {vi.office.obstacleActions[act.action]} · {act.by} · {formatDateTime(act.at)}
            </Typography.Text>
            {act.message ? ` — ${act.message}` : ''}
          </div>
        ))}
        <ObstacleActions reportId={obstacle.id} abilities={obstacle.abilities} />
      </div>
    </List.Item>
  );
}
