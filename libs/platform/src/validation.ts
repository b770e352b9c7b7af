import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldErrorDto } from '@slipway/contracts';
import { ProblemException } from './problem';

/** Flattens class-validator's tree into `field` paths: `name`, `config.port`, `[2].title`. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const segment = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const path = parent === '' ? segment : segment.startsWith('[') ? `${parent}${segment}` : `${parent}.${segment}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: path,
      message: error.constraints?.whitelistValidation === message ? `${path} is not allowed here` : message,
    }));
    return [...own, ...fieldErrors(error.children ?? [], path)];
  });
}

export const validationOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: false,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
  exceptionFactory: (errors: ValidationError[]) => ProblemException.validation(fieldErrors(errors)),
};

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe(validationOptions);
}
