import { createHash } from 'node:crypto';
import { parseArtifactRequest, type ArtifactRequest } from './artifact-request';
import type { ChatMessage, Completion, CompletionRequest, LlmProvider } from './provider';
import { renderArtifact } from './templates/render-artifact';
import { estimateMessages, estimateTokens, truncateToTokens } from './token-estimate';

export const TEMPLATE_PROVIDER = 'template';

/** What is answered to a prompt that names no artifact: a text file built from the last user message. */
function freeFormRequest(messages: readonly ChatMessage[]): ArtifactRequest {
  const intake = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  return { name: 'answer.txt', type: 'text', intake };
}

/** Stable per distinct request: the same model and messages always get the same id. */
export function templateResponseId(model: string, messages: readonly ChatMessage[]): string {
  const canonical = JSON.stringify({
    model,
    messages: messages.map(({ role, content }) => ({ role, content })),
  });
  return `tmpl-${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}`;
}

/**
 * The offline default: writes the requested artifact from the intake with fixed templates, so a run
 * completes without network and byte-identically every time. Usage is the local estimate; like a
 * real provider it stops at `maxOutputTokens` with finish reason `length`.
 */
export class TemplateProvider implements LlmProvider {
  readonly name = TEMPLATE_PROVIDER;

  async complete(request: CompletionRequest): Promise<Completion> {
    request.signal.throwIfAborted();
    const artifact = parseArtifactRequest(request.messages) ?? freeFormRequest(request.messages);
    const document = renderArtifact(artifact);
    const limit = request.maxOutputTokens;
    const cut = limit !== undefined && estimateTokens(document) > limit;
    const content = cut ? truncateToTokens(document, limit) : document;
    request.signal.throwIfAborted();
    return {
      content,
      usage: {
        input: estimateMessages(request.messages),
        output: estimateTokens(content),
        cached_input: 0,
        reasoning: 0,
      },
      usageEstimated: true,
      responseId: templateResponseId(request.model, request.messages),
      model: request.model,
      provider: this.name,
      finishReason: cut ? 'length' : 'stop',
    };
  }
}
