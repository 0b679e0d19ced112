import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { vi } from '../text/vi';

/** Hands the assignment down to units below the assignee; their progress rolls up into this one. */
export function CascadeForm({
  assignmentId,
  unitId,
  onDone,
}: {
  assignmentId: number;
  unitId: number;
  onDone: (action: () => Promise<unknown>) => void;
}) {
  const units = useQuery({
    queryKey: ['directory-units'],
    queryFn: () => api.get<{ items: { id: number; parent_id: number | null; name: string }[] }>('/api/units'),
    staleTime: 300_000,
  });
  const [chosen, setChosen] = useState<number[]>([]);
  const below = (units.data?.items ?? []).filter((u) => {
    let parent = u.parent_id;
    const all = units.data?.items ?? [];
    while (parent !== null) {
      if (parent === unitId) return true;
      parent = all.find((x) => x.id === parent)?.parent_id ?? null;
    }
    return false;
  });
  if (units.isSuccess && below.length === 0)
    return <Typography.Text type="secondary">{vi.assignment.noChildUnits}</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        mode="multiple"
        aria-label={vi.assignment.cascade}
        style={{ width: '100%' }}
        loading={units.isPending}
        value={chosen}
        onChange={setChosen}
        options={below.map((u) => ({ value: u.id, label: u.name }))}
      />
      <Button
        disabled={!chosen.length}
        onClick={() =>
          onDone(() => api.post(`/api/assignments/${assignmentId}/cascade`, { unitIds: chosen }))
        }
      >
        {vi.assignment.cascade}
      </Button>
    </Space>
  );
}
