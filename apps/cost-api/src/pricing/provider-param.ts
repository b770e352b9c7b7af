import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ProblemException } from '@slipway/platform';

/** A provider as priced: lowercase letters, digits, `_`, `-` or `.` (model_prices.provider, 100 characters). */
const PROVIDER = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

/** The `:provider` path segment, checked (422 when it cannot name a provider). */
@Injectable()
export class ProviderPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PROVIDER.test(value)) {
      throw ProblemException.validation([
        { field: 'provider', message: `provider must match ${PROVIDER.source}, e.g. openai` },
      ]);
    }
    return value;
  }
}

export const ProviderParamDoc = () =>
  ApiParam({ name: 'provider', description: 'The provider, e.g. openai, anthropic, gemini' });
