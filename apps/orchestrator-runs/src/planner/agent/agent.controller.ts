import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  CapabilitiesResponse,
  ChatRequest,
  ChatResponse,
  ChatSessionDetailDto,
  ChatSessionDto,
  ChatSessionListQueryDto,
  type Page,
  PageDto,
  PatchSetDto,
  PatchValidationDto,
} from '@slipway/contracts';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { ProblemResponse } from '@slipway/platform';
import { ChatService } from '../chat/chat.service';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { ModelRateLimit } from '../plans/model-rate-limit';
import { Capabilities } from './capabilities';

@ApiTags('agent')
@ApiSecurity('service-token')
@ProblemResponse(401, 'No valid X-Service-Token, or a malformed forwarded user')
@ProblemResponse(403, 'The caller is not a registry user')
@Controller('api/agent')
export class AgentController {
  constructor(
    @Inject(ChatService) private readonly chats: ChatService,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(Capabilities) private readonly capabilities: Capabilities,
  ) {}

  @Post('chat')
  @HttpCode(200)
  @ApiOperation({
    summary: 'One chat turn: a reply, and a proposed PatchSet when the message asks for a change',
  })
  @ModelRateLimit('planner.chat')
  @ApiOkResponse({ type: ChatResponse })
  @ProblemResponse(404, 'No such session or project of yours')
  @ProblemResponse(502, 'planner_bad_output: the model answered unusable output twice')
  chat(@CurrentPrincipal() principal: Principal, @Body() body: ChatRequest): Promise<ChatResponse> {
    return this.chats.chat(principal, body);
  }

  @Get('capabilities')
  @ApiOperation({
    summary: 'Every action of the agent, whether it changes data, and the JSON Schema of its input',
  })
  @ApiOkResponse({ type: CapabilitiesResponse })
  list(): CapabilitiesResponse {
    return this.capabilities.describe();
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check a PatchSet as apply would, writing nothing: per-op results, the diff, the conflicts',
  })
  @ApiBody({ type: PatchSetDto })
  @ApiOkResponse({ type: PatchValidationDto })
  @ProblemResponse(404, 'The base project is not visible to the caller')
  @ProblemResponse(422, 'Not a PatchSet of format 1')
  validate(@CurrentPrincipal() principal: Principal, @Body() body: PatchSetDto): Promise<PatchValidationDto> {
    return this.patchSets.validate(principal, body);
  }

  @Get('sessions')
  @ApiOperation({ summary: 'Your chat sessions' })
  @ApiOkResponse({ type: PageDto(ChatSessionDto) })
  sessions(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ChatSessionListQueryDto,
  ): Promise<Page<ChatSessionDto>> {
    return this.chats.list(principal, query);
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'A chat session: its messages, tool calls and the PatchSets each turn proposed' })
  @ApiOkResponse({ type: ChatSessionDetailDto })
  @ProblemResponse(404, 'No such session of yours')
  session(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ChatSessionDetailDto> {
    return this.chats.detail(principal, id);
  }
}
