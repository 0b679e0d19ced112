import { fold } from '@dondoc/domain';
import { Button, Select, Space, Tag } from 'antd';
import type { UnitRef } from '../api/schema';
import { vi } from '../text/vi';
import { refValue } from './review/draft';

export interface Directory {
  units: { id: number; name: string; short_name?: string | null; aliases?: string[] }[];
  groups: { id: number; name: string; aliases?: string[] }[];
}

export { refValue };

/** The directory's name for a reference's unit or group. */
export function directoryName(directory: Directory, u: { unitId: number | null; groupId: number | null }) {
  if (u.unitId) return directory.units.find((x) => x.id === u.unitId)?.name;
  if (u.groupId) return directory.groups.find((x) => x.id === u.groupId)?.name;
  return undefined;
}

/** Accent-insensitive search over names, short names and aliases, as the server's search folds. */
export function matchesTyped(input: string, option?: { search?: string }): boolean {
  return (option?.search ?? '').includes(fold(input));
}

/**
 * Matched units and groups to choose from; names not in the directory marked, with their
 * candidates; a unit a machine chose marked until a person confirms it; a name a person matched
 * can be saved as an alias so the next import matches it by itself.
 */
export function UnitPicker({
  refs,
  directory,
  onChange,
  onSaveAlias,
  label,
}: {
  refs: UnitRef[];
  directory: Directory;
  onChange: (refs: UnitRef[]) => void;
  onSaveAlias?: (ref: UnitRef) => void;
  label: string;
}) {
  const options = [
    {
      label: 'Nhóm',
      options: directory.groups.map((g) => ({
        value: `g:${g.id}`,
        label: g.name,
        search: [g.name, ...(g.aliases ?? [])].map(fold).join(' | '),
      })),
    },
    {
      label: 'Đơn vị',
      options: directory.units.map((u) => ({
        value: `u:${u.id}`,
        label: u.name,
        search: [u.name, u.short_name ?? '', ...(u.aliases ?? [])].map(fold).join(' | '),
      })),
    },
  ];
  const replace = (u: UnitRef, change: Partial<UnitRef>) =>
    onChange(refs.map((r) => (r === u ? { ...r, ...change } : r)));
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      {refs
        .filter((u) => !refValue(u))
        .map((u) => (
          <div key={u.name}>
            <Tag color="red">{vi.review.unmatched}</Tag> {u.name}{' '}
            {u.candidates.slice(0, 3).map((c) => (
              <Button
                key={`${c.unitId}-${c.groupId}`}
                size="small"
                type="link"
                onClick={() =>
                  replace(u, { unitId: c.unitId, groupId: c.groupId, match: 'chosen', candidates: [] })
                }
              >
                {c.name}
              </Button>
            ))}
          </div>
        ))}
      {refs
        .filter((u) => refValue(u) && (u.match === 'suggested' || u.match === 'chosen'))
        .filter((u) => u.match === 'suggested' || (onSaveAlias && u.name !== directoryName(directory, u)))
        .map((u) => (
          <div key={`${u.name}-${refValue(u)}`} data-testid="unit-written">
            {u.match === 'suggested' && <Tag color="gold">{vi.review.suggested}</Tag>}“{u.name}” →{' '}
            {directoryName(directory, u)}{' '}
            {u.match === 'suggested' && (
              <Button size="small" type="link" onClick={() => replace(u, { match: 'chosen' })}>
                {vi.review.confirm}
              </Button>
            )}
            {onSaveAlias && u.name !== directoryName(directory, u) && (
              <Button size="small" type="link" onClick={() => onSaveAlias(u)}>
                {vi.review.saveAlias}
              </Button>
            )}
          </div>
        ))}
      <Select
        mode="multiple"
        aria-label={label}
        placeholder={vi.review.chooseUnit}
        style={{ width: '100%' }}
        filterOption={(input, option) => matchesTyped(input, option as { search?: string })}
        value={refs.map(refValue).filter(Boolean) as string[]}
        options={options}
        onChange={(values: string[]) => {
          // a unit picked takes the place of the first name not yet matched, keeping the name as
          // written, so the office can save it as an alias
          const unmatched = refs.filter((r) => !refValue(r));
          const chosen = values.map((v) => {
            const existing = refs.find((r) => refValue(r) === v);
            if (existing) return existing;
            const [kind, id] = v.split(':');
            const ref = {
              unitId: kind === 'u' ? Number(id) : null,
              groupId: kind === 'g' ? Number(id) : null,
            };
            const written = unmatched.shift()?.name;
            return {
              name: written ?? directoryName(directory, ref) ?? v,
              ...ref,
              match: 'chosen',
              candidates: [],
            };
          });
          onChange([...unmatched, ...chosen]);
        }}
      />
    </Space>
  );
}
