import type { Schema } from './openapi';
import { deepJson, jsonText, RawJson } from './values';

/** Bad path parameters, as sent (already percent-encoded where they need it). */
export const PATH_VALUES: readonly [string, string][] = [
  ['dot dot', '..'],
  ['dot', '.'],
  ['encoded dot dot', '%2e%2e'],
  ['dot dot slash', '..%2F..%2Fapi%2Fusers'],
  ['encoded slash', 'a%2Fb'],
  ['NUL', '%00'],
  ['NUL inside', 'abc%00def'],
  ['101 characters', 'p'.repeat(101)],
  ['5000 characters', 'q'.repeat(5000)],
  ['bad percent-encoding', '%zz'],
  ['invalid UTF-8', '%ff%fe'],
  ['negative', '-1'],
  ['huge number', '99999999999999999999999'],
  ['emoji', '%F0%9F%92%A9'],
  ['quote', '%27%20OR%201%3D1--'],
  ['backslash dot dot', '%5C..%5C'],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['uuid without dashes', '7d3f1c2a5b6e4f809a1b2c3d4e5f6a7b'],
  ['space', '%20'],
];

/** Bad query values by the parameter's kind, as sent. */
export const QUERY_VALUES: Record<string, readonly string[]> = {
  number: ['abc', '-1', '1.5', '1e309', '99999999999999999999', '', '0x10', 'NaN', '%00'],
  boolean: ['maybe', '1', 'TRUE', '', '%00'],
  enum: ['not_a_value', 'a%2Cb%2C%2C', '%00', 'x'.repeat(3000)],
  uuid: ['not-a-uuid', '%00', '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b%00', 'x'.repeat(3000)],
  'date-time': ['yesterday', '2024-13-45T99%3A99%3A99Z', '99999-01-01T00%3A00%3A00Z', '%00'],
  string: ['x'.repeat(5000), '%00', 'a%00b', '%ff%fe', '%', '%F0%9F%92%A9'],
  sort: ['-', 'nope', '-created_at%2C-created_at', 's'.repeat(500), '%2C%2C', '%00', '-created_at%00'],
};

/** Bad values of the headers operations declare. */
export const HEADER_VALUES: Record<string, readonly string[]> = {
  'if-match': ['"abc"', '*', '"99999999999999999999"', 'W/"1"', '"-1"', '"1.5"', `"${'9'.repeat(7000)}"`],
  'if-none-match': ['"abc"', '*', '"99999999999999999999"', `"${'9'.repeat(7000)}"`],
  'idempotency-key': ['k'.repeat(5000), ' ', 'key with spaces'],
  'last-event-id': [
    '99999999999999999999-99999999999999999999',
    '18446744073709551616-0',
    '99999999999',
    '9999999999',
    '-1',
    'abc',
    '0-0',
  ],
};

/** Odd identity headers, each sent in place of the suite's own. */
export const IDENTITY_VALUES: readonly [string, string][] = [
  ['x-user-email', `${'e'.repeat(400)}@example.com`],
  ['x-user-email', 'no-at-sign'],
  ['x-user-id', 'u'.repeat(500)],
  ['x-user-id', 'a b'],
  ['x-telegram-id', '99999999999999999999'],
  ['x-telegram-id', '-1'],
  ['x-service-token', 'not-the-token'],
  ['x-request-id', 'r'.repeat(5000)],
];

/** Odd X-API-Key values (an app's own key header), each sent in place of the suite's key: every one a 401. */
export const API_KEY_VALUES: readonly [string, string][] = [
  ['unknown org key', `slwo_${'A'.repeat(43)}`],
  ['org key, wrong length', 'slwo_abc'],
  ['org key with a quote', `slwo_' OR '1'='1${'-'.repeat(30)}`],
  ['org key prefix only', 'slwo_'],
  ['empty', ''],
  ['201 characters', 'k'.repeat(201)],
  ['5000 characters', 'k'.repeat(5000)],
  ['latin-1', 'cl\u00e9-\u00fcn\u00efcode'],
  ['a bearer token', 'Bearer slwo_abc'],
  ['two keys', `slwo_${'A'.repeat(43)}, slwo_${'B'.repeat(43)}`],
];

