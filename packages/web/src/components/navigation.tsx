import { Drawer, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../text/vi';

type Items = { key: string; label: ReactNode }[];

/**
 * The screens' menu: in the header on a wide screen, in a drawer from the left below 1200 px
 * (the names do not fit in one row there, and no item may hide behind "…").
 */
export default function Navigation(
  props:
    | { kind: 'header'; items: Items; selected: string[] }
    | { kind: 'drawer'; items: Items; selected: string[]; who: string; open: boolean; onClose: () => void },
) {
  if (props.kind === 'header')
    return (
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={props.selected}
        items={props.items}
        disabledOverflow
        style={{ flex: 1, minWidth: 0 }}
      />
    );
  return (
    <Drawer open={props.open} onClose={props.onClose} placement="left" size={280} title={vi.appName}>
      <Typography.Paragraph type="secondary">{props.who}</Typography.Paragraph>
      <Menu
        mode="vertical"
        selectedKeys={props.selected}
        items={props.items}
        onClick={props.onClose}
        style={{ borderInlineEnd: 'none' }}
      />
    </Drawer>
  );
}
