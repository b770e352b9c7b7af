/** An admin table's URL state: the page of the list shown (1 when left out). */
export interface AdminSearch {
  page?: number;
}

export function validateAdminSearch(search: Record<string, unknown>): AdminSearch {
  const page = Number(search.page);
  return Number.isInteger(page) && page > 1 && page <= 10_000 ? { page } : {};
}
