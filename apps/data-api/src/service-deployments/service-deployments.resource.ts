import {
  CreateServiceDeploymentDto,
  SERVICE_DEPLOYMENT_SORT,
  ServiceDeploymentDto,
  ServiceDeploymentListQueryDto,
  UpdateServiceDeploymentDto,
} from '@slipway/contracts';
import type { ServiceDeploymentRow } from '../database/entities';
import { eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

export const serviceDeploymentsResource: ResourceDefinition<ServiceDeploymentRow, ServiceDeploymentDto> = {
  path: 'service_deployments',
  label: 'Service deployment',
  table: 'service_deployments',
  dto: {
    create: CreateServiceDeploymentDto,
    update: UpdateServiceDeploymentDto,
    response: ServiceDeploymentDto,
    list: ServiceDeploymentListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: SERVICE_DEPLOYMENT_SORT,
  filters: {
    project_id: eq('project_id'),
    server_id: eq('server_id'),
    status: oneOf('status'),
    service_name: eq('service_name'),
  },
  toResponse: (row) =>
    withRecord(row, {
      project_id: row.project_id,
      server_id: row.server_id,
      service_name: row.service_name,
      image: row.image,
      app_version: row.app_version,
      status: row.status,
      port: row.port,
      url: row.url,
      deployed_at: isoOrNull(row.deployed_at),
    }),
};
