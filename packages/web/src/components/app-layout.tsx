import { MenuOutlined } from '@ant-design/icons';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { Button, Grid, Layout, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLogout, useUser } from '../auth';
import { mayOpen } from '../screens';
import { vi } from '../text/vi';
import { SessionExpiry } from './session-expiry';

const { Header, Content } = Layout;

/** The menu (antd's Menu and Drawer) is a chunk of its own: a phone shows it only when asked. */
const loadNavigation = () => import('./navigation');
const Navigation = lazy(loadNavigation);

/** The header shows who is signed in and for which unit, and the screens their role uses. */
export function AppLayout() {
  const user = useUser();
  const logout = useLogout();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const screens = Grid.useBreakpoint();
  // below 1200 px the screens' names do not fit in one row: a drawer, not a menu that hides
  // some items (focusable links under aria-hidden) behind "…"
  const compact = !screens.xl;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // the drawer is loaded at the first tap on the menu button (and fetched once the screen is idle)
  const [drawerUsed, setDrawerUsed] = useState(false);
  useEffect(() => {
    const soon = setTimeout(() => void loadNavigation(), 2000);
    return () => clearTimeout(soon);
  }, []);
  // the abilities the server reports decide which screens are offered
  const may = user.abilities;
  const items = [
    !may?.seesAllUnits && {
      key: '/viec',
      label: <Link to="/viec">{vi.nav.work}</Link>,
    },
    mayOpen(may, '/hang-cho') && {
      key: '/hang-cho',
      label: <Link to="/hang-cho">{vi.nav.queues}</Link>,
    },
    mayOpen(may, '/nhap-van-ban') && {
      key: '/nhap-van-ban',
      label: <Link to="/nhap-van-ban">{vi.nav.import}</Link>,
    },
    { key: '/van-ban', label: <Link to="/van-ban">{vi.nav.directives}</Link> },
    { key: '/tong-hop', label: <Link to="/tong-hop">{vi.nav.dashboard}</Link> },
    { key: '/tim-kiem', label: <Link to="/tim-kiem">{vi.nav.search}</Link> },
    { key: '/huong-dan', label: <Link to="/huong-dan">{vi.nav.help}</Link> },
    mayOpen(may, '/quan-tri') && { key: '/quan-tri', label: <Link to="/quan-tri">{vi.nav.admin}</Link> },
  ].filter(Boolean) as { key: string; label: React.ReactNode }[];
  const selected = [items.find((i) => path.startsWith(i.key))?.key ?? ''];
  const who = `${user.displayName} · ${vi.roles[user.role]}${user.unit ? ` · ${user.unit.name}` : ''}`;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: screens.md ? 24 : 8 }}>
        {compact && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={vi.shell.openMenu}
            onClick={() => {
              setDrawerUsed(true);
              setDrawerOpen(true);
            }}
            style={{ color: '#fff' }}
          />
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, flex: compact ? 1 : undefined }}>
          {vi.appName}
        </Typography.Text>
        {!compact && (
          <Suspense fallback={<div style={{ flex: 1 }} />}>
            <Navigation kind="header" items={items} selected={selected} />
          </Suspense>
        )}
        <Space size="small" wrap={false}>
          {screens.md && (
            <Typography.Text style={{ color: '#fff' }} data-testid="who">
              {who}
            </Typography.Text>
          )}
          <Link to="/tai-khoan">
            <Button size="small">{vi.account.title}</Button>
          </Link>
          <Button size="small" onClick={logout}>
            {vi.login.logout}
          </Button>
        </Space>
      </Header>
      <Content style={{ padding: screens.md ? 24 : 8 }}>
        <Outlet />
      </Content>
      <SessionExpiry />
      {compact && drawerUsed && (
        <Suspense fallback={null}>
          <Navigation
            kind="drawer"
            items={items}
            selected={selected}
            who={who}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
          />
        </Suspense>
      )}
    </Layout>
  );
}
