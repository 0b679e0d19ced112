import { Button, Select, Space, Tag } from 'antd';
import type { UnitRef } from '../api/types';
import { vi } from '../text/vi';

export interface Directory {
  units: { id: number; name: string }[];
  groups: { id: number; name: string }[];
}

/** The value a unit reference has in a picker: "u:12" for a unit, "g:3" for a group. */
export function refValue(u: UnitRef): string | undefined {
  return u.unitId ? `u:${u.unitId}` : u.groupId ? `g:${u.groupId}` : undefined;
}

/** Matched units and groups to choose from; names not in the directory marked, with their candidates. */
export function UnitPicker({
  refs,
  directory,
  onChange,
  label,
}: {
  refs: UnitRef[];
  directory: Directory;
  onChange: (refs: UnitRef[]) => void;
  label: string;
}) {
  const options = [
    { label: 'Nhóm', options: directory.groups.map((g) => ({ value: `g:${g.id}`, label: g.name })) },
    { label: 'Đơn vị', options: directory.units.map((u) => ({ value: `u:${u.id}`, label: u.name })) },
  ];
  const nameOf = (value: string) => {
    const [kind, id] = value.split(':');
    return (
      (kind === 'g' ? directory.groups : directory.units).find((x) => x.id === Number(id))?.name ?? value
    );
  };
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      {refs
        .filter((u) => !refValue(u))
        .map((u) => (
          <div key={u.name}>
            <Tag color="red">{vi.review.unmatched}</Tag> {u.name}{' '}
            {u.candidates.slice(0, 3).map((c) => (
              <Button
                key={c.unitId}
                size="small"
                type="link"
                onClick={() =>
                  onChange(
                    refs.map((r) =>
                      r === u ? { ...r, unitId: c.unitId, match: 'chosen', candidates: [] } : r,
                    ),
                  )
                }
              >
                {c.name}
              </Button>
            ))}
          </div>
        ))}
      <Select
        mode="multiple"
        aria-label={label}
        placeholder={vi.review.chooseUnit}
        style={{ width: '100%' }}
        optionFilterProp="label"
        value={refs.map(refValue).filter(Boolean) as string[]}
        options={options}
        onChange={(values: string[]) => {
          const kept = refs.filter((r) => !refValue(r));
          const chosen = values.map((v) => {
            const existing = refs.find((r) => refValue(r) === v);
            if (existing) return existing;
            const [kind, id] = v.split(':');
            return {
              name: nameOf(v),
              unitId: kind === 'u' ? Number(id) : null,
              groupId: kind === 'g' ? Number(id) : null,
              match: 'chosen',
              candidates: [],
            };
          });
          onChange([...kept, ...chosen]);
        }}
      />
    </Space>
  );
}
