import { Injectable } from '@nestjs/common';
import type {
  HierarchyExportQueryDto,
  HierarchyImportQueryDto,
  HierarchyImportReportDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { CostCacheGenerations } from '../costs/cache-generation';
import type { Organization } from '../organizations/org-directory';
import { toCsvFile, toJsonFile } from './export-format';
import type { Download } from './hierarchy-http';
import { toImportedDto, toNewRecord } from './hierarchy-mapping';
import { HierarchyRecords } from './hierarchy-records';
import { HierarchyTrees } from './hierarchy-tree';
import { planImport } from './import-plan';
import { parseCsv, parseJson } from './import-rows';

/** The tree in and out as files: import (CSV or JSON, all or nothing) and export (the same columns). */
@Injectable()
export class HierarchyFilesService {
  constructor(
    private readonly records: HierarchyRecords,
    private readonly trees: HierarchyTrees,
    private readonly audit: AuditLog,
    private readonly cache: CostCacheGenerations,
  ) {}

  /**
   * Checks every row of the file against the file and the organization's tree. A dry run answers
   * the report and writes nothing; otherwise any error is a 422 listing every row's errors with
   * nothing written, and a clean file is created in one all-or-none bulk call (ids chosen here,
   * parents before children).
   */
  async import(
    request: FastifyRequest,
    org: Organization,
    body: unknown,
    query: HierarchyImportQueryDto,
  ): Promise<HierarchyImportReportDto> {
    const parsed = typeof body === 'string' ? parseCsv(body) : parseJson(body);
    const tree = await this.trees.load(org);
    const plan = planImport(parsed, tree.index, tree.limits);
    const dryRun = query.dry_run === true;
    const report = {
      dry_run: dryRun,
      valid: plan.errors.length === 0,
      created: 0,
      nodes: plan.nodes.map(toImportedDto),
      errors: plan.errors,
    };
    if (dryRun) return report;
    if (plan.errors.length) {
      const rows = new Set(plan.errors.map((error) => error.row)).size;
      throw new ProblemException(
        'validation_failed',
        `${plan.errors.length} error(s) in ${rows} row(s) of the file; nothing was created`,
        plan.errors,
      );
    }
    if (plan.nodes.length === 0) return report;
    await this.records.createMany(plan.nodes.map((node) => toNewRecord(org.id, node)));
    await this.cache.bump(org.id);
    await this.audit.record(request, org.id, {
      action: 'hierarchy.import',
      target_type: 'organization',
      target_id: org.id,
      after: { created: plan.nodes.length, nodes: report.nodes },
    });
    return { ...report, created: plan.nodes.length };
  }

  async export(org: Organization, query: HierarchyExportQueryDto): Promise<Download> {
    const { index } = await this.trees.load(org);
    const nodes = index.preorder();
    if (query.format === 'csv') return { name: `${org.slug}-hierarchy.csv`, content: toCsvFile(nodes) };
    return { name: `${org.slug}-hierarchy.json`, content: `${JSON.stringify(toJsonFile(nodes), null, 2)}\n` };
  }
}
