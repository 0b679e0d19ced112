import fc from 'fast-check';

/** A JSON Schema as zod writes it into the OpenAPI document (the parts the routes use). */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  format?: string;
}

/** Values that have broken servers before: NUL bytes, impossible dates, ids past 2^31, odd text. */
export const HOSTILE: unknown[] = [
  '\u0000',
  'a\u0000b',
  '',
  '   ',
  'x'.repeat(3000),
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-99-99',
  '2025-1-1',
  '\uD800',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '١٢٣',
  'null',
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  -1,
  0,
  1.5,
  1e308,
  true,
  false,
  null,
  [],
  {},
  [null],
  { $ne: 1 },
];

export const hostile = fc.constantFrom(...HOSTILE);

const DATE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;

const dates = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2100 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2025-06-30', '2024-02-29', '2025-02-29', '2025-04-31'),
);

function text(min = 0, max = 60): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(max, 60) }),
    fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 40) }),
    fc.constantFrom(
      'Sở Tài chính',
      'Ủy ban nhân dân tỉnh Thử Nghiệm',
      'https://example.gov.vn/a',
      'a'.repeat(64),
    ),
  );
}

/** Mostly what the schema allows, sometimes not quite, sometimes hostile. */
export function fromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: valid(schema, depth) }, { weight: 1, arbitrary: hostile });
}

function valid(s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.anyOf) return fc.oneof(...s.anyOf.map((x) => valid(x, depth)));
  switch (s.type) {
    case 'string':
      if (s.pattern && DATE.test(s.pattern)) return dates;
      if (s.pattern?.includes('0-9a-f')) return fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), text());
      if (s.format === 'uri') return fc.oneof(fc.webUrl(), text());
      return text(s.minLength ?? 0, s.maxLength ?? 60);
    case 'integer':
      return fc.oneof(
        fc.integer({
          min: s.minimum ?? (s.exclusiveMinimum ?? -1000) + 1,
          max: Math.min(s.maximum ?? 1000, 1000),
        }),
        fc.integer({ min: 1, max: 12 }),
      );
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(fromSchema(s.items ?? {}, depth + 1), { maxLength: Math.min(s.maxItems ?? 3, 3) });
    case 'object': {
      if (depth > 3) return fc.constant({});
      const props = s.properties ?? {};
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, depth + 1)]));
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc.record(shape, { requiredKeys: s.required?.filter((k) => k in props) ?? [] }),
        },
        { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
      );
    }
    default:
      return fc.oneof(text(), fc.integer(), fc.constant(null));
  }
}

/** A path parameter: a real id (1–12) most of the time, otherwise something a URL can carry. */
export function pathParam(name: string): fc.Arbitrary<string> {
  if (name === 'sha256')
    return fc.oneof(
      fc.stringMatching(/^[0-9a-f]{64}$/),
      fc.constantFrom('..%2F..%2Fetc%2Fpasswd', 'A'.repeat(64), '%00'),
    );
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 12 }).map(String) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        '2147483648',
        '9007199254740993',
        '1e3',
        'abc',
        '%00',
        '1.5',
        '١',
        ' 1',
      ),
    },
  );
}

/** A query-string value for a parameter of this schema. */
export function queryValue(schema: JsonSchema): fc.Arbitrary<string> {
  return fromSchema(schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')));
}

/** A body that is not what it claims: broken JSON, broken multipart, a wrong type. */
export const brokenBody = fc.constantFrom(
  { contentType: 'application/json', body: '{"a":' },
  { contentType: 'application/json', body: '\u0000' },
  { contentType: 'application/json', body: '[]' },
  { contentType: 'application/json', body: '"x"' },
  {
    contentType: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
  },
  { contentType: 'multipart/form-data', body: 'no boundary at all' },
  {
    contentType: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n\u0000\u0001\r\n--zz--\r\n',
  },
  { contentType: 'text/csv', body: 'name,kind\n\u0000,other\n' },
  { contentType: 'text/csv', body: 'name,short_name,kind,parent,aliases\n"unterminated,other,,\n' },
  { contentType: 'text/plain', body: 'hello' },
);
