import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, client } from '../api/client';
import { IsoDatePicker } from '../components/iso-date-picker';
import { QueryState } from '../components/query-state';
import { RestrictedScreen } from '../components/restricted-screen';
import { formatDate } from '../format';
import { vi } from '../text/vi';

const t = vi.reminderSettings;

type Settings = Awaited<ReturnType<typeof readSettings>>;
async function readSettings() {
  return (await client.api.settings.reminders.$get()).json();
}

const NUMBERS = [
  'escalateToHeadAfter',
  'escalateToOfficeAfter',
  'beforeCutoff',
  'claimUnverifiedAfter',
  'extensionUndecidedAfter',
] as const;
const SWITCHES = ['onDueDay', 'everyDayOverdue', 'missedReport'] as const;

/** "7, 3, 1" as [7, 3, 1]; null when it is not a list of whole numbers from 1 to 60. */
function dayList(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 1 && d <= 60) ? days : null;
}

function Rules() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings', 'reminders'], queryFn: readSettings });
  const save = useMutation({
    mutationFn: async (json: Partial<Settings>) =>
      (await client.api.settings.reminders.$put({ json })).json(),
    onSuccess: (saved) => {
      queryClient.setQueryData(['settings', 'reminders'], saved);
      message.success(t.saved);
    },
    onError: (err) => message.error(err.message),
  });
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t.rules}
        </Typography.Title>
      }
    >
      <QueryState query={settings}>
        {(s) => (
          <Form
            name="reminder-rules"
            layout="vertical"
            style={{ maxWidth: 560 }}
            initialValues={{ ...s, beforeDue: s.beforeDue.join(', ') }}
            onFinish={(v: Omit<Settings, 'beforeDue'> & { beforeDue: string }) =>
              save.mutate({ ...v, beforeDue: dayList(v.beforeDue) ?? [] })
            }
          >
            <Form.Item
              name="beforeDue"
              label={t.beforeDue}
              rules={[
                {
                  validator: (_, value: string) =>
                    dayList(value ?? '') ? Promise.resolve() : Promise.reject(new Error(t.beforeDueInvalid)),
                },
              ]}
            >
              <Input />
            </Form.Item>
            {NUMBERS.map((key) => (
              <Form.Item key={key} name={key} label={t[key]} rules={[{ required: true }]}>
                <InputNumber min={0} max={60} precision={0} />
              </Form.Item>
            ))}
            {SWITCHES.map((key) => (
              <Form.Item key={key} name={key} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t[key]}</Checkbox>
              </Form.Item>
            ))}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t.save}
            </Button>
          </Form>
        )}
      </QueryState>
    </Card>
  );
}

type Day = { date: string; kind: 'off' | 'working'; note?: string };

