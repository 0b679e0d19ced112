import { Col, Input, Row, Typography } from 'antd';
import { vi } from '../../text/vi';
import { IsoDatePicker } from '../iso-date-picker';
import type { DocumentFields } from './draft';
import { FieldError } from './field-error';

export type { DocumentFields };

/** The directive's own identity (số/ký hiệu, ngày, trích yếu, cơ quan ban hành, người ký), editable. */
export function DocumentFieldsEditor({
  value,
  onChange,
  errorAt,
}: {
  value: DocumentFields;
  onChange: (change: Partial<DocumentFields>) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const text = (key: 'number' | 'subject' | 'issuer' | 'signer', label: string) => (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Input
        aria-label={label}
        status={errorAt(key) ? 'error' : undefined}
        value={value[key] ?? ''}
        onChange={(e) => onChange({ [key]: e.target.value || null })}
      />
      <FieldError message={errorAt(key)} />
    </div>
  );
  return (
    <Row gutter={[12, 8]}>
      <Col xs={24} md={8}>
        {text('number', vi.review.number)}
      </Col>
      <Col xs={24} md={6}>
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {vi.review.issuedOn}
        </Typography.Text>
        <IsoDatePicker
          label={vi.review.issuedOn}
          status={errorAt('issuedOn') ? 'error' : undefined}
          value={value.issuedOn}
          onChange={(issuedOn) => onChange({ issuedOn })}
        />
        <FieldError message={errorAt('issuedOn')} />
      </Col>
      <Col xs={24} md={10}>
        {text('issuer', vi.review.issuer)}
      </Col>
      <Col xs={24} md={16}>
        {text('subject', vi.review.subject)}
      </Col>
      <Col xs={24} md={8}>
        {text('signer', vi.review.signer)}
      </Col>
    </Row>
  );
}
