import { Module } from '@nestjs/common';
import { CostCacheGenerations } from '../costs/cache-generation';
import { HierarchyFilesService } from './hierarchy-files.service';
import { CsvBodyParser } from './hierarchy-http';
import { HierarchyNodesController } from './hierarchy-nodes.controller';
import { HierarchyNodesService } from './hierarchy-nodes.service';
import { HierarchyProjectsController } from './hierarchy-projects.controller';
import { HierarchyProjectsService } from './hierarchy-projects.service';
import { HierarchyRecords } from './hierarchy-records';
import { HierarchyTrees } from './hierarchy-tree';
import { HierarchyController } from './hierarchy.controller';
import { HierarchyService } from './hierarchy.service';

/**
 * /api/v1/hierarchy/{org}/…: an organization's tree of cost centres, its budgets and its projects;
 * the tree read for others (cost summaries by node and level).
 */
@Module({
  controllers: [HierarchyController, HierarchyNodesController, HierarchyProjectsController],
  providers: [
    HierarchyRecords,
    HierarchyTrees,
    HierarchyService,
    HierarchyNodesService,
    HierarchyFilesService,
    HierarchyProjectsService,
    CsvBodyParser,
    CostCacheGenerations,
  ],
  exports: [HierarchyTrees],
})
export class HierarchyModule {}
