import type { z } from 'zod';
import type { ChannelName, Handlers, ValueOf } from '../../shared/contract/contract';
import { contract } from '../../shared/contract/contract';
import type { FieldIssue, Result } from '../../shared/contract/result';
import { failure, success } from '../../shared/contract/result';
import { sqliteFailure } from './database/sqliteFailure';
import { ProjectError } from './projectError';

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/**
 * Runs one call from the renderer: validates the arguments against the channel's schema,
 * runs the handler, and turns any failure into a typed result with a readable message.
 */
export async function dispatch<K extends ChannelName>(handlers: Handlers, channel: K, rawArgs: unknown): Promise<Result<ValueOf<K>>>;
export async function dispatch(handlers: Handlers, channel: unknown, rawArgs: unknown): Promise<Result<unknown>>;
export async function dispatch(handlers: Handlers, channel: unknown, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return failure({ code: 'unknown-channel', message: `There is no action called “${String(channel)}”.` });
  }
  const parsed = contract[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(toFieldIssue);
    return failure({ code: 'invalid-arguments', message: describeIssues(issues), issues });
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    return success(await handler(parsed.data));
  } catch (error) {
    const known = error instanceof ProjectError ? error : sqliteFailure(error);
    if (known) return failure({ code: known.code, message: known.message, ...(known.issues ? { issues: known.issues } : {}) });
    console.error(`[${channel}]`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return failure({ code: 'internal', message: `An unexpected problem stopped this action: ${detail}` });
  }
}

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  return { field: issue.path.map(String).join('.'), message: issue.message };
}

function describeIssues(issues: readonly FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.field === '' ? '' : ` (${first.field})`;
  const more = issues.length > 1 ? ` and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''}` : '';
  return `${first.message}${where}${more}`;
}
