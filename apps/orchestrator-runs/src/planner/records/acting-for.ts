import type { Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The headers that make a data-api call act for the caller (on behalf of): the registry user the
 * gateway forwarded, so data-api applies that user's rights; none for a service, which keeps its own.
 * Projects and tasks belong to registry users: another kind of caller is refused here.
 */
export function actingFor(principal: Principal): { headers: Record<string, string> } {
  if (principal.kind === 'service') return { headers: {} };
  if (principal.kind === 'user' && UUID.test(principal.id)) return { headers: { 'x-user-id': principal.id } };
  throw new ProblemException(
    'forbidden',
    'The planner acts for registry users (sign in through the gateway)',
  );
}

/** The owner the planner's records (PatchSets, chats, usage) are kept under. */
export const ownerIdOf = (principal: Principal): string =>
  principal.kind === 'user' ? principal.id : 'service';
