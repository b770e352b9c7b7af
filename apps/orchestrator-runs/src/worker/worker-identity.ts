import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';

/** Who this worker process is, in leases and log lines: `<hostname>-<pid>`. */
@Injectable()
export class WorkerIdentity {
  readonly id = `${hostname()}-${process.pid}`;
}
