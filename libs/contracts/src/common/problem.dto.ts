import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CATALOGUE, type ErrorCode } from './errors';

export class FieldErrorDto {
  @ApiProperty({
    example: 'name',
    description: 'The field or query parameter, with a path for nested values (`items[2].port`).',
  })
  field!: string;

  @ApiProperty({ example: 'name must be a string' })
  message!: string;
}

/** RFC 9457 problem details, as every Slipway service answers an error. */
export class ProblemDto {
  @ApiProperty({ example: 'https://slipway.dev/problems/validation_failed' })
  type!: string;

  @ApiProperty({ example: 'Validation failed' })
  title!: string;

  @ApiProperty({ example: 422 })
  status!: number;

  @ApiProperty({ example: 'name must be a string' })
  detail!: string;

  @ApiProperty({ example: '/api/projects' })
  instance!: string;

  @ApiProperty({ enum: Object.keys(ERROR_CATALOGUE), example: 'validation_failed' })
  code!: ErrorCode;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiProperty({ example: '8a3a0b5e-6f1c-4a51-9d1e-8f0f7a3c2b10' })
  request_id!: string;
}
