import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Card, Col, Descriptions, Progress, Row, Tabs, Timeline, Typography } from 'antd';
import { api } from '../api/client';
import type { AssignmentDetail } from '../api/schema';
import { CardHeading } from '../components/card-heading';
import { CascadeForm } from '../components/cascade-form';
import { ExtensionRequestForm } from '../components/extension-request-form';
import { CancelForm, CommentForm, DeadlineForm, RemindForm } from '../components/office-actions';
import { QueryState } from '../components/query-state';
import { ClaimForm, ReportForm } from '../components/report-forms';
import { Flags, StatusBadge } from '../components/status';
import { describeEvent } from '../components/timeline-event';
import { useAction } from '../components/use-action';
import { VerificationForm } from '../components/verification-form';
import { formatDate, formatDateTime } from '../format';
import { vi } from '../text/vi';

export function AssignmentScreen(): React.JSX.Element {
  const { id } = getRouteApi('/app/nhiem-vu/$id').useParams();
  return <AssignmentPage id={Number(id)} />;
}

export function AssignmentPage({ id }: { id: number }) {
  const query = useQuery({
    queryKey: ['assignment', id],
    queryFn: () => api.get<AssignmentDetail>(`/api/assignments/${id}`),
  });
  const { run } = useAction();
  return (
    <QueryState query={query}>
      {(a) => {
        // the server says which steps this user may take on this assignment now
        const may = (step: string) =>
          a.abilities?.includes(`assignment.${step}` as NonNullable<typeof a.abilities>[number]) ?? false;
        const tabs = [
          may('report') && {
            key: 'report',
            label: vi.assignment.report,
            children: <ReportForm assignment={a} />,
          },
          may('claim') && {
            key: 'claim',
            label: vi.assignment.claim,
            children: <ClaimForm assignment={a} />,
          },
          may('request_extension') && {
            key: 'extension',
            label: vi.assignment.extension,
            children: <ExtensionRequestForm assignmentId={id} />,
          },
          may('cascade') && {
            key: 'cascade',
            label: vi.assignment.cascade,
            children: <CascadeForm assignmentId={id} unitId={a.unit.id} onDone={(action) => run(action)} />,
          },
          may('verify') && {
            key: 'verify',
            label: vi.assignment.verify,
            children: <VerificationForm assignmentId={id} />,
          },
          may('remind') && {
            key: 'remind',
            label: vi.office.remind,
            children: <RemindForm assignment={a} />,
          },
          may('change_deadline') && {
            key: 'deadline',
            label: vi.office.deadline,
            children: <DeadlineForm assignment={a} />,
          },
          may('cancel') && {
            key: 'cancel',
            label: vi.office.cancelAssignment,
            children: <CancelForm assignment={a} />,
          },
        ].filter(Boolean) as { key: string; label: string; children: React.ReactNode }[];
        return (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={<CardHeading>{vi.assignment.title}</CardHeading>}>
                <Typography.Paragraph style={{ fontSize: 16 }}>{a.task.text}</Typography.Paragraph>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={vi.assignment.source}>
                    {a.directive.number ?? ''} {a.directive.subject ?? ''}
                  </Descriptions.Item>
                  <Descriptions.Item label={vi.work.unit}>
                    {a.unit.name} · {vi.roleInTask[a.role]}
                  </Descriptions.Item>
                  <Descriptions.Item label={vi.assignment.dueNow}>{formatDate(a.dueDate)}</Descriptions.Item>
                  {a.originalDueDate !== a.dueDate && (
                    <Descriptions.Item label={vi.assignment.dueOriginal}>
                      {formatDate(a.originalDueDate)}
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={vi.work.status}>
                    <span data-testid="assignment-state">{vi.states[a.state]}</span>&nbsp;
                    <StatusBadge color={a.color} timeliness={a.timeliness} />
                    <Flags flags={a.flags} />
                  </Descriptions.Item>
                  <Descriptions.Item label={vi.work.progress}>
                    <Progress percent={a.percent} style={{ width: 200 }} aria-label={vi.work.progress} />
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              {tabs.length > 0 && (
                <Card style={{ marginTop: 16 }}>
                  <Tabs items={tabs} />
                </Card>
              )}
            </Col>
            <Col xs={24} lg={10}>
              <Card title={vi.assignment.timeline}>
                <Timeline
                  items={a.timeline.map((e) => ({
                    color:
                      e.kind === 'verification'
                        ? e.decision === 'accept'
                          ? 'green'
                          : 'red'
                        : e.kind === 'extension' || e.kind === 'deadline' || e.kind === 'reminder'
                          ? 'orange'
                          : e.kind === 'cancel'
                            ? 'gray'
                            : 'blue',
                    children: (
                      <>
                        <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
                        <div>{describeEvent(e)}</div>
                      </>
                    ),
                  }))}
                />
                {may('comment') && <CommentForm assignment={a} />}
              </Card>
            </Col>
          </Row>
        );
      }}
    </QueryState>
  );
}
