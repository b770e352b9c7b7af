import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest turns an error thrown by an event handler into a generic "Internal server error" before a
 * transport sees it. This filter hands the transport the original error instead, so the retry
 * log and the dead-letter entry say what went wrong. Register it on the microservice
 * (`useStreamsTransport` does).
 */
@Catch()
export class StreamErrorFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
