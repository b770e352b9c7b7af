import { Injectable } from '@nestjs/common';
import { DataApiClient, DataApiError, type Schemas } from '@slipway/data-client';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { requestIdHeader } from '../identity';

type User = Schemas['UserDto'];
type RequestIdHeader = ReturnType<typeof requestIdHeader>;

/** data-api's username column. */
const USERNAME_MAX = 64;

const unavailable = (): ProblemException =>
  new ProblemException(
    'upstream_unavailable',
    'The user registry cannot be reached right now; try again shortly',
  );

/**
 * The registry users of people who log in by single sign-on, in data-api (as the gateway's
 * service): one user per email address whatever its case, made an active member at first login.
 */
@Injectable()
export class RegistryUsers {
  constructor(private readonly dataApi: DataApiClient) {}

  /** The user of an address, created with it (and the username, if any) when there is none. */
  async ofEmail(email: string, username: string | undefined, request: FastifyRequest): Promise<User> {
    const headers = requestIdHeader(request);
    try {
      return (await this.find(email, headers)) ?? (await this.create(email, username, headers));
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      if (error instanceof DataApiError && error.status === 422)
        throw new ProblemException(
          'unauthorized',
          'The identity provider’s email address is not one the registry accepts',
        );
      throw unavailable();
    }
  }

  private async find(email: string, headers: RequestIdHeader): Promise<User | undefined> {
    const { data } = await this.dataApi.get('/api/users', {
      params: { query: { email, limit: 1 } },
      headers,
    });
    return data.items[0];
  }

  /** A concurrent first login of the same address makes the user first: its 409 finds that user. */
  private async create(email: string, username: string | undefined, headers: RequestIdHeader): Promise<User> {
    try {
      const { data } = await this.dataApi.post('/api/users', {
        headers,
        body: {
          email,
          role: 'member',
          is_active: true,
          ...(username ? { username: Array.from(username).slice(0, USERNAME_MAX).join('') } : {}),
        },
      });
      return data;
    } catch (error) {
      const raced =
        error instanceof DataApiError && error.status === 409 ? await this.find(email, headers) : undefined;
      if (raced) return raced;
      throw error;
    }
  }
}