function Days() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [date, setDate] = useState<string | null>(null);
  const [kind, setKind] = useState<'off' | 'working'>('off');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const days = useQuery({
    queryKey: ['settings', 'calendar-days', year],
    queryFn: async () =>
      (await (await client.api.settings['calendar-days'].$get({ query: { year: String(year) } })).json())
        .items,
  });
  const change = useMutation({
    mutationFn: async (c: { set: Day } | { remove: string }) => {
      if ('remove' in c)
        await client.api.settings['calendar-days'][':date'].$delete({ param: { date: c.remove } });
      else
        await client.api.settings['calendar-days'][':date'].$put({
          param: { date: c.set.date },
          json: { kind: c.set.kind, note: c.set.note },
        });
    },
    onSuccess: async (_, c) => {
      message.success('remove' in c ? t.removed : t.daySaved);
      if ('set' in c) {
        setDate(null);
        setNote('');
        setYear(Number(c.set.date.slice(0, 4)));
      }
      await queryClient.invalidateQueries({ queryKey: ['settings', 'calendar-days'] });
    },
    onError: (err) => message.error(err.message),
  });
  const add = () => {
    if (!date) {
      setMissing(true);
      return;
    }
    setMissing(false);
    change.mutate({ set: { date, kind, note: note.trim() } });
  };
  return (
    <Card
      style={{ marginTop: 16 }}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t.days}
        </Typography.Title>
      }
      extra={
        <Space>
          <label htmlFor="calendar-year">{t.year}</label>
          <InputNumber
            id="calendar-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t.daysHint}</Typography.Paragraph>
      <Space wrap align="start" style={{ marginBottom: 16 }}>
        <Space direction="vertical" size={0}>
          <IsoDatePicker
            value={date}
            onChange={setDate}
            label={t.date}
            status={missing ? 'error' : undefined}
          />
          {missing && <Typography.Text type="danger">{t.dayRequired}</Typography.Text>}
        </Space>
        <Select<'off' | 'working'>
          aria-label={t.kind}
          value={kind}
          onChange={setKind}
          style={{ width: 150 }}
          options={[
            { value: 'off', label: t.kinds.off },
            { value: 'working', label: t.kinds.working },
          ]}
        />
        <Input
          aria-label={t.note}
          placeholder={t.note}
          value={note}
          maxLength={200}
          onChange={(e) => setNote(e.target.value)}
          style={{ width: 240 }}
        />
        <Button type="primary" onClick={add} loading={change.isPending}>
          {t.addDay}
        </Button>
      </Space>
      <QueryState query={days}>
        {(items) => (
          <Table<Day>
            rowKey="date"
            size="small"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: <Typography.Text type="secondary">{t.noDays}</Typography.Text> }}
            columns={[
              { title: t.date, render: (_, d) => formatDate(d.date) },
              { title: t.kind, render: (_, d) => t.kinds[d.kind] },
              { title: t.note, dataIndex: 'note' },
              {
                title: '',
                render: (_, d) => (
                  <Popconfirm
                    title={`${t.remove} ${formatDate(d.date)}?`}
                    onConfirm={() => change.mutate({ remove: d.date })}
                  >
                    <Button size="small" danger>
                      {t.remove}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

interface User {
  id: number;
  username: string;
  displayName: string;
  unitId: number | null;
  disabled: boolean;
}
interface Unit {
  id: number;
  name: string;
}

function Heads() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<number | null>(null);
  const heads = useQuery({
    queryKey: ['settings', 'unit-heads'],
    queryFn: async () => (await (await client.api.settings['unit-heads'].$get()).json()).items,
  });
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<{ items: User[] }>('/api/users') });
  const units = useQuery({
    queryKey: ['directory-units'],
    queryFn: () => api.get<{ items: Unit[] }>('/api/units'),
  });
  const set = useMutation({
    mutationFn: async ({ id, isHead }: { id: number; isHead: boolean }) =>
      client.api.settings['unit-heads'][':id'].$put({ param: { id: String(id) }, json: { isHead } }),
    onSuccess: async () => {
      message.success(t.headSaved);
      setChosen(null);
      await queryClient.invalidateQueries({ queryKey: ['settings', 'unit-heads'] });
    },
    onError: (err) => message.error(err.message),
  });
  const unitName = new Map((units.data?.items ?? []).map((u) => [u.id, u.name]));
  const headIds = new Set((heads.data ?? []).map((h) => h.userId));
  const options = (users.data?.items ?? [])
    .filter((u) => u.unitId !== null && !u.disabled && !headIds.has(u.id))
    .map((u) => ({
      value: u.id,
      label: `${u.displayName} (${u.username}) — ${unitName.get(u.unitId!) ?? ''}`,
    }));
  return (
    <Card
      style={{ marginTop: 16 }}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t.heads}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t.headsHint}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label={t.choosePerson}
          placeholder={t.choosePerson}
          showSearch
          optionFilterProp="label"
          value={chosen ?? undefined}
          onChange={setChosen}
          options={options}
          style={{ width: 420, maxWidth: '100%' }}
        />
        <Button
          type="primary"
          disabled={chosen === null}
          loading={set.isPending}
          onClick={() => chosen !== null && set.mutate({ id: chosen, isHead: true })}
        >
          {t.setHead}
        </Button>
      </Space>
      <QueryState query={heads}>
        {(items) => (
          <Table
            rowKey="userId"
            size="small"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: <Typography.Text type="secondary">{t.noHeads}</Typography.Text> }}
            columns={[
              { title: t.unit, dataIndex: 'unitName' },
              { title: t.person, render: (_, h) => `${h.displayName} (${h.username})` },
              {
                title: '',
                render: (_, h) => (
                  <Button size="small" onClick={() => set.mutate({ id: h.userId, isHead: false })}>
                    {t.unsetHead}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

/** The admin's đôn đốc settings: the reminder rules, the year's announced days, the unit heads. */
export function ReminderSettingsScreen() {
  return (
    <RestrictedScreen path="/cau-hinh-nhac-viec">
      <Typography.Title level={1}>{t.title}</Typography.Title>
      <Rules />
      <Days />
      <Heads />
    </RestrictedScreen>
  );
}
