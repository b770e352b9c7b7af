import type { ArtifactRequest, ArtifactType } from '../artifact-request';
import { renderJavaScript, renderPython, renderTypeScript } from './code';
import { renderCsv, renderJson, renderYaml } from './data';
import { digestRequest, type IntakeDigest } from './intake-digest';
import { renderMarkdown } from './markdown';
import { renderText } from './text';

const RENDERERS: Record<ArtifactType, (digest: IntakeDigest) => string> = {
  markdown: renderMarkdown,
  json: renderJson,
  yaml: renderYaml,
  python: renderPython,
  typescript: renderTypeScript,
  javascript: renderJavaScript,
  text: renderText,
  csv: renderCsv,
};

/** A valid file of the requested type built from the intake alone: same request, same bytes. */
export function renderArtifact(request: ArtifactRequest): string {
  return RENDERERS[request.type](digestRequest(request));
}
