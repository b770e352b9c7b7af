import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { RecordDto } from '../common/base.dto';
import { Enum, Int, JsonObject, Text, Timestamp, Uuid } from '../common/fields';
import { ListQueryDto, QueryEnum, QueryInt, QuerySort, QueryText, QueryUuid } from '../common/query';
import { DeploymentStatus, IncidentStatus, Protocol, ServerStatus, Severity } from './enums';

export class CreateServerDto {
  @Text(true, 100, 'Unique.') name!: string;
  @Text(true, 255, 'Hostname or IP address.') host!: string;
  @Text(false, 100) provider?: string;
  @Text(false, 100) region?: string;
  @Enum(ServerStatus, false, 'Defaults to active.') status?: ServerStatus;
  @Int(false, 0, 10_000) cpu_cores?: number;
  @Int(false, 0, 100_000_000) ram_mb?: number;
  @Int(false, 0, 100_000_000) disk_gb?: number;
  @JsonObject(false) labels?: Record<string, unknown>;
}
export class UpdateServerDto extends PartialType(CreateServerDto) {}
export class ServerDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty() host!: string;
  @ApiProperty({ type: String, nullable: true }) provider!: string | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ enum: Object.values(ServerStatus) }) status!: ServerStatus;
  @ApiProperty({ type: 'integer', nullable: true }) cpu_cores!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) ram_mb!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) disk_gb!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) labels!: Record<string, unknown>;
}
export const SERVER_SORT = ['created_at', 'updated_at', 'name', 'status'] as const;
export class ServerListQueryDto extends ListQueryDto {
  @QueryEnum(ServerStatus, 'Filter by status.') status?: ServerStatus[];
  @QueryText('Exact provider.') provider?: string;
  @QueryText('Exact region.') region?: string;
  @QueryText('Exact name.') name?: string;
  @QuerySort(SERVER_SORT) sort?: string;
}

export class CreateAllocationDto {
  @Uuid(true) server_id!: string;
  @Int(true, 1, 65535) port!: number;
  @Enum(Protocol, false, 'Defaults to tcp.') protocol?: Protocol;
  @Text(true, 200) service_name!: string;
  @Uuid(false) project_id?: string;
}
export class UpdateAllocationDto extends PartialType(CreateAllocationDto) {}
export class AllocationDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) server_id!: string;
  @ApiProperty({ type: 'integer' }) port!: number;
  @ApiProperty({ enum: Object.values(Protocol) }) protocol!: Protocol;
  @ApiProperty() service_name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
}
export const ALLOCATION_SORT = ['created_at', 'updated_at', 'port', 'service_name'] as const;
export class AllocationListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by server.') server_id?: string;
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryInt('Exact port.', 1, 65535) port?: number;
  @QueryEnum(Protocol, 'Filter by protocol.') protocol?: Protocol[];
  @QueryText('Exact service name.') service_name?: string;
  @QuerySort(ALLOCATION_SORT) sort?: string;
}

export class CreateIncidentDto {
  @Uuid(true) server_id!: string;
  @Text(true, 100, 'Kind of incident, e.g. disk_full, unreachable.') type!: string;
  @Enum(Severity, false, 'Defaults to medium.') severity?: Severity;
  @Enum(IncidentStatus, false, 'Defaults to open.') status?: IncidentStatus;
  @Text(true, 500) title!: string;
  @Text(false, 20_000) description?: string;
  @Timestamp(false, 'Defaults to now.') detected_at?: string;
  @Timestamp(false) resolved_at?: string;
}
export class UpdateIncidentDto extends PartialType(OmitType(CreateIncidentDto, ['server_id'] as const)) {}
export class IncidentDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) server_id!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ enum: Object.values(Severity) }) severity!: Severity;
  @ApiProperty({ enum: Object.values(IncidentStatus) }) status!: IncidentStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ format: 'date-time' }) detected_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolved_at!: string | null;
}
export const INCIDENT_SORT = ['created_at', 'updated_at', 'detected_at', 'severity', 'status'] as const;
export class IncidentListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by server.') server_id?: string;
  @QueryEnum(Severity, 'Filter by severity.') severity?: Severity[];
  @QueryEnum(IncidentStatus, 'Filter by status.') status?: IncidentStatus[];
  @QueryText('Exact type.') type?: string;
  @QuerySort(INCIDENT_SORT) sort?: string;
}

export class CreateServiceDeploymentDto {
  @Uuid(true) project_id!: string;
  @Uuid(false) server_id?: string;
  @Text(true, 200) service_name!: string;
  @Text(false, 500) image?: string;
  @Text(false, 100, 'Version of the deployed service (the row’s own `version` is its change counter).')
  app_version?: string;
  @Enum(DeploymentStatus, false, 'Defaults to pending.') status?: DeploymentStatus;
  @Int(false, 1, 65535) port?: number;
  @Text(false, 2000) url?: string;
  @Timestamp(false) deployed_at?: string;
}
export class UpdateServiceDeploymentDto extends PartialType(CreateServiceDeploymentDto) {}
export class ServiceDeploymentDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) project_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) server_id!: string | null;
  @ApiProperty() service_name!: string;
  @ApiProperty({ type: String, nullable: true }) image!: string | null;
  @ApiProperty({ type: String, nullable: true }) app_version!: string | null;
  @ApiProperty({ enum: Object.values(DeploymentStatus) }) status!: DeploymentStatus;
  @ApiProperty({ type: 'integer', nullable: true }) port!: number | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deployed_at!: string | null;
}
export const SERVICE_DEPLOYMENT_SORT = ['created_at', 'updated_at', 'service_name', 'status'] as const;
export class ServiceDeploymentListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryUuid('Filter by server.') server_id?: string;
  @QueryEnum(DeploymentStatus, 'Filter by status.') status?: DeploymentStatus[];
  @QueryText('Exact service name.') service_name?: string;
  @QuerySort(SERVICE_DEPLOYMENT_SORT) sort?: string;
}