const CSV_HEADER = 'code,name,level,parent_code,daily_budget,monthly_budget,budget_enforcement';
const csvRows = (count: number, row: (i: number) => string) =>
  [CSV_HEADER, ...Array.from({ length: count }, (_, i) => row(i))].join('\n');

/** Files for a route that also reads text/csv (the hierarchy import): label, body. */
export const CSV_BODIES: readonly [string, string | Buffer][] = [
  ['valid', `${CSV_HEADER}\r\ncsv-a,CSV A,department,,10.00,,hard\r\n`],
  ['header only', CSV_HEADER],
  ['empty', ''],
  ['only line breaks', '\n\r\n\n'],
  ['BOM', `\ufeff${CSV_HEADER}\ncsv-b,CSV B,department,,,,\n`],
  ['unterminated quote', `${CSV_HEADER}\n"csv-c,CSV C,department,,,,\n`],
  ['quote inside a field', `${CSV_HEADER}\ncsv-d,"CSV ""D""",department,,,,\n`],
  ['NUL', `${CSV_HEADER}\ncsv-e,CSV\u0000E,department,,,,\n`],
  [
    'invalid UTF-8',
    Buffer.concat([
      Buffer.from(`${CSV_HEADER}\ncsv-f,`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(',department,,,,\n'),
    ]),
  ],
  ['unknown column', 'code,name,level,secret\ncsv-g,CSV G,department,x\n'],
  ['column named twice', 'code,code,name,level\ncsv-h,csv-h,CSV H,department\n'],
  ['required columns missing', 'name\nCSV I\n'],
  ['short row', `${CSV_HEADER}\ncsv-j\n`],
  ['long row', `${CSV_HEADER}\ncsv-k,CSV K,department,,,,,,,extra\n`],
  ['semicolons', `${CSV_HEADER.replace(/,/g, ';')}\ncsv-l;CSV L;department;;;;\n`],
  ['formulas', `${CSV_HEADER}\n=cmd|' /C calc'!A0,=1+1,department,,,,\n`],
  ['huge budget', `${CSV_HEADER}\ncsv-m,CSV M,department,,${'9'.repeat(40)}.99,-1,hard\n`],
  ['unknown level and enforcement', `${CSV_HEADER}\ncsv-n,CSV N,no_such_level,,,,maybe\n`],
  ['over-long name', `${CSV_HEADER}\ncsv-o,${'n'.repeat(100_000)},department,,,,\n`],
  ['parent cycle', `${CSV_HEADER}\ncsv-p,P,department,csv-q,,,\ncsv-q,Q,team,csv-p,,,\n`],
  [
    'parent chain 50 deep',
    csvRows(50, (i) => `chain-${i},Chain ${i},department,${i ? `chain-${i - 1}` : ''},,,`),
  ],
  ['code twice', `${CSV_HEADER}\ncsv-r,R,department,,,,\ncsv-r,R again,department,,,,\n`],
  ['501 rows', csvRows(501, (i) => `row-${i},Row ${i},department,,,,`)],
  ['CR line endings', `${CSV_HEADER}\rcsv-s,CSV S,department,,,,\r`],
];

/** CSV media types besides a plain text/csv. */
export const CSV_TYPES: readonly string[] = [
  'text/csv; charset=utf-8',
  'text/csv; charset=utf-16',
  'TEXT/CSV',
];

/** Bodies under content types a JSON route does not read: label, content type, body. */
export const CONTENT_TYPES: readonly [string, string | undefined, string][] = [
  ['text/plain', 'text/plain', '{"a":1}'],
  ['application/xml', 'application/xml', '<a>1</a>'],
  ['form-urlencoded', 'application/x-www-form-urlencoded', 'a=1&b=%00'],
  [
    'multipart',
    'multipart/form-data; boundary=x',
    '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
  ],
  ['no content type', undefined, '{"a":1}'],
  ['json utf-16', 'application/json; charset=utf-16', '{"a":1}'],
  ['json with params', 'application/json; charset=utf-8; x=y', '{}'],
  ['vendor json', 'application/vnd.slipway+json', '{}'],
];

/** Bodies that are not JSON an object route accepts. */
export const MALFORMED_JSON: readonly [string, string][] = [
  ['truncated', '{"a":'],
  ['unquoted keys', '{a:1}'],
  ['trailing garbage', '{} {}'],
  ['NUL byte', '{"a":"\u0000"}'],
  ['escaped NUL key', '{"\\u0000":1}'],
  ['empty', ''],
  ['BOM', '\ufeff{}'],
  ['only whitespace', '   '],
  ['constructor pollution', '{"constructor":{"prototype":{"polluted":true}}}'],
  ['proto pollution', '{"__proto__":{"polluted":true}}'],
];

/** Valid JSON of the wrong shape for the whole body. */
export const WHOLE_BODIES: readonly [string, string][] = [
  ['array body', '[]'],
  ['array of objects', '[{},{}]'],
  ['string body', '"text"'],
  ['number body', '42'],
  ['null body', 'null'],
  ['true body', 'true'],
  ['empty object', '{}'],
  ['arrays 5000 deep', deepJson(5000, 'array')],
  ['nested 100 deep', deepJson(100)],
];

/** Bad values every property of their type gets; the others are sampled. */
export const ALWAYS = new Set(['NUL', 'over-long', 'enum', 'huge', 'unknown uuid']);

export interface BadValue {
  label: string;
  value: unknown;
}

const OVER_LONG = 100_000;

/** Values a field of `schema` must refuse (or take calmly): wrong types, limits, NULs, odd numbers. */
export function badValues(schema: Schema): BadValue[] {
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  const wrongTypes: BadValue[] = [
    { label: 'null', value: null },
    { label: 'boolean', value: true },
    { label: 'number', value: 12345 },
    { label: 'string', value: 'text' },
    { label: 'array', value: [1, 'two'] },
    { label: 'object', value: { nested: 'object' } },
  ].filter(({ value }) => {
    if (value === null) return !schema.nullable;
    const actual = Array.isArray(value) ? 'array' : typeof value;
    if (type === 'integer' || type === 'number') return actual !== 'number';
    return actual !== type;
  });
  const values: BadValue[] = [...wrongTypes];
  if (schema.enum?.length) values.push({ label: 'enum', value: 'not_one_of_the_values' });
  switch (type) {
    case 'string':
      values.push(
        { label: 'NUL', value: 'before\u0000after' },
        { label: 'only NUL', value: '\u0000' },
        { label: 'over-long', value: 'x'.repeat((schema.maxLength ?? 1000) + 1) },
        { label: 'very long', value: 'y'.repeat(OVER_LONG) },
        { label: 'lone surrogate', value: 'a\ud800b' },
        { label: 'empty', value: '' },
        { label: 'whitespace', value: ' \t\n ' },
      );
      if (schema.format === 'uuid')
        values.push(
          { label: 'not a uuid', value: 'not-a-uuid' },
          { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
          { label: 'unknown uuid', value: '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b' },
        );
      if (schema.format === 'date-time')
        values.push(
          { label: 'impossible date', value: '2024-02-30T25:61:00Z' },
          { label: 'year 99999', value: '99999-01-01T00:00:00Z' },
          { label: 'year 0', value: '0000-01-01T00:00:00Z' },
        );
      if (schema.pattern) values.push({ label: 'off pattern', value: 'Not The Pattern!' });
      break;
    case 'integer':
    case 'number':
      values.push(
        { label: 'huge', value: 1e308 },
        { label: 'overflow literal', value: new RawJson('1e400') },
        { label: '30 digits', value: new RawJson('123456789012345678901234567890') },
        { label: '2^64', value: 18446744073709551616 },
        { label: '-2^63', value: -9223372036854775808 },
        { label: 'negative', value: -1 },
        { label: 'negative zero', value: new RawJson('-0') },
        { label: 'fraction', value: 1.5 },
        { label: 'numeric string', value: '7' },
      );
      if (schema.minimum !== undefined) values.push({ label: 'below minimum', value: schema.minimum - 1 });
      if (schema.maximum !== undefined) values.push({ label: 'above maximum', value: schema.maximum + 1 });
      break;
    case 'boolean':
      values.push({ label: 'boolean string', value: 'true' }, { label: 'one', value: 1 });
      break;
    case 'array':
      values.push(
        { label: 'too many items', value: Array.from({ length: (schema.maxItems ?? 1000) + 1 }, () => 'i') },
        { label: 'items of the wrong type', value: [{ a: 1 }, null, 3] },
        { label: 'nested arrays', value: [[['deep']]] },
      );
      break;
    case 'object':
      values.push(
        { label: 'NUL key', value: { 'key\u0000': 'value' } },
        { label: 'NUL value', value: { key: 'va\u0000lue' } },
        { label: '__proto__ key', value: JSON.parse('{"__proto__":{"polluted":true}}') as unknown },
        {
          label: 'many keys',
          value: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])),
        },
      );
      break;
    case undefined:
    default:
      values.push({ label: 'NUL', value: 'before\u0000after' });
  }
  return values;
}

