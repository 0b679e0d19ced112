import { Typography } from 'antd';

/** The server's message under the field it is about (role="alert" so a screen reader says it). */
export function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
      {message}
    </Typography.Text>
  );
}
