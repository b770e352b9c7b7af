import { Module } from '@nestjs/common';
import { ChannelTester } from './channels/channel-tester';
import { ChannelsController } from './channels/channels.controller';
import { ChannelsService } from './channels/channels.service';
import { HistoryController } from './history/history.controller';
import { HistoryService } from './history/history.service';
import { NotificationsCoreModule } from './notifications-core.module';
import { RulesController } from './rules/rules.controller';
import { RulesService } from './rules/rules.service';
import { SummariesController } from './summaries/summaries.controller';

/** The Notifications router: `/api/v1/{org}/notifications/*` — channels, rules, summaries, history. */
@Module({
  imports: [NotificationsCoreModule],
  controllers: [ChannelsController, RulesController, HistoryController, SummariesController],
  providers: [ChannelsService, ChannelTester, RulesService, HistoryService],
})
export class NotificationsModule {}