/** Bad values of a query parameter by its kind (`items`: its schema, or its items' for a list). */
export function queryValues(name: string, items: Schema): [string, string][] {
  const kind =
    name === 'sort'
      ? 'sort'
      : items.enum?.length
        ? 'enum'
        : items.type === 'integer' || items.type === 'number'
          ? 'number'
          : items.type === 'boolean'
            ? 'boolean'
            : items.format === 'uuid' || name.endsWith('_id')
              ? 'uuid'
              : items.format === 'date-time' || /_(after|before|since)$/.test(name)
                ? 'date-time'
                : 'string';
  return QUERY_VALUES[kind].map((value) => [
    `${kind} ${value.length > 40 ? `${value.length} characters` : value}`,
    value,
  ]);
}

/** Junk, and the service's own cursor with its values swapped for NULs, wrong types and depth. */
export function cursorValues(issued: string | undefined): [string, string][] {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const values: [string, string][] = [
    ['junk', 'not-a-cursor'],
    ['base64 of junk', b64('junk')],
    ['NUL', '%00'],
    ['over-long', 'c'.repeat(5000)],
    ['base64 of invalid UTF-8', Buffer.from([0xff, 0xfe, 0x00]).toString('base64url')],
    ['base64 of deep JSON', b64(deepJson(5000))],
  ];
  const decoded =
    issued === undefined ? undefined : tryJson(Buffer.from(issued, 'base64url').toString('utf8'));
  if (issued !== undefined)
    values.push(['issued, truncated', issued.slice(0, -3)], ['issued, appended', `${issued}AAAA`]);
  if (decoded !== undefined) {
    const swap = (replace: (value: unknown) => unknown) => b64(jsonText(mapLeaves(decoded, replace)));
    values.push(
      ['issued with NUL values', swap((v) => (typeof v === 'string' ? `${v}\u0000` : v))],
      ['issued with only NULs', swap((v) => (typeof v === 'string' ? '\u0000' : v))],
      ['issued with numbers', swap((v) => (typeof v === 'string' && v.length < 30 ? 1e308 : v))],
      [
        'issued with huge strings',
        swap((v) => (typeof v === 'string' && v.length < 30 ? 'z'.repeat(1500) : v)),
      ],
      [
        'issued with odd dates',
        swap((v) => (typeof v === 'string' && /^\d{4}-/.test(v) ? '99999-99-99' : v)),
      ],
      ['issued with booleans', swap((v) => (typeof v === 'string' && v.length > 30 ? true : v))],
    );
  }
  return values.map(([label, value]) => [
    `cursor ${label}`,
    value.startsWith('%') ? value : encodeURIComponent(value),
  ]);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function mapLeaves(value: unknown, replace: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, replace));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, replace)]));
  return replace(value);
}
