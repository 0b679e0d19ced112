import { Card, Col, List, Row } from 'antd';
import type { DraftTask } from '../../api/schema';
import { vi } from '../../text/vi';
import { SourceText } from '../source-text';
import type { Directory } from '../unit-picker';
import { type TaskActions, TaskEditor } from './task-editor';

/** The source text beside the tasks extracted from it (only the doubted ones when asked). */
export function TasksPane({
  sourceText,
  tasks,
  onlyWarnings,
  active,
  directory,
  errors,
  actions,
}: {
  sourceText: string;
  tasks: DraftTask[];
  onlyWarnings: boolean;
  active: number | null;
  directory: Directory;
  errors: Map<string, string>;
  actions: TaskActions;
}) {
  const shown = tasks.map((t, i) => ({ t, i })).filter(({ t }) => !onlyWarnings || t.warnings.length);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card title={vi.review.source} size="small">
          <SourceText text={sourceText} tasks={tasks} active={active} />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={`${vi.review.tasks} (${tasks.length})`} size="small">
          <List
            dataSource={shown}
            renderItem={({ t, i }) => (
              <TaskEditor
                key={t.id}
                task={t}
                index={i}
                isLast={i + 1 >= tasks.length}
                active={active === i}
                directory={directory}
                errors={errors}
                actions={actions}
              />
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
