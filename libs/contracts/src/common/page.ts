import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
  total?: number;
}

const pageClasses = new Map<Type, Type>();

/** The list envelope `{items, next_cursor, total?}` as a named OpenAPI schema for one item type. */
export function PageDto<T>(item: Type<T>): Type<Page<T>> {
  const known = pageClasses.get(item);
  if (known) return known as Type<Page<T>>;

  class PageOfItem implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` for the next page; null on the last page.',
    })
    next_cursor!: string | null;

    @ApiPropertyOptional({ description: 'Matching rows in all pages; only with `count=true`.' })
    total?: number;
  }
  Object.defineProperty(PageOfItem, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  pageClasses.set(item, PageOfItem);
  return PageOfItem;
}
