import { Injectable } from '@nestjs/common';

/** The time, as a seam: tests bring a clock of their own. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
