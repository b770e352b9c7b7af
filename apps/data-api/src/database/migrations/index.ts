import { Initial1795312951382 } from './1795312951382-Initial';

/** Every migration, oldest first; `npm run migration:generate <Name>` writes the next one. */
export const MIGRATIONS = [Initial1795312951382];
