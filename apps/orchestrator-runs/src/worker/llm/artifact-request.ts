import {
  ARTIFACT_TYPES,
  artifactTypeOfName,
  isArtifactType,
  type ArtifactType,
} from '../../profiles/artifact-name';
import type { ChatMessage } from './provider';

/**
 * The convention the prompt builder writes and the offline generators read back: the last user
 * message opens with `Project:`/`Phase:` lines, holds the intake between `<intake>` tags, and ends
 * with the `Artifact:`/`Type:`/`Description:` lines of the one file wanted.
 */

export interface ArtifactSpec {
  name: string;
  type: ArtifactType;
  description?: string;
}

export interface ArtifactRequest extends ArtifactSpec {
  intake: string;
  projectName?: string;
  phase?: string;
}

export { ARTIFACT_TYPES, isArtifactType, type ArtifactType };

/** The type a file name implies by its extension; `text` when none does. */
export function artifactTypeOf(fileName: string): ArtifactType {
  return artifactTypeOfName(fileName) ?? 'text';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function formatRunHeader(projectName: string, phase: string): string {
  return `Project: ${oneLine(projectName)}\nPhase: ${oneLine(phase)}`;
}

export function formatIntake(intake: string): string {
  return `<intake>\n${intake.trim()}\n</intake>`;
}

export function formatArtifactLines(artifact: ArtifactSpec): string {
  const lines = [`Artifact: ${oneLine(artifact.name)}`, `Type: ${artifact.type}`];
  if (artifact.description?.trim()) lines.push(`Description: ${oneLine(artifact.description)}`);
  return lines.join('\n');
}

const firstLine = (text: string, label: string) =>
  new RegExp(`^${label}:[ \\t]*(.*\\S)[ \\t]*$`, 'm').exec(text)?.[1];
const lastLine = (text: string, label: string) =>
  [...text.matchAll(new RegExp(`^${label}:[ \\t]*(.*\\S)[ \\t]*$`, 'gm'))].at(-1)?.[1];

/** Reads the request back from the last user message; undefined when it names no artifact. */
export function parseArtifactRequest(messages: readonly ChatMessage[]): ArtifactRequest | undefined {
  const text = messages.filter((message) => message.role === 'user').at(-1)?.content;
  if (text === undefined) return undefined;
  const name = lastLine(text, 'Artifact');
  if (name === undefined) return undefined;
  const declared = lastLine(text, 'Type')?.toLowerCase() ?? '';
  const opening = text.indexOf('<intake>\n');
  const closing = opening < 0 ? -1 : text.indexOf('\n</intake>', opening);
  return {
    name,
    type: isArtifactType(declared) ? declared : artifactTypeOf(name),
    description: lastLine(text, 'Description'),
    intake: closing < 0 ? '' : text.slice(opening + '<intake>\n'.length, closing),
    projectName: firstLine(text, 'Project'),
    phase: firstLine(text, 'Phase'),
  };
}
