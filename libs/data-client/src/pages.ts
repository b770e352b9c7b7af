/** One page of a data-api list, as the typed client answers it. */
type PageAnswer<T> = Promise<{ data: { items: T[]; next_cursor: string | null } }>;

/** Every row of a data-api list, page after page (for lists bounded by their filter: one org's nodes, one provider's prices). */
export async function allPages<T>(page: (cursor: string | undefined) => PageAnswer<T>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await page(cursor);
    rows.push(...data.items);
    cursor = data.next_cursor ?? undefined;
  } while (cursor);
  return rows;
}
