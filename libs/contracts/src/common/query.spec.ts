import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ListQueryDto, QuerySort, parseSort } from './query';

const ALLOWED = ['created_at', 'updated_at', 'name', 'status'] as const;

describe('parseSort', () => {
  it('accepts `-created_at,name`: descending then ascending, in order', () => {
    expect(parseSort('-created_at,name', ALLOWED)).toEqual([
      { field: 'created_at', descending: true },
      { field: 'name', descending: false },
    ]);
  });

  it('accepts a single ascending field', () => {
    expect(parseSort('status', ALLOWED)).toEqual([{ field: 'status', descending: false }]);
  });

  it('ignores spaces around terms', () => {
    expect(parseSort(' -updated_at , name ', ALLOWED)).toEqual([
      { field: 'updated_at', descending: true },
      { field: 'name', descending: false },
    ]);
  });

  it('accepts every allowed field at once', () => {
    expect(parseSort('name,-status,created_at,-updated_at', ALLOWED)?.map((k) => k.field)).toEqual([
      'name',
      'status',
      'created_at',
      'updated_at',
    ]);
  });

  it.each([
    ['an unknown field', 'password'],
    ['an unknown field after a known one', '-created_at,owner_id'],
    ['a field differing only in case', 'Name'],
    ['a double minus', '--name'],
    ['a plus prefix', '+name'],
    ['a lone minus', '-'],
    ['an empty expression', ''],
    ['an empty term', 'name,,status'],
    ['a trailing comma', 'name,'],
    ['SQL', 'name; DROP TABLE users'],
  ])('rejects %s', (_case, value) => {
    expect(parseSort(value, ALLOWED)).toBeNull();
  });

  it.each([
    ['the same field twice', 'name,name'],
    ['the same field in both directions', 'name,-name'],
    ['a repeat further on', '-created_at,status,created_at'],
  ])('rejects %s', (_case, value) => {
    expect(parseSort(value, ALLOWED)).toBeNull();
  });

  it('rejects everything when nothing is allowed', () => {
    expect(parseSort('name', [])).toBeNull();
  });
});

class SortedQueryDto extends ListQueryDto {
  @QuerySort(ALLOWED)
  sort?: string;
}

async function fieldsWithErrors(query: Record<string, string>): Promise<string[]> {
  const errors = await validate(plainToInstance(SortedQueryDto, query));
  return errors.map((e) => e.property);
}

describe('list query parameters', () => {
  it('accepts a valid sort and page parameters, converting them', async () => {
    const query = plainToInstance(SortedQueryDto, {
      sort: '-created_at,name',
      limit: '50',
      offset: '0',
      count: 'true',
    });
    expect(await validate(query)).toEqual([]);
    expect(query.limit).toBe(50);
    expect(query.offset).toBe(0);
    expect(query.count).toBe(true);
  });

  it('rejects an unknown or repeated sort field, naming the allowed ones', async () => {
    const errors = await validate(plainToInstance(SortedQueryDto, { sort: 'name,name' }));
    expect(errors.map((e) => e.property)).toEqual(['sort']);
    expect(Object.values(errors[0].constraints ?? {}).join(' ')).toContain(
      'created_at, updated_at, name, status',
    );
    expect(await fieldsWithErrors({ sort: 'secret' })).toEqual(['sort']);
  });

  it('rejects a limit above 100 or below 1', async () => {
    expect(await fieldsWithErrors({ limit: '101' })).toEqual(['limit']);
    expect(await fieldsWithErrors({ limit: '0' })).toEqual(['limit']);
    expect(await fieldsWithErrors({ limit: '100' })).toEqual([]);
  });

  it('rejects a limit that is not a whole number', async () => {
    expect(await fieldsWithErrors({ limit: '2.5' })).toEqual(['limit']);
    expect(await fieldsWithErrors({ limit: 'ten' })).toEqual(['limit']);
  });

  it('accepts count=false as false and rejects other spellings', async () => {
    const query = plainToInstance(SortedQueryDto, { count: 'false' });
    expect(await validate(query)).toEqual([]);
    expect(query.count).toBe(false);
    expect(await fieldsWithErrors({ count: 'yes' })).toEqual(['count']);
  });

  it('requires strict ISO 8601 instants for time windows', async () => {
    expect(await fieldsWithErrors({ created_after: '2024-01-31T10:00:00Z' })).toEqual([]);
    expect(await fieldsWithErrors({ created_after: 'yesterday' })).toEqual(['created_after']);
    expect(await fieldsWithErrors({ created_before: '2024-02-30T00:00:00Z' })).toEqual(['created_before']);
  });
});
