import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger, createLogger } from '@slipway/platform';
import { OrchestratorConfig } from '../../config';
import type { PlannerEngine } from '../engine/planner-engine';
import { PLANNER_ENGINE } from '../engine/planner-engine.token';
import { OfflinePlanner } from '../offline/offline-planner';
import { OpenAiPlanner } from './openai-planner';
import { plannerEngineProvider } from './planner-engine.provider';

describe('plannerEngineProvider', () => {
  const openai = {
    PLANNER_PROVIDER: 'openai',
    PLANNER_BASE_URL: 'http://127.0.0.1:1/v1',
    PLANNER_API_KEY: 'k',
  } as const;

  it('provides the planner PLANNER_PROVIDER names', () => {
    expect(plannerEngineProvider({ PLANNER_PROVIDER: 'offline' })).toEqual({
      provide: PLANNER_ENGINE,
      useClass: OfflinePlanner,
    });
    expect(plannerEngineProvider(openai)).toEqual({ provide: PLANNER_ENGINE, useClass: OpenAiPlanner });
  });

  it('refuses to boot the openai planner without its URL or key, naming the variable', () => {
    expect(() => plannerEngineProvider({ ...openai, PLANNER_BASE_URL: undefined })).toThrow(
      /PLANNER_PROVIDER=openai needs PLANNER_BASE_URL/,
    );
    expect(() => plannerEngineProvider({ ...openai, PLANNER_API_KEY: '' })).toThrow(
      /PLANNER_PROVIDER=openai needs PLANNER_API_KEY/,
    );
  });

  it('is wired by Nest from the app’s config and logger, and closes with the app', async () => {
    @Module({})
    class Host {}
    const context = await NestFactory.createApplicationContext(
      {
        module: Host,
        providers: [
          plannerEngineProvider(openai),
          {
            provide: OrchestratorConfig,
            useValue: {
              ...openai,
              PLANNER_MODEL: 'gpt-x',
              PLANNER_RESPONSE_FORMAT: 'none',
              PLANNER_TIMEOUT_MS: 1000,
              PLANNER_MAX_OUTPUT_TOKENS: 256,
            },
          },
          { provide: AppLogger, useValue: new AppLogger(createLogger('planner-provider-test', 'silent')) },
        ],
      },
      { logger: false },
    );
    const engine = context.get<PlannerEngine>(PLANNER_ENGINE);
    expect(engine).toBeInstanceOf(OpenAiPlanner);
    expect([engine.provider, engine.model]).toEqual(['openai', 'gpt-x']);
    await context.close();
  });
});
